import { expect } from 'vitest';
import type { TRole, TTokenResponse } from '@ipbureau/domain';

export type Json = Record<string, unknown>;

/** A JSON call as a client makes it (in English unless `language` says otherwise): status and parsed body. */
export async function call(base: string, method: string, path: string, token?: string, body?: unknown, language = 'en'): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
}

/** Signs in at platform-api; fails the test when it cannot. */
export async function signIn(platformBase: string, username: string, password: string): Promise<TTokenResponse> {
  const res = await call(platformBase, 'POST', '/auth/login', undefined, { username, password });
  expect(res.status).toBe(200);
  return res.body as unknown as TTokenResponse;
}

let users = 0;
/** A new platform user holding `roles` (created by the first administrator), signed in: its access token. */
export async function userWith(platformBase: string, adminPassword: string, roles: TRole[]): Promise<string> {
  users += 1;
  const admin = await signIn(platformBase, 'admin', adminPassword);
  const username = `sys${users}${Math.random().toString(36).slice(2, 6)}`;
  const password = 'Officer#2025-system';
  const created = await call(platformBase, 'POST', '/users', admin.accessToken, { username, displayName: `系统测试${users}`, password, roles, regionCode: '440500' });
  expect(created.status).toBe(201);
  return (await signIn(platformBase, username, password)).accessToken;
}
