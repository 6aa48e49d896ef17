import type pg from 'pg';

/** What a part hands the runner: rows written, figures for the audit entry and a log line. */
export interface PartResult {
  records: number;
  detail: Record<string, number>;
  summary: string;
  /** Data another part (on the other connection) needs, keyed by this part's name. */
  share?: Record<string, unknown>;
}

/** One slice of the demo city, written into one service's schema as that service's role. */
export interface DemoPart {
  name: string;
  /** The schema written (the part runs as `ipb_<schema>`). */
  schema: string;
  /** The service whose audit chain records the load. */
  service: string;
  /** Tables that must exist (the service has migrated) and be empty for the city to be seeded. */
  tables: string[];
  /** When its service has no such tables (an older schema), the part is skipped instead of refused. */
  optional?: boolean;
  /** 1: written on the second connection, beside the others. */
  lane?: number;
  /** Parts (by name) whose results this one reads. */
  needs?: string[];
  /** Run as the administrator before the part (e.g. to read another schema). */
  prepare?(client: pg.ClientBase): Promise<void>;
  seed(client: pg.ClientBase, context: { actor: string; city: string; lookups: Record<string, unknown>; shared: Record<string, Record<string, unknown>> }): Promise<PartResult>;
}

export interface SeedResult {
  /** False when the database already held records (nothing was written). */
  seeded: boolean;
  reason?: string;
  /** Wall time of the seed. */
  ms: number;
  parts: Record<string, { records: number; detail: Record<string, number>; ms: number }>;
  /** Optional parts left out because their service's schema has no such tables. */
  skipped?: string[];
}

/**
 * Seeds the demo city (Shantou 440500 and its districts) into an empty database whose services
 * have run their migrations, through the administrator connection. Deterministic; the whole city
 * or nothing; a database holding records in any of the parts' tables is left alone.
 */
export function seedDemoCity(adminDatabaseUrl: string, options?: { log?: (line: string) => void; parts?: DemoPart[] }): Promise<SeedResult>;

export const DEFAULT_PARTS: DemoPart[];
export const patentsPart: DemoPart;
export const trademarksPart: DemoPart;
export const utilizationPart: DemoPart;
export const protectionPart: DemoPart;
export const publicServicesPart: DemoPart;
/** Reports and rewards, exhibitions, e-commerce complaints, the rapid protection centre, workstations, overseas disputes (optional). */
export const protectionServicesPart: DemoPart;
/** Registrations and attendance for the training sessions of 2025 on (optional). */
export const trainingRegistrationsPart: DemoPart;
/** Geographical indications with their authorized producers (optional). */
export const geographicalIndicationsPart: DemoPart;
/** Enterprises, cultivation titles, GB/T 29490 certifications and high-value facts: needs creation-api's migration 1764300000000. */
export const enterprisesPart: DemoPart;
/** The fixed user id the demo records name as their creator. */
export const DEMO_ACTOR: string;
/** The last day the demo records anything on. */
export const HORIZON: string;
export const BASELINE_DATE: string;
/** The plan's 2020 baseline column and the other 2016–2020 figures the demo reproduces. */
export const PLAN_2020: {
  validInventionPatents: number;
  validTrademarks: number;
  patentsGranted2016to2020: number;
  inventionGrants2016to2020: number;
  patentApplications2016to2020: number;
  inventionApplications2016to2020: number;
  madridMarks2016to2020: number;
  collectiveMarks2016to2020: number;
  patentPledges2016to2020: { count: number; amount: number };
  trademarkPledges2016to2020: { count: number; amount: number };
  trademarkCases2016to2020: { count: number; finesAndConfiscations: number };
  patentDisputes2016to2020: { filed: number; closed: number };
  counterfeitPatentCases2016to2020: number;
  practisingAgents: number;
  agencies: number;
  agencyBranches: number;
  training2016to2020: { sessions: number; people: number };
  certifiedEntities: number;
  enterprises: { nationalDemonstration: number; nationalAdvantage: number; provincialDemonstration: number; provincialAdvantage: number; municipalCultivation: number };
};
