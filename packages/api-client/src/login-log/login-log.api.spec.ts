import { describe, expect, it } from 'vitest';
import { queryHarness } from '../testing/query-harness';
import { loginLogApi } from './login-log.api';

describe('loginLogApi.list', () => {
  it('sends the filters as the query string the service parses, leaving out unset ones', async () => {
    const { client, calls } = queryHarness(() => Response.json({ items: [], total: 0, page: 1, pageSize: 20 }));

    await loginLogApi.list(client, { page: 1, pageSize: 20, username: 'chen', success: false });
    await loginLogApi.list(client, { page: 3, pageSize: 50 });

    expect(calls.map((c) => c.url)).toEqual(['/api/platform/login-log?page=1&pageSize=20&username=chen&success=false', '/api/platform/login-log?page=3&pageSize=50']);
  });
});
