import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TAgencyFacts, TAgencyFactsQuery, TAgencyFactsRow } from '@ipbureau/domain/creation';
import { divisionPattern, scopeCondition, validationError, type AuthenticatedContext } from '@ipbureau/nest-kit';

interface Row {
  agency_credit_code: string;
  agent_licence_number: string | null;
  filed: number;
  granted: number;
  refused_or_withdrawn: number;
  flagged_abnormal: number;
}

/**
 * How the applications each agency filed fared, read from the dated status events so that a
 * past `to` gives the answer as it stood then. Granted: a grant event dated by `to` (whatever
 * happened after the grant). Refused or withdrawn: the application ended before grant — a
 * rejection, or a withdrawal from pending — by `to`; a granted patent surrendered later is not
 * a withdrawn application. Flagged abnormal: a flag naming the application number dated by `to`
 * (a flag on the applicant alone names no application).
 */
const FACTS_SQL = (scope: string, agencyFilter: string) => `
  WITH counted AS (
    SELECT p.agency_credit_code, p.agent_licence_number,
      EXISTS (SELECT 1 FROM patent_status_events e WHERE e.patent_id = p.id AND e.action = 'grant' AND e.effective_date <= CAST(:to AS date)) AS granted,
      EXISTS (SELECT 1 FROM patent_status_events e WHERE e.patent_id = p.id AND e.action IN ('reject', 'withdraw') AND e.from_status = 'pending'
                AND e.effective_date <= CAST(:to AS date)) AS refused,
      EXISTS (SELECT 1 FROM abnormal_flags f WHERE f.application_number = p.application_number AND f.flagged_on <= CAST(:to AS date)) AS flagged
    FROM patents p
    WHERE p.agency_credit_code IS NOT NULL AND p.filing_date BETWEEN CAST(:from AS date) AND CAST(:to AS date) AND p.region_code LIKE :pattern AND ${scope} ${agencyFilter}
  )
  SELECT agency_credit_code, agent_licence_number,
    count(*)::int AS filed,
    count(*) FILTER (WHERE granted)::int AS granted,
    count(*) FILTER (WHERE refused)::int AS refused_or_withdrawn,
    count(*) FILTER (WHERE flagged)::int AS flagged_abnormal
  FROM counted
  GROUP BY GROUPING SETS ((agency_credit_code), (agency_credit_code, agent_licence_number))
  -- the per-agent set's row for applications with no agent would repeat nothing useful
  HAVING NOT (GROUPING(agent_licence_number) = 0 AND agent_licence_number IS NULL)
  ORDER BY agency_credit_code, GROUPING(agent_licence_number) DESC, agent_licence_number`;

@Injectable()
export class AgencyFactsService {
  constructor(private readonly dataSource: DataSource) {}

  async facts(ctx: AuthenticatedContext, query: TAgencyFactsQuery): Promise<TAgencyFacts> {
    if (query.to < query.from) {
      throw validationError([{ path: 'to', code: 'custom', message: ctx.locale === 'en' ? 'Must not be before from' : '不能早于开始日期' }]);
    }
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const sql = FACTS_SQL(scope.sql, query.agencyCreditCode ? 'AND p.agency_credit_code = :agency' : '');
    const [statement, params] = this.dataSource.driver.escapeQueryWithParameters(
      sql,
      { ...scope.params, from: query.from, to: query.to, pattern: divisionPattern(query.district ?? ctx.principal.region), agency: query.agencyCreditCode ?? null },
      {},
    );
    const rows = (await this.dataSource.query(statement, params)) as Row[];
    return { from: query.from, to: query.to, items: rows.map(mapRow) };
  }
}

function mapRow(row: Row): TAgencyFactsRow {
  return {
    agencyCreditCode: row.agency_credit_code,
    agentLicenceNumber: row.agent_licence_number,
    filed: row.filed,
    granted: row.granted,
    refusedOrWithdrawn: row.refused_or_withdrawn,
    flaggedAbnormal: row.flagged_abnormal,
  };
}
