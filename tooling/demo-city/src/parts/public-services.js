// Public-services pillar: agencies, practising patent agents, supervision and training.
import { HORIZON, PLAN_2020 } from '../figures.js';
import { creditCode } from '../identifiers.js';
import { DISTRICTS, personName } from '../names.js';
import { addDays, dayOf, intBetween, pick, prng, splitTotal, weighted } from '../random.js';

/** The agencies: seven local ones and three branches of agencies from elsewhere, then two new ones. */
const AGENCIES = [
  { name: '汕头市潮粤专利商标事务所（普通合伙）', district: '440507', kind: 'both', established: '2003-05-12' },
  { name: '汕头市金平专利代理有限公司', district: '440511', kind: 'patent', established: '2006-09-01' },
  { name: '汕头市澄海玩具知识产权代理有限公司', district: '440515', kind: 'both', established: '2009-03-18' },
  { name: '汕头市龙湖创新专利代理事务所（普通合伙）', district: '440507', kind: 'patent', established: '2012-07-06' },
  { name: '汕头市潮阳区知信专利代理有限公司', district: '440513', kind: 'patent', established: '2014-11-20' },
  { name: '汕头市华侨试验区专利代理有限公司', district: '440507', kind: 'both', established: '2016-04-08' },
  { name: '汕头市潮南知识产权代理有限公司', district: '440514', kind: 'both', established: '2018-10-15' },
  { name: '广州华进联合专利商标代理有限公司汕头分公司', district: '440507', kind: 'both', established: '2015-06-30' },
  { name: '广东广信君达专利代理有限公司汕头分公司', district: '440511', kind: 'patent', established: '2017-03-01' },
  { name: '深圳市精英专利事务所汕头分所', district: '440515', kind: 'patent', established: '2019-08-26' },
  // Deregistered before 2020: not among the ten active at the baseline.
  { name: '汕头市东海专利事务所', district: '440511', kind: 'patent', established: '2004-02-10', deregistered: '2018-06-29' },
  { name: '汕头市濠江海丝知识产权代理有限公司', district: '440512', kind: 'both', established: '2022-05-16' },
  { name: '汕头市龙湖区科创专利代理有限公司', district: '440507', kind: 'patent', established: '2024-03-11' },
];

/**
 * Agents practising per year-end: 47 on 2020-12-31 (the plan's baseline, also its 2025 target),
 * growing after. Built from dated practices: joins, moves between agencies, departures.
 */
const JOINS = { 2004: 2, 2006: 2, 2008: 3, 2010: 3, 2012: 4, 2013: 3, 2014: 4, 2015: 5, 2016: 6, 2017: 6, 2018: 7, 2019: 6, 2020: 5, 2021: 6, 2022: 5, 2023: 5, 2024: 5, 2025: 6, 2026: 3 };
const LEAVES = { 2014: 1, 2016: 1, 2017: 2, 2018: 2, 2019: 1, 2020: 2, 2021: 1, 2022: 2, 2023: 1, 2024: 1, 2025: 2 };

const id = (tag, n) => `${tag}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Agencies, agents and their practices, decided in JS from a seeded PRNG; verified against the plan's 47. */
export function practiceBook() {
  const rnd = prng(47);
  const agencies = AGENCIES.map((a, i) => ({
    id: id('de700007', i + 1),
    name: a.name,
    credit_code: creditCode(a.district, 880000 + i * 17),
    kind: a.kind,
    licence_number: a.kind === 'trademark' ? null : `4405${String(i + 1).padStart(2, '0')}${a.established.slice(0, 4)}`,
    established_date: a.established,
    region_code: a.district,
    status: a.deregistered ? 'deregistered' : 'active',
    deregistered_date: a.deregistered ?? null,
  }));
  const open = (date) => agencies.filter((a) => a.established_date < date && (!a.deregistered_date || a.deregistered_date > addDays(date, 1)));
  const agents = [];
  const practices = [];
  const current = new Map(); // agent id → its open practice
  const names = new Set();
  const sortedYears = [...new Set([...Object.keys(JOINS), ...Object.keys(LEAVES)].map(Number))].sort((a, b) => a - b);
  for (const year of sortedYears) {
    for (let k = 0; k < (JOINS[year] ?? 0); k++) {
      const start = dayOf(rnd, year, addDays(HORIZON, -10));
      const agency = pick(rnd, open(start));
      let name = personName(rnd);
      while (names.has(name)) name = personName(rnd);
      names.add(name);
      const agent = { id: id('de700008', agents.length + 1), name, licence_number: `${year - 1}4405${String(agents.length + 101).padStart(4, '0')}`, region_code: agency.region_code };
      agents.push(agent);
      const practice = { id: id('de700009', practices.length + 1), agent_id: agent.id, agency_id: agency.id, start_date: start, end_date: null, region_code: agency.region_code };
      practices.push(practice);
      current.set(agent.id, practice);
    }
    // Departures, and the agents of an agency that closes move to another one the day it closes.
    for (let k = 0; k < (LEAVES[year] ?? 0); k++) {
      const candidates = [...current.values()].filter((p) => p.start_date < `${year}-01-01`);
      const leaving = candidates[Math.floor(rnd() * candidates.length)];
      leaving.end_date = dayOf(rnd, year, addDays(HORIZON, -10));
      current.delete(leaving.agent_id);
    }
    for (const agency of agencies.filter((a) => a.deregistered_date?.startsWith(String(year)))) {
      for (const p of [...current.values()].filter((x) => x.agency_id === agency.id)) {
        p.end_date = agency.deregistered_date;
        const next = pick(rnd, open(agency.deregistered_date).filter((a) => a.id !== agency.id));
        const moved = { id: id('de700009', practices.length + 1), agent_id: p.agent_id, agency_id: next.id, start_date: agency.deregistered_date, end_date: null, region_code: next.region_code };
        practices.push(moved);
        current.set(p.agent_id, moved);
      }
    }
  }
  const practisingOn = (date) => new Set(practices.filter((p) => p.start_date <= date && (p.end_date === null || p.end_date > date)).map((p) => p.agent_id)).size;
  if (practisingOn('2020-12-31') !== PLAN_2020.practisingAgents) throw new Error(`the practices give ${practisingOn('2020-12-31')} practising agents on 2020-12-31, not the plan's 47`);
  const activeOn = (date) => agencies.filter((a) => a.established_date <= date && (!a.deregistered_date || a.deregistered_date > date)).length;
  if (activeOn('2020-12-31') !== PLAN_2020.agencies + PLAN_2020.agencyBranches) throw new Error('the agencies do not reproduce the plan’s 7 agencies and 3 branches');
  return { agencies, agents, practices };
}

