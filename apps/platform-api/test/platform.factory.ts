import pg from 'pg';
import { inject } from 'vitest';
import { startTestService, type TestService } from '@ipbureau/nest-kit/testing';
import type { TRole, TTokenResponse } from '@ipbureau/domain';
import { createAppModule } from '../src/app.module.js';
import { loadPlatformConfig, PLATFORM_IDENTITY } from '../src/config.js';

export const ADMIN_PASSWORD = 'Adm1n-Test-Passw0rd';
export const USER_PASSWORD = 'Officer#2025-test';

export async function startPlatform(env: Record<string, string> = {}): Promise<TestService> {
  return startTestService({
    adminUrl: inject('databaseUrl'),
    identity: PLATFORM_IDENTITY,
    createModule: (base) => createAppModule({ ...loadPlatformConfig({ DATABASE_URL: base.databaseUrl, IPB_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env }), ...base }),
    env,
  });
}

// Response bodies are checked by the tests' assertions, field by field; typing them here
// would only restate those assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResponseBody = any;

export interface Api {
  (method: string, path: string, options?: { token?: string; body?: unknown; lang?: string }): Promise<{ status: number; body: ResponseBody }>;
}

/** A tiny HTTP helper over fetch: real requests to the running service. */
export function apiOf(service: TestService): Api {
  return async (method, path, options = {}) => {
    const res = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept-language': options.lang ?? 'zh-CN',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

export async function login(api: Api, username: string, password: string): Promise<TTokenResponse> {
  const res = await api('POST', '/auth/login', { body: { username, password } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TTokenResponse;
}

let counter = 0;
/** Creates a user through the API as the administrator and returns its id. */
export async function createUser(api: Api, adminToken: string, roles: TRole[], extra: Record<string, unknown> = {}): Promise<{ id: string; username: string }> {
  counter += 1;
  const username = `user${counter}${Math.random().toString(36).slice(2, 6)}`;
  const res = await api('POST', '/users', {
    token: adminToken,
    body: { username, displayName: `测试用户${counter}`, password: USER_PASSWORD, roles, regionCode: '440500', ...extra },
  });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username };
}

export async function sql<T = Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
