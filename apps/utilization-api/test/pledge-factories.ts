import { expect, inject } from 'vitest';
import { creditCodeCheckChar, formatPatentApplicationNumber } from '@ipbureau/domain';
import type { TPledgeDetail } from '@ipbureau/domain/utilization';
import { startTestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { UTILIZATION_SERVICE } from '../src/config.js';

/** The service on a fresh database, trusting a test token issuer: one per test file. */
export async function startUtilization() {
  const tokens = await TestTokenIssuer.start();
  const service = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: UTILIZATION_SERVICE,
    createModule: createAppModule,
    env: { PLATFORM_JWKS_URL: tokens.jwksUrl },
  });
  return { tokens, service };
}

export const CHENGHAI = '440515';
export const CHAOYANG = '440513';

// Small factories: a fresh patent number, trademark number and credit code for every pledge.
// Each test file has its own database, so one counter per file is enough.
let next = 0;
export const patentNumber = () => `ZL${formatPatentApplicationNumber({ format: '2004', year: 2019, type: 'invention', serial: String(2_000_000 + ++next) })}`;
export const trademarkNumber = () => String(30_000_000 + ++next);
export const pledgorCode = () => {
  const body = `91440515MA5${String(++next).padStart(6, '0')}`;
  return body + creditCodeCheckChar(body);
};
/** A valid credit code from its first 17 characters. */
export const creditCodeOf = (first17: string) => first17 + creditCodeCheckChar(first17);
/** The lenders the tests name, each with its credit code (made up, with a right check character). */
export const ICBC = { lenderName: '中国工商银行汕头分行', lenderCreditCode: creditCodeOf('91440500192301247') };
export const BOC = { lenderName: '中国银行汕头分行', lenderCreditCode: creditCodeOf('91440500192304568') };
export const RCB = { lenderName: '汕头农商银行', lenderCreditCode: creditCodeOf('91440500MA4UQ0012') };
export const pledgeOf = (rightKind: string, rightNumber: string, extra: Record<string, unknown> = {}) => ({
  pledgorName: '汕头市澄海区某玩具有限公司',
  pledgorCreditCode: pledgorCode(),
  rightKind,
  rightNumber,
  ...ICBC,
  loanAmount: '5000000.00',
  applicationDate: '2024-05-10',
  district: CHENGHAI,
  ...extra,
});

/** A small HTTP client of one test service, as the caller holding `token`. */
export function pledgeApi(baseUrl: string) {
  const send = (token: string, method: string, path: string, body?: object) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });
  return {
    post: (token: string, pledge: object) => send(token, 'POST', '/pledges', pledge),
    get: async <T = TPledgeDetail>(token: string, path: string) => json<T>(await send(token, 'GET', path)),
    update: async <T = TPledgeDetail>(token: string, id: string, body: object) => json<T>(await send(token, 'PATCH', `/pledges/${id}`, body)),
    transition: async <T = TPledgeDetail>(token: string, id: string, step: object) => json<T>(await send(token, 'POST', `/pledges/${id}/transitions`, step)),
    /** Applies and expects 201. */
    async applied(token: string, pledge: object): Promise<TPledgeDetail> {
      const res = await send(token, 'POST', '/pledges', pledge);
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as TPledgeDetail;
    },
    /** Takes the steps in order, each with the version the previous one answered, expecting 201. */
    async walk(token: string, pledge: TPledgeDetail, ...steps: object[]): Promise<TPledgeDetail> {
      let current = pledge;
      for (const step of steps) {
        const res = await json<TPledgeDetail>(await send(token, 'POST', `/pledges/${current.id}/transitions`, { version: current.version, ...step }));
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        current = res.body;
      }
      return current;
    },
  };
}

export const register = (effectiveDate: string, registrationNumber = `Y${effectiveDate.replaceAll('-', '')}${++next}`) => ({ action: 'register', effectiveDate, registrationNumber });
export const disburse = (effectiveDate: string, amount: string, maturityDate = `${Number(effectiveDate.slice(0, 4)) + 1}${effectiveDate.slice(4)}`) => ({ action: 'disburse', effectiveDate, amount, maturityDate });
export const repay = (effectiveDate: string, amount: string) => ({ action: 'repay', effectiveDate, amount });
export const step = (action: string, effectiveDate: string, extra: object = {}) => ({ action, effectiveDate, ...extra });