const TOPICS = ['专利申请实务培训', '商标品牌战略培训', '知识产权质押融资政策宣讲', '企业知识产权管理规范（GB/T 29490）贯标培训', '专利导航与布局培训', '知识产权保护与维权培训', '高价值专利培育培训', '海外知识产权纠纷应对培训', '专利代理师业务能力提升培训'];
const PUBLICITY = ['“4·26”世界知识产权日宣传周活动', '知识产权进企业宣传活动', '中国专利周汕头宣传活动', '商标品牌宣传进园区活动'];
const AUDIENCES = ['enterprises', 'enterprises', 'enterprises', 'agencies', 'officials', 'universities'];
const VENUES = ['汕头市市场监督管理局报告厅', '汕头大学学术交流中心', '澄海区玩具协会会议室', '汕头高新区创新中心', '潮南区纺织服装产业园会议室', '龙湖区科创中心'];

/** Training sessions: 50 in 2016–2020 for 4,000 people, about a dozen a year after; plus publicity events. */
export function trainingBook() {
  const rnd = prng(4000);
  const events = [];
  const sessionsByYear = { 2016: 8, 2017: 9, 2018: 10, 2019: 11, 2020: 12, 2021: 12, 2022: 11, 2023: 13, 2024: 14, 2025: 14, 2026: 9 };
  if ([2016, 2017, 2018, 2019, 2020].reduce((s, y) => s + sessionsByYear[y], 0) !== PLAN_2020.training2016to2020.sessions) throw new Error('training series off the plan');
  const attendance = splitTotal(rnd, PLAN_2020.training2016to2020.people, PLAN_2020.training2016to2020.sessions, 1);
  let k = 0;
  for (const [y, count] of Object.entries(sessionsByYear)) {
    const year = Number(y);
    for (let i = 0; i < count; i++) {
      const attended = year <= 2020 ? attendance[k++] : intBetween(rnd, 40, 160);
      const date = dayOf(rnd, year, addDays(HORIZON, -1));
      const online = year >= 2020 && year <= 2022 && rnd() < 0.5;
      events.push({
        id: id('de70000a', events.length + 1),
        kind: 'training',
        topic: pick(rnd, TOPICS),
        audience: pick(rnd, AUDIENCES),
        event_date: date,
        online,
        venue: online ? null : pick(rnd, VENUES),
        planned_count: Math.round(attended * (1 + rnd() * 0.2)),
        attended_count: attended,
        region_code: weighted(rnd, DISTRICTS, (d) => d.weight).code,
      });
    }
    events.push({
      id: id('de70000a', events.length + 1),
      kind: 'publicity',
      topic: pick(rnd, PUBLICITY),
      audience: 'public',
      event_date: `${year}-04-${String(intBetween(rnd, 20, 26)).padStart(2, '0')}`,
      online: false,
      venue: '汕头市人民广场',
      planned_count: 500,
      attended_count: intBetween(rnd, 300, 800),
      region_code: '440507',
    });
  }
  return events;
}

const INSERT_AGENCIES = `
INSERT INTO public_services.agencies (id, name, credit_code, kind, licence_number, established_date, region_code, department_id, created_by, version, status, deregistered_date)
SELECT id, name, credit_code, kind, licence_number, established_date, region_code, NULL, $2::uuid, 1, status, deregistered_date
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, credit_code text, kind text, licence_number text, established_date date, region_code text,
       status text, deregistered_date date)`;
