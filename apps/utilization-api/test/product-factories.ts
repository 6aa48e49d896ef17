import { creditCodeCheckChar, formatPatentApplicationNumber } from '@ipbureau/domain';

// Small factories for the product specs (awards, transfers, insurance, securitization): fresh
// numbers and credit codes per call; each test file has its own database.

let next = 0;
export const productPatent = () => `ZL${formatPatentApplicationNumber({ format: '2004', year: 2018, type: 'invention', serial: String(3_000_000 + ++next) })}`;
export const enterpriseCode = () => {
  const body = `91440507MA5${String(++next).padStart(6, '0')}`;
  return body + creditCodeCheckChar(body);
};
export const LONGHU = '440507';
export const JINPING = '440511';

/** A JSON client of one test service, as the caller holding `token`. */
export function productApi(baseUrl: string) {
  const send = async <T = Record<string, unknown>>(token: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    post: <T = Record<string, unknown>>(token: string, path: string, body: object) => send<T>(token, 'POST', path, body),
    patch: <T = Record<string, unknown>>(token: string, path: string, body: object) => send<T>(token, 'PATCH', path, body),
    get: <T = Record<string, unknown>>(token: string, path: string) => send<T>(token, 'GET', path),
    /** A metric's value for a period in the caller's region or one district. */
    metric: async (token: string, key: string, from: string, to: string, district?: string) =>
      (await send<{ value: string }>(token, 'GET', `/metrics/${key}?from=${from}&to=${to}${district ? `&district=${district}` : ''}`)).body.value,
  };
}

export const awardOf = (patentNumber: string, extra: Record<string, unknown> = {}) => ({
  kind: 'patent_award',
  level: 'national',
  year: 2023,
  grade: 'silver',
  awardName: '第二十四届中国专利奖',
  patentNumber,
  patentTitle: '一种玩具车的传动机构',
  holderName: '汕头市龙湖区某科技有限公司',
  holderCreditCode: enterpriseCode(),
  district: LONGHU,
  ...extra,
});

export const licenceOf = (extra: Record<string, unknown> = {}) => ({
  kind: 'license',
  licenseKind: 'exclusive',
  rights: [{ kind: 'patent', number: productPatent() }],
  licensorName: '汕头大学',
  licenseeName: '汕头市龙湖区某科技有限公司',
  licenseeCreditCode: enterpriseCode(),
  amount: '300000.00',
  contractDate: '2024-03-01',
  district: LONGHU,
  ...extra,
});

export const policyOf = (extra: Record<string, unknown> = {}) => ({
  kind: 'patent_enforcement',
  policyNumber: `PICC${String(++next).padStart(8, '0')}`,
  insurerName: '中国人民财产保险股份有限公司汕头市分公司',
  insuredName: '汕头市金平区某包装有限公司',
  insuredCreditCode: enterpriseCode(),
  insuredSum: '500000.00',
  premium: '10000.00',
  premiumSubsidy: '5000.00',
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  district: JINPING,
  ...extra,
});

export const securitizationOf = (extra: Record<string, unknown> = {}) => ({
  kind: 'abs',
  name: '汕头市知识产权资产支持专项计划（第一期）',
  issuerName: '某证券股份有限公司',
  amount: '100000000.00',
  issueDate: '2024-09-20',
  rights: [{ kind: 'patent', number: productPatent() }, { kind: 'patent', number: productPatent() }],
  enterprises: [{ name: '汕头市澄海区某玩具有限公司', creditCode: enterpriseCode() }],
  district: JINPING,
  ...extra,
});
