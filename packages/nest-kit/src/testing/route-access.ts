import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE } from '../auth/access.decorators.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

/** Every route of the application as `METHOD /path` with whether it declares an access rule. */
export function routeAccessReport(app: INestApplication): { route: string; declared: boolean }[] {
  const report: { route: string; declared: boolean }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      const classRule = Reflect.getMetadata(ACCESS_RULE, controller) as unknown;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        if (method === undefined) continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const declared = Reflect.getMetadata(ACCESS_RULE, handler) !== undefined || classRule !== undefined;
        report.push({ route: `${METHODS[method] ?? method} /${[base, path].filter((p) => p && p !== '/').join('/')}`, declared });
      }
    }
  }
  return report;
}