const INSERT_AGENTS = `
INSERT INTO public_services.patent_agents (id, name, licence_number, region_code, department_id, version, created_by)
SELECT id, name, licence_number, region_code, NULL, 1, $2::uuid
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, licence_number text, region_code text)`;
const INSERT_PRACTICES = `
INSERT INTO public_services.agent_practices (id, agent_id, agency_id, start_date, end_date, region_code, created_by)
SELECT id, agent_id, agency_id, start_date, end_date, region_code, $2::uuid
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, agent_id uuid, agency_id uuid, start_date date, end_date date, region_code text)
 ORDER BY start_date, id`;
const INSERT_TRAINING = `
INSERT INTO public_services.training_events (id, kind, topic, audience, event_date, online, venue, planned_count, attended_count, version, region_code, department_id, created_by)
SELECT id, kind, topic, audience, event_date, online, venue, planned_count, attended_count, 1, region_code, NULL, $2::uuid
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, topic text, audience text, event_date date, online boolean, venue text,
       planned_count int, attended_count int, region_code text)`;

/**
 * Agencies (7 and 3 branches active on 2020-12-31), 47 practising agents then, and the training
 * the plan reports for 2016–2020 (about 50 sessions for 4,000 people).
 */
export const publicServicesPart = {
  name: 'public-services',
  schema: 'public_services',
  service: 'public-services',
  tables: ['agencies', 'patent_agents', 'agent_practices', 'training_events'],
  async seed(client, { actor }) {
    const { agencies, agents, practices } = practiceBook();
    const training = trainingBook();
    const a = await client.query(INSERT_AGENCIES, [JSON.stringify(agencies), actor]);
    const g = await client.query(INSERT_AGENTS, [JSON.stringify(agents), actor]);
    const p = await client.query(INSERT_PRACTICES, [JSON.stringify(practices), actor]);
    const t = await client.query(INSERT_TRAINING, [JSON.stringify(training), actor]);
    return {
      records: a.rowCount + g.rowCount + p.rowCount + t.rowCount,
      detail: { agencies: a.rowCount, agents: g.rowCount, practices: p.rowCount, trainingEvents: t.rowCount },
      summary: `agencies ${a.rowCount}, agents ${g.rowCount} (${PLAN_2020.practisingAgents} practising on 2020-12-31), training events ${t.rowCount}`,
    };
  },
};

/** From this date on the demo's training sessions keep their registration lists (the screens' 培训报名). */
const REGISTRATIONS_FROM = '2025-01-01';

/**
 * Registrations for the training sessions held from REGISTRATIONS_FROM: as many as the session
 * planned, the first `attended_count` of them marked attended on the day, so each session's
 * attendance (which its registrations now give) is the count it had: the training figures stay.
 * Names from the demo's people and organisations, each registrant once per session.
 */
const INSERT_REGISTRATIONS = `
INSERT INTO public_services.training_registrations (id, event_id, person_name, organization_name, credit_code, phone, attended_on, region_code,
                                                    department_id, version, created_by)
SELECT pg_temp.demo_id(${0xde70001c}, e.no * 1000 + k), e.id, p.name, o.name, o.credit_code,
       '1' || (3 + pg_temp.demo_int(e.no * 1000 + k, 61, 0, 6))::text || lpad(pg_temp.demo_int(e.no * 1000 + k, 62, 0, 99999999)::text, 9, '0'),
       CASE WHEN k <= e.attended_count THEN e.event_date END, e.region_code, NULL, CASE WHEN k <= e.attended_count THEN 2 ELSE 1 END, $1::uuid
  FROM (SELECT t.*, row_number() OVER (ORDER BY t.id) AS no FROM public_services.training_events t
         WHERE t.kind = 'training' AND t.event_date >= DATE '${REGISTRATIONS_FROM}' AND t.event_date <= DATE '${HORIZON}') e
  CROSS JOIN LATERAL generate_series(1, e.planned_count) k
  JOIN demo_people p ON p.i = (e.no * 37 + k) % $2
  JOIN demo_orgs o ON o.i = (e.no * 131 + k) % $3
 ORDER BY e.no, k`;

export const trainingRegistrationsPart = {
  name: 'public-services.registrations',
  schema: 'public_services',
  service: 'public-services',
  optional: true,
  tables: ['training_registrations'],
  needs: ['public-services'],
  async seed(client, { actor, lookups }) {
    const r = await client.query(INSERT_REGISTRATIONS, [actor, lookups.people, lookups.orgs]);
    const attended = await client.query(`SELECT count(*)::int AS n FROM public_services.training_registrations WHERE attended_on IS NOT NULL`);
    return {
      records: r.rowCount,
      detail: { trainingRegistrations: r.rowCount },
      summary: `training registrations ${r.rowCount} (${attended.rows[0].n} attended) for the sessions from ${REGISTRATIONS_FROM}`,
    };
  },
};
