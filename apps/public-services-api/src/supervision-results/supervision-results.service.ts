import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ZAgencyFacts, type TAgencyFactsRow } from '@ipbureau/domain/creation';
import {
  outlierReasons,
  resultRates,
  type TAgencyResult,
  type TAgentResult,
  type TSupervisionResults,
  type TSupervisionResultsQuery,
} from '@ipbureau/domain/public-services';
import { forbidden, text, unavailable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import type { TBilingualText } from '@ipbureau/domain/public-services';
import { PUBLIC_SERVICES_CONFIG, type PublicServicesConfig } from '../config.js';
import { PillarClient } from '../organizations/pillar.client.js';

/** Creation cannot answer (not configured, down, slow, failing, off-contract): 503, saying why. */
const creationUnavailable = (reason: TBilingualText) =>
  unavailable(text(`按结果监管需要读取创造模块的数据：${reason['zh-CN']}`, `Supervision results need the creation pillar’s facts: ${reason.en}`));

type Counts = Pick<TAgencyFactsRow, 'filed' | 'granted' | 'refusedOrWithdrawn' | 'flaggedAbnormal'>;

/**
 * Supervision by results: the creation pillar's facts per agency and agent (read over HTTP with
 * the caller's own token, so its roles and data scope apply), names joined from this pillar's
 * register, rates computed, outliers flagged by the configured rule, agencies ranked.
 */
@Injectable()
export class SupervisionResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pillars: PillarClient,
    @Inject(PUBLIC_SERVICES_CONFIG) private readonly config: PublicServicesConfig,
  ) {}

  async results(_ctx: AuthenticatedContext, token: string, query: TSupervisionResultsQuery): Promise<TSupervisionResults> {
    const params = new URLSearchParams({ from: query.from, to: query.to, ...(query.district ? { district: query.district } : {}) });
    const answer = await this.pillars.get<unknown>('creation', `/agency-facts?${params.toString()}`, token);
    if (answer.state !== 'ok') {
      if (answer.state === 'forbidden') throw forbidden(text(answer.reason['zh-CN'], answer.reason.en));
      throw creationUnavailable(answer.reason);
    }
    const facts = ZAgencyFacts.safeParse(answer.body);
    if (!facts.success) throw creationUnavailable({ 'zh-CN': '创造模块的应答不符合约定格式', en: 'The creation service’s answer does not follow the agreed contract' });

    const agencyRows = facts.data.items.filter((r) => r.agentLicenceNumber === null);
    const agentRows = facts.data.items.filter((r) => r.agentLicenceNumber !== null);
    const total = agencyRows.reduce<Counts>(
      (t, r) => ({ filed: t.filed + r.filed, granted: t.granted + r.granted, refusedOrWithdrawn: t.refusedOrWithdrawn + r.refusedOrWithdrawn, flaggedAbnormal: t.flaggedAbnormal + r.flaggedAbnormal }),
      { filed: 0, granted: 0, refusedOrWithdrawn: 0, flaggedAbnormal: 0 },
    );
    const overall = resultRates(total);
    const rule = this.config.supervisionOutlierRule;
    const names = await this.names(
      agencyRows.map((r) => r.agencyCreditCode),
      agentRows.map((r) => r.agentLicenceNumber!),
    );
    const judged = (r: Counts) => {
      const rates = resultRates(r);
      const reasons = outlierReasons({ filed: r.filed, ...rates }, overall.grantRate, rule);
      return { filed: r.filed, granted: r.granted, refusedOrWithdrawn: r.refusedOrWithdrawn, flaggedAbnormal: r.flaggedAbnormal, ...rates, outlier: reasons.length > 0, outlierReasons: reasons };
    };

    const agencies: Omit<TAgencyResult, 'rank'>[] = agencyRows.map((a) => {
      const agency = names.agencies.get(a.agencyCreditCode);
      const agents: TAgentResult[] = agentRows
        .filter((g) => g.agencyCreditCode === a.agencyCreditCode)
        .map((g) => {
          const agent = names.agents.get(g.agentLicenceNumber!);
          return { licenceNumber: g.agentLicenceNumber!, agentId: agent?.id ?? null, name: agent?.name ?? null, ...judged(g) };
        })
        .sort(worstFirst);
      return { creditCode: a.agencyCreditCode, agencyId: agency?.id ?? null, name: agency?.name ?? null, ...judged(a), agents };
    });
    return {
      from: facts.data.from,
      to: facts.data.to,
      district: query.district ?? null,
      overallGrantRate: overall.grantRate,
      overallAbnormalShare: overall.abnormalShare,
      rule,
      agencies: agencies.sort(worstFirst).map((a, i) => ({ rank: i + 1, ...a })),
    };
  }

  /** Names of the agencies (by credit code) and agents (by licence number) this pillar registers. */
  private async names(creditCodes: string[], licences: string[]) {
    const [agencies, agents] = await Promise.all([
      this.dataSource.query(`SELECT DISTINCT ON (credit_code) credit_code, id, name FROM agencies WHERE credit_code = ANY($1::text[]) ORDER BY credit_code, created_at`, [creditCodes]) as Promise<
        { credit_code: string; id: string; name: string }[]
      >,
      this.dataSource.query(`SELECT licence_number, id, name FROM patent_agents WHERE licence_number = ANY($1::text[])`, [licences]) as Promise<{ licence_number: string; id: string; name: string }[]>,
    ]);
    return {
      agencies: new Map(agencies.map((a) => [a.credit_code, { id: a.id, name: a.name }])),
      agents: new Map(agents.map((a) => [a.licence_number, { id: a.id, name: a.name }])),
    };
  }
}

/** Flagged first; then the higher abnormal share; then the lower grant rate; then the larger volume. */
function worstFirst(a: { outlier: boolean; abnormalShare: number | null; grantRate: number | null; filed: number }, b: typeof a): number {
  return (
    Number(b.outlier) - Number(a.outlier) ||
    (b.abnormalShare ?? -1) - (a.abnormalShare ?? -1) ||
    (a.grantRate ?? 2) - (b.grantRate ?? 2) ||
    b.filed - a.filed
  );
}
