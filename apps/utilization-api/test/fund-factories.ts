import { expect } from 'vitest';
import type pg from 'pg';
import type { TPledgeDetail } from '@ipbureau/domain/utilization';
import { disburse, patentNumber, pledgeApi, pledgeOf, register, step } from './pledge-factories.js';

/** A small JSON client of one test service for the fund and subsidy routes, as the caller holding `token`. */
export function moneyApi(baseUrl: string) {
  const send = async <T = Record<string, unknown>>(token: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  /** Sends and expects `status`, answering the body. */
  const expectStatus = async <T = Record<string, unknown>>(status: number, token: string, method: string, path: string, body?: object): Promise<T> => {
    const res = await send<T>(token, method, path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  return { send, expectStatus, post: <T = Record<string, unknown>>(token: string, path: string, body: object) => expectStatus<T>(201, token, 'POST', path, body), get: <T = Record<string, unknown>>(token: string, path: string) => expectStatus<T>(200, token, 'GET', path) };
}

/**
 * A pledge loan walked to default: applied 2024-05-10, registered 2024-05-20, `disbursed` on
 * 2024-06-01 (maturity 2025-06-01), defaulted on `defaultDate`.
 */
export async function defaultedPledge(baseUrl: string, officer: string, options: { disbursed?: string; defaultDate?: string; district?: string } = {}): Promise<TPledgeDetail> {
  const api = pledgeApi(baseUrl);
  const pledge = await api.applied(officer, pledgeOf('patent', patentNumber(), options.district ? { district: options.district } : {}));
  return api.walk(officer, pledge, register('2024-05-20'), disburse('2024-06-01', options.disbursed ?? '5000000.00', '2025-06-01'), step('default', options.defaultDate ?? '2025-06-15'));
}

/** A pledge loan disbursed on 2024-06-01 and still running. */
export async function disbursedPledge(baseUrl: string, officer: string, pledgorCreditCode?: string): Promise<TPledgeDetail> {
  const api = pledgeApi(baseUrl);
  const pledge = await api.applied(officer, pledgeOf('patent', patentNumber(), pledgorCreditCode ? { pledgorCreditCode } : {}));
  return api.walk(officer, pledge, register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2026-06-01'));
}

/**
 * `n` defaulted pledge loans written straight into the tables (as the lifecycle would leave
 * them: disbursed 5,000,000.00 on 2024-06-01, defaulted on 2025-06-15), for tests that need many
 * and are not about the lifecycle.
 */
export async function insertDefaultedPledges(db: pg.Pool, n: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO utilization.pledges (pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, application_date,
                                      registration_date, disbursement_date, maturity_date, disbursed_amount, status, region_code, created_by)
     SELECT '汕头市某企业' || i, '91440515MA5' || lpad(i::text, 7, '0'), 'trademark', (90000000 + i)::text, '中国银行汕头分行', 5000000, '2024-05-10',
            '2024-05-20', '2024-06-01', '2025-06-01', 5000000, 'defaulted', '440515', gen_random_uuid()
       FROM generate_series(1, $1) i
     RETURNING id`,
    [n],
  );
  await db.query(
    `INSERT INTO utilization.pledge_events (pledge_id, seq, action, from_status, to_status, effective_date, amount, region_code, created_by, created_by_name)
     SELECT id, 1, 'default', 'disbursed', 'defaulted', '2025-06-15', NULL, '440515', created_by, 'test' FROM utilization.pledges WHERE id = ANY($1)`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => r.id);
}
