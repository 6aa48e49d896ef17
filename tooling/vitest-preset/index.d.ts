import type { ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** Unit tests of plain TypeScript packages: `*.spec.ts` next to the code. */
export function unitConfig(overrides?: TestOptions): ViteUserConfig;
/** NestJS services: unit specs and HTTP-level `test/*.e2e-spec.ts` on real PostgreSQL. */
export function nestConfig(overrides?: TestOptions): ViteUserConfig;
/** Screens and components rendered in jsdom. */
export function screensConfig(overrides?: TestOptions): ViteUserConfig;
