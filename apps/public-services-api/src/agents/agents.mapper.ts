import type { TAgent, TAgentDetail, TAgentPractice } from '@ipbureau/domain/public-services';
import type { PatentAgentEntity } from './patent-agent.entity.js';

/** A practice row joined with its agency's name. */
export interface PracticeRow {
  id: string;
  agent_id: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  start_date: string;
  end_date: string | null;
}

export const mapPractice = (p: PracticeRow): TAgentPractice => ({
  id: p.id,
  agencyId: p.agency_id,
  agencyName: p.agency_name,
  district: p.region_code,
  startDate: p.start_date,
  endDate: p.end_date,
});

/** The practice not yet ended, if any (at most one can be open: practices never overlap). */
export const openPractice = (practices: PracticeRow[]) => practices.find((p) => p.end_date === null) ?? null;

export function mapAgent(agent: PatentAgentEntity, practices: PracticeRow[]): TAgent {
  const open = openPractice(practices);
  return {
    id: agent.id,
    name: agent.name,
    licenceNumber: agent.licenceNumber,
    district: agent.regionCode,
    current: open ? mapPractice(open) : null,
    version: agent.version,
    departmentId: agent.departmentId,
    createdAt: agent.createdAt.toISOString(),
    createdBy: agent.createdBy,
  };
}

export const mapAgentDetail = (agent: PatentAgentEntity, practices: PracticeRow[]): TAgentDetail => ({
  ...mapAgent(agent, practices),
  practices: practices.map(mapPractice),
});
