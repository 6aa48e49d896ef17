import { createServer, type Server } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/**
 * A small real HTTP server answering the pillars' metric contract
 * (`GET /api/<service>/metrics/<key>?asOf=&from=&to=&district=`) from facts the test controls.
 * It verifies the bearer token against platform-api's published keys, as a pillar does, and
 * records every call so tests can check the window the plan layer asked for.
 */
export interface Fact {
  /** Calendar date the fact took effect. */
  date: string;
  /** District the fact belongs to. */
  region: string;
  /** Count or amount it adds (negative for a stock that shrinks). */
  amount: string;
}

export interface MetricCall {
  pillar: string;
  key: string;
  query: Record<string, string>;
  claims: JWTPayload;
}

export interface FakePillars {
  /** Base URL of one pillar on this server, as PILLAR_URLS expects it. */
  urlOf(pillar: string): string;
  /** Facts per metric key; a key without facts answers 404 like an unknown metric. */
  facts: Map<string, { semantics: 'stock' | 'cumulative' | 'flow'; facts: Fact[] }>;
  calls: MetricCall[];
  /** Where to fetch the issuer's keys (known once platform-api is up). */
  setJwksUrl(url: string): void;
  close(): Promise<void>;
}

/** Sum of amounts as an exact decimal string with `scale` decimals (test figures are small). */
function sum(amounts: string[], scale: number): string {
  const factor = 10n ** BigInt(scale);
  const total = amounts.reduce((acc, a) => {
    const [int, frac = ''] = a.replace('-', '').split('.');
    const value = BigInt(int!) * factor + BigInt((frac + '0'.repeat(scale)).slice(0, scale) || '0');
    return acc + (a.startsWith('-') ? -value : value);
  }, 0n);
  if (scale === 0) return total.toString();
  const abs = total < 0n ? -total : total;
  return `${total < 0n ? '-' : ''}${abs / factor}.${(abs % factor).toString().padStart(scale, '0')}`;
}

export async function startFakePillars(): Promise<FakePillars> {
  let jwks: ReturnType<typeof createRemoteJWKSet> | null = null;
  const facts: FakePillars['facts'] = new Map();
  const calls: MetricCall[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/api\/([a-z-]+)\/metrics\/([a-z0-9_.]+)$/.exec(url.pathname);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!match || !jwks) return reply(404, { message: 'not found' });
    let claims: JWTPayload;
    try {
      claims = (await jwtVerify((req.headers.authorization ?? '').replace(/^Bearer /, ''), jwks)).payload;
    } catch {
      return reply(401, { message: 'bad token' });
    }
    const [, pillar, key] = match as unknown as [string, string, string];
    const query = Object.fromEntries(url.searchParams);
    calls.push({ pillar, key, query, claims });
    const metric = facts.get(key);
    if (!metric) return reply(404, { message: `指标 ${key} 不存在` });
    const region = query.district ?? String(claims.region);
    const prefix = region.replace(/0+$/, '');
    const inRegion = metric.facts.filter((f) => f.region.startsWith(prefix));
    const scale = metric.facts.some((f) => f.amount.includes('.')) ? 2 : 0;
    const value =
      metric.semantics === 'flow'
        ? sum(inRegion.filter((f) => f.date >= query.from! && f.date <= query.to!).map((f) => f.amount), scale)
        : sum(inRegion.filter((f) => f.date <= query.asOf!).map((f) => f.amount), scale);
    reply(200, { key, semantics: metric.semantics, value, unit: { 'zh-CN': '件', en: 'items' }, asOf: query.asOf ?? null, from: query.from ?? null, to: query.to ?? null, regionCode: region, computedAt: new Date().toISOString() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    urlOf: (pillar) => `http://127.0.0.1:${port}/api/${pillar}`,
    facts,
    calls,
    setJwksUrl: (url) => {
      jwks = createRemoteJWKSet(new URL(url));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
