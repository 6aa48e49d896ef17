import type { ReactNode } from 'react';
import type { LocalizedText, UiLocale } from './locale';

/**
 * What a pillar's `-web` package hands admin-web to mount. Generic over the route type so the kit
 * needs no router: pillars export `PillarModule<'creation', RouteObject>`.
 */
export interface PillarModule<TKey extends string = string, TRoute = unknown> {
  /** The module name roles are granted for (`creation:officer`). */
  key: TKey;
  basePath: `/${string}`;
  menu: { label: LocalizedText; icon: ReactNode };
  /** The pillar's i18next namespace (named after `key`), one resource per language. */
  messages: Record<UiLocale, Record<string, unknown>>;
  /** Relative to `basePath`; the index route is the pillar's home. */
  routes: TRoute[];
}
