import { Inject, Injectable } from '@nestjs/common';
import { PLAN_PILLAR_LABELS, type TPlanPillar } from '@ipbureau/domain/plans';
import type { TBilingualText } from '@ipbureau/domain/public-services';
import { PUBLIC_SERVICES_CONFIG, type PublicServicesConfig } from '../config.js';

/** A pillar's answer: its body, or why there is none. */
export type PillarAnswer<T> = { state: 'ok'; body: T } | { state: 'unavailable' | 'forbidden'; reason: TBilingualText };

/**
 * Reads another pillar's HTTP API with the caller's own bearer token, so the pillar applies
 * its own roles and data scope. Never throws: a pillar that is not configured, down, slow or
 * failing answers `unavailable`; one that refuses the caller answers `forbidden`.
 */
@Injectable()
export class PillarClient {
  constructor(@Inject(PUBLIC_SERVICES_CONFIG) private readonly config: PublicServicesConfig) {}

  async get<T>(pillar: TPlanPillar, path: string, token: string): Promise<PillarAnswer<T>> {
    const label = PLAN_PILLAR_LABELS[pillar];
    const base = this.config.pillarUrls[pillar];
    if (!base) return { state: 'unavailable', reason: { 'zh-CN': `未配置${label.zh}服务地址`, en: `No address is configured for the ${pillar} service` } };
    const timeout = this.config.pillarTimeoutMs;
    let res: Response;
    try {
      res = await fetch(`${base.replace(/\/$/, '')}${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(timeout),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        state: 'unavailable',
        reason: timedOut
          ? { 'zh-CN': `${label.zh}服务在 ${timeout} 毫秒内未响应`, en: `The ${pillar} service did not answer within ${timeout} ms` }
          : { 'zh-CN': `无法连接${label.zh}服务`, en: `The ${pillar} service cannot be reached` },
      };
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      return { state: 'forbidden', reason: forbiddenReason(pillar) };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return { state: 'unavailable', reason: { 'zh-CN': `${label.zh}服务返回错误（HTTP ${res.status}）`, en: `The ${pillar} service answered with an error (HTTP ${res.status})` } };
    }
    try {
      return { state: 'ok', body: (await res.json()) as T };
    } catch {
      return { state: 'unavailable', reason: { 'zh-CN': `${label.zh}服务的应答无法读取`, en: `The ${pillar} service’s answer cannot be read` } };
    }
  }
}

export function forbiddenReason(pillar: TPlanPillar): TBilingualText {
  const label = PLAN_PILLAR_LABELS[pillar];
  return { 'zh-CN': `您没有${label.zh}模块的查看权限`, en: `You have no viewer role in the ${pillar} module` };
}
