import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { TAccessClaims, TRole } from '@ipbureau/domain';
import { PLAN_PILLAR_LABELS, type TLocalizedText, type TPlanPillar } from '@ipbureau/domain/plans';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config.js';
import { SigningKeyStore } from '../keys/signing-keys.service.js';

/** The subject of the tokens platform-api signs for itself to read pillar metrics. */
export const PLAN_SERVICE_SUBJECT = '5e7f1ce0-0000-4000-8000-000000000001';
const SERVICE_TOKEN_TTL_SECONDS = 120;
const PILLAR_VIEWER_ROLES: TRole[] = ['creation:viewer', 'utilization:viewer', 'protection:viewer', 'public-services:viewer'];

export interface MetricRequest {
  pillar: TPlanPillar;
  key: string;
  /** The region the value covers: the service token's region. */
  region: string;
  asOf?: string;
  from?: string;
  to?: string;
  district?: string;
}

/** A metric call that failed, with the reason in both languages. */
export class MetricUnavailable extends Error {
  /**
   * `transient`: the pillar was down, slow or failing — worth asking again soon; otherwise
   * (no address configured, metric not offered) asking again changes nothing until reconfigured.
   */
  constructor(
    readonly reason: TLocalizedText,
    readonly transient = false,
  ) {
    super(reason.en);
  }
}

/**
 * Reads one pillar metric over HTTP (`GET <pillar>/metrics/<key>`) with a short-lived token
 * platform-api signs itself (it is the token issuer): viewer of every pillar, in the plan's
 * region, so the pillar computes the value over exactly that region.
 */
@Injectable()
export class MetricClient {
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();

  constructor(
    private readonly keys: SigningKeyStore,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async value(request: MetricRequest): Promise<string> {
    const base = this.config.pillarUrls[request.pillar];
    const label = PLAN_PILLAR_LABELS[request.pillar];
    if (!base) throw new MetricUnavailable({ 'zh-CN': `未配置${label.zh}服务地址`, en: `No address is configured for the ${request.pillar} service` });
    const params = new URLSearchParams();
    for (const name of ['asOf', 'from', 'to', 'district'] as const) {
      const v = request[name];
      if (v) params.set(name, v);
    }
    const url = `${base.replace(/\/$/, '')}/metrics/${encodeURIComponent(request.key)}?${params}`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${await this.token(request.region)}`, 'accept-language': 'zh-CN' }, signal: AbortSignal.timeout(this.config.planMetricTimeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new MetricUnavailable(
        timedOut
          ? { 'zh-CN': `${label.zh}服务在 ${this.config.planMetricTimeoutMs} 毫秒内未响应`, en: `The ${request.pillar} service did not answer within ${this.config.planMetricTimeoutMs} ms` }
          : { 'zh-CN': `无法连接${label.zh}服务`, en: `The ${request.pillar} service cannot be reached` },
        true,
      );
    }
    const body = (await res.json().catch(() => null)) as { value?: unknown; message?: unknown } | null;
    if (res.status === 404) {
      throw new MetricUnavailable({ 'zh-CN': `${label.zh}服务尚未提供指标 ${request.key}`, en: `The ${request.pillar} service does not offer metric ${request.key}` });
    }
    if (!res.ok || typeof body?.value !== 'string' || !/^-?\d+(\.\d+)?$/.test(body.value)) {
      const detail = typeof body?.message === 'string' ? `：${body.message}` : '';
      throw new MetricUnavailable(
        { 'zh-CN': `${label.zh}服务计算指标 ${request.key} 出错（HTTP ${res.status}）${detail}`, en: `The ${request.pillar} service failed on metric ${request.key} (HTTP ${res.status})` },
        res.status >= 500,
      );
    }
    return body.value;
  }

  private async token(region: string): Promise<string> {
    const cached = this.tokens.get(region);
    if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
    const claims: TAccessClaims = {
      sub: PLAN_SERVICE_SUBJECT,
      sid: randomUUID(),
      name: 'platform-api 规划进度',
      roles: PILLAR_VIEWER_ROLES,
      region,
      dept: null,
      scope: { kind: 'region' },
    };
    const token = await this.keys.sign(claims, SERVICE_TOKEN_TTL_SECONDS);
    this.tokens.set(region, { token, expiresAt: Date.now() + SERVICE_TOKEN_TTL_SECONDS * 1000 });
    return token;
  }
}
