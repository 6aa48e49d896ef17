// Protection pillar: enforcement cases with their parties and their dated, append-only timeline.
import { HORIZON, PLAN_2020 } from '../figures.js';
import { DISTRICTS, personName } from '../names.js';
import { addDays, dayOf, intBetween, pick, prng, splitTotal, weighted } from '../random.js';

/**
 * Cases registered per year by kind. 2016–2020: the plan's 674 trademark cases, 202 patent
 * disputes and 514 counterfeit-patent cases (and nothing else, so the all-kinds metrics are the
 * plan's sums); 15 disputes registered late in 2015 are closed in 2016, which with 198 of the 202
 * makes the plan's 213 disputes closed in 2016–2020.
 */
export const CASES_BY_YEAR = {
  2015: { patent_dispute: 15 },
  2016: { trademark_infringement: 120, patent_dispute: 32, counterfeit_patent: 90 },
  2017: { trademark_infringement: 128, patent_dispute: 36, counterfeit_patent: 98 },
  2018: { trademark_infringement: 140, patent_dispute: 42, counterfeit_patent: 105 },
  2019: { trademark_infringement: 146, patent_dispute: 44, counterfeit_patent: 110 },
  2020: { trademark_infringement: 140, patent_dispute: 48, counterfeit_patent: 111 },
  2021: { trademark_infringement: 152, patent_dispute: 51, counterfeit_patent: 104, unfair_competition: 9, trade_secret: 3, gi_misuse: 2 },
  2022: { trademark_infringement: 138, patent_dispute: 55, counterfeit_patent: 96, unfair_competition: 11, trade_secret: 2, gi_misuse: 1 },
  2023: { trademark_infringement: 161, patent_dispute: 58, counterfeit_patent: 92, unfair_competition: 12, trade_secret: 4, gi_misuse: 3 },
  2024: { trademark_infringement: 170, patent_dispute: 62, counterfeit_patent: 88, unfair_competition: 10, trade_secret: 3, gi_misuse: 2 },
  2025: { trademark_infringement: 176, patent_dispute: 66, counterfeit_patent: 85, unfair_competition: 13, trade_secret: 5, gi_misuse: 2 },
  2026: { trademark_infringement: 118, patent_dispute: 47, counterfeit_patent: 60, unfair_competition: 8, trade_secret: 2, gi_misuse: 1 },
};
/** Disputes registered in December 2020 and closed in 2021 (202 − 198). */
const DISPUTES_CLOSED_AFTER_2020 = 4;

const sum = (kind) => [2016, 2017, 2018, 2019, 2020].reduce((s, y) => s + (CASES_BY_YEAR[y][kind] ?? 0), 0);
if (
  sum('trademark_infringement') !== PLAN_2020.trademarkCases2016to2020.count ||
  sum('patent_dispute') !== PLAN_2020.patentDisputes2016to2020.filed ||
  sum('counterfeit_patent') !== PLAN_2020.counterfeitPatentCases2016to2020 ||
  CASES_BY_YEAR[2015].patent_dispute + sum('patent_dispute') - DISPUTES_CLOSED_AFTER_2020 !== PLAN_2020.patentDisputes2016to2020.closed
) {
  throw new Error('the case series does not reproduce the plan’s 2016–2020 figures');
}

const TITLES = {
  trademark_infringement: ['涉嫌销售侵犯注册商标专用权商品案', '涉嫌生产侵犯注册商标专用权玩具案', '涉嫌在同一种商品上使用近似商标案', '涉嫌销售假冒注册商标化妆品案'],
  patent_dispute: ['玩具车外观设计专利侵权纠纷案', '注塑模具实用新型专利侵权纠纷案', '包装盒外观设计专利侵权纠纷案', '积木发明专利侵权纠纷案'],
  counterfeit_patent: ['涉嫌在产品包装上标注失效专利号案', '涉嫌假冒他人专利号案', '涉嫌在宣传材料中虚假标注专利案'],
  unfair_competition: ['涉嫌混淆行为不正当竞争案', '涉嫌虚假宣传不正当竞争案'],
  trade_secret: ['涉嫌侵犯技术秘密案', '涉嫌侵犯经营秘密案'],
  gi_misuse: ['涉嫌擅自使用地理标志专用标志案'],
  copyright: ['涉嫌侵犯著作权案'],
};
const SOURCES = [
  { source: 'complaint', weight: 45 },
  { source: 'report', weight: 25 },
  { source: 'inspection', weight: 25 },
  { source: 'referral', weight: 5 },
];
const POLICE = { 440507: '汕头市公安局龙湖分局', 440511: '汕头市公安局金平分局', 440512: '汕头市公安局濠江分局', 440513: '汕头市公安局潮阳分局', 440514: '汕头市公安局潮南分局', 440515: '汕头市公安局澄海分局', 440523: '南澳县公安局' };

const ACTOR_NAME = '示例数据';

/**
 * The cases, their events and parties, decided in JS from a seeded PRNG. Trademark cases
 * registered in 2016–2020 are decided in the year they were registered; their punishments add up
 * to the plan's 12,851,000 yuan of fines and confiscations.
 */
export function caseBook(orgs) {
  const rnd = prng(12851000);
  const cases = [];
  const events = [];
  const parties = [];
  let serial = 0;
  const perYear = new Map();
  // Amounts of the 2016–2020 trademark punishments, drawn once their number is known.
  const trademarkPunished = [];

  for (const [y, kinds] of Object.entries(CASES_BY_YEAR)) {
    const year = Number(y);
    for (const [kind, count] of Object.entries(kinds)) {
      for (let k = 0; k < count; k++) {
        serial += 1;
        const number = (perYear.get(year) ?? 0) + 1;
        perYear.set(year, number);
        const district = weighted(rnd, DISTRICTS, (d) => d.weight).code;
        const inPlanWindow = year >= 2016 && year <= 2020;
        const lateDispute = year === 2020 && kind === 'patent_dispute' && k >= count - DISPUTES_CLOSED_AFTER_2020;
        // Registration dates keep each year's steps inside it where the plan's counts need it.
        let registered;
        if (year === 2015) registered = `2015-${String(intBetween(rnd, 9, 12)).padStart(2, "0")}-${String(intBetween(rnd, 1, 28)).padStart(2, '0')}`;
        else if (lateDispute) registered = `2020-12-${String(intBetween(rnd, 14, 28)).padStart(2, '0')}`;
        else if (inPlanWindow) registered = `${year}-${dayOf(rnd, 2001, '2001-10-31').slice(5)}`;
        else registered = dayOf(rnd, year, addDays(HORIZON, -5));
        const id = `de700006-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`;
        const c = {
          id,
          case_number: `汕市监知案〔${year}〕${number}号`,
          kind,
          source: kind === 'patent_dispute' ? 'complaint' : weighted(rnd, SOURCES, (s) => s.weight).source,
          title: pick(rnd, TITLES[kind]),
          registered_date: registered,
          region_code: district,
          outcome: null,
          decision_number: null,
          fine_amount: null,
          confiscation_amount: null,
          transfer_recipient_kind: null,
          transfer_recipient_name: null,
          agreement_date: null,
        };
        const steps = [{ action: 'register', from: null, to: 'registered', date: registered, details: {} }];
        const step = (action, to, date, details = {}, amounts = {}) => {
          if (date > HORIZON) return false;
          steps.push({ action, from: steps[steps.length - 1].to, to, date, details, ...amounts });
          return true;
        };
        const investigate = addDays(registered, intBetween(rnd, 1, 7));
        const fate = rnd();
        if (kind === 'patent_dispute') {
          // Adjudicated within two months (the 2015 ones early in 2016, the late 2020 ones in 2021).
          const decide = year === 2015 ? `2016-01-${String(intBetween(rnd, 5, 25)).padStart(2, '0')}` : lateDispute ? `2021-0${intBetween(rnd, 1, 2)}-${String(intBetween(rnd, 10, 25)).padStart(2, '0')}` : addDays(investigate, intBetween(rnd, 10, 40));
          if (step('investigate', 'investigating', investigate)) {
            const decisionNumber = `汕市监知裁字〔${decide.slice(0, 4)}〕${number}号`;
            if (step('decide', 'decided', decide, { outcome: 'not_established', decisionNumber })) {
              Object.assign(c, { outcome: 'not_established', decision_number: decisionNumber });
              step('close', 'closed', addDays(decide, intBetween(rnd, 2, 8)));
            }
          }
        } else if (fate < 0.05 && kind !== 'gi_misuse') {
          // Suspected crime: handed to the police.
          const recipient = POLICE[district];
          if (step('investigate', 'investigating', investigate) && step('transfer', 'transferred', addDays(investigate, intBetween(rnd, 5, 20)), { recipientKind: 'police', recipientName: recipient })) {
            Object.assign(c, { transfer_recipient_kind: 'police', transfer_recipient_name: recipient });
          }
        } else {
          const decide = addDays(investigate, inPlanWindow ? intBetween(rnd, 10, 50) : intBetween(rnd, 15, 90));
          const punished = fate < 0.88;
          const decisionNumber = `汕市监知罚〔${decide.slice(0, 4)}〕${number}号`;
          if (step('investigate', 'investigating', investigate) && decide <= HORIZON) {
            let fine = 0;
            let confiscation = 0;
            if (punished && kind === 'trademark_infringement' && inPlanWindow) {
              trademarkPunished.push({ c, steps, decide, decisionNumber });
              // Amounts filled in below, once the number of such cases is known.
            } else if (punished) {
              fine = intBetween(rnd, 5, 100) * 100;
              confiscation = rnd() < 0.2 ? intBetween(rnd, 1, 50) * 100 : 0;
            }
            const amounts = punished ? { fine: fine.toFixed(2), confiscation: confiscation.toFixed(2) } : {};
            const details = punished ? { outcome: 'punished', decisionNumber, fineAmount: amounts.fine, confiscationAmount: amounts.confiscation } : { outcome: 'not_established', decisionNumber };
            step('decide', 'decided', decide, details, amounts);
            Object.assign(c, { outcome: punished ? 'punished' : 'not_established', decision_number: decisionNumber, fine_amount: amounts.fine ?? null, confiscation_amount: amounts.confiscation ?? null });
            if (punished) {
              const executed = addDays(decide, intBetween(rnd, 10, 45));
              if (step('execute', 'executed', executed)) step('close', 'closed', addDays(executed, intBetween(rnd, 3, 20)));
            } else {
              step('close', 'closed', addDays(decide, intBetween(rnd, 3, 15)));
            }
          }
        }
        c.status = steps[steps.length - 1].to;
        c.status_date = steps[steps.length - 1].date;
        c.version = steps.length;
        c.steps = steps;
        cases.push(c);

        const respondent = rnd() < 0.7 ? pick(rnd, orgs) : null;
        parties.push(respondent ? { case_id: id, position: 1, kind: 'organization', role: 'respondent', name: respondent.name, credit_code: respondent.creditCode, region_code: district } : { case_id: id, position: 1, kind: 'person', role: 'respondent', name: personName(rnd), credit_code: null, region_code: district });
        if (kind === 'patent_dispute' || kind === 'trademark_infringement') {
          const holder = pick(rnd, orgs);
          parties.push({ case_id: id, position: 2, kind: 'organization', role: 'right_holder', name: holder.name, credit_code: holder.creditCode, region_code: district });
        }
      }
    }
  }

  // The plan's 12,851,000 yuan over the 2016–2020 trademark punishments, in hundreds of yuan.
  const totals = splitTotal(rnd, PLAN_2020.trademarkCases2016to2020.finesAndConfiscations, trademarkPunished.length, 100);
  trademarkPunished.forEach(({ c, steps }, i) => {
    const total = totals[i];
    const fine = Math.max(100, Math.round((total * (0.5 + rnd() * 0.4)) / 100) * 100);
    const amounts = { fine: fine.toFixed(2), confiscation: (total - fine).toFixed(2) };
    const decision = steps.find((s) => s.action === 'decide');
    decision.fine = amounts.fine;
    decision.confiscation = amounts.confiscation;
    decision.details = { ...decision.details, fineAmount: amounts.fine, confiscationAmount: amounts.confiscation };
    c.fine_amount = amounts.fine;
    c.confiscation_amount = amounts.confiscation;
  });

  for (const c of cases) {
    c.steps.forEach((s, i) =>
      events.push({
        case_id: c.id,
        action: s.action,
        from_status: s.from,
        to_status: s.to,
        effective_date: s.date,
        details: s.details,
        fine_amount: s.fine ?? null,
        confiscation_amount: s.confiscation ?? null,
        // Steps recorded in order: the timeline sorts by date, then by when it was recorded.
        recorded_at: `${s.date}T09:00:00+08:00`,
        seq: i,
        region_code: c.region_code,
      }),
    );
    delete c.steps;
  }
  return { cases, events, parties };
}

const INSERT_CASES = `
INSERT INTO protection.cases (id, case_number, kind, source, title, registered_date, status, region_code, department_id, created_by, version,
  status_date, outcome, decision_number, fine_amount, confiscation_amount, transfer_recipient_kind, transfer_recipient_name, agreement_date)
SELECT id, case_number, kind, source, title, registered_date, status, region_code, NULL, $2::uuid, version,
       status_date, outcome, decision_number, fine_amount, confiscation_amount, transfer_recipient_kind, transfer_recipient_name, agreement_date
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, case_number text, kind text, source text, title text, registered_date date, status text,
       region_code text, version int, status_date date, outcome text, decision_number text, fine_amount numeric, confiscation_amount numeric,
       transfer_recipient_kind text, transfer_recipient_name text, agreement_date date)`;

const INSERT_EVENTS = `
INSERT INTO protection.case_events (case_id, action, from_status, to_status, effective_date, details, fine_amount, confiscation_amount, note,
  actor_id, actor_name, recorded_at, region_code)
SELECT case_id, action, from_status, to_status, effective_date, details, fine_amount, confiscation_amount, NULL,
       $2::uuid, '${ACTOR_NAME}', recorded_at + seq * interval '1 minute', region_code
  FROM jsonb_to_recordset($1::jsonb) AS x(case_id uuid, action text, from_status text, to_status text, effective_date date, details jsonb,
       fine_amount numeric, confiscation_amount numeric, recorded_at timestamptz, seq int, region_code text)`;

const INSERT_PARTIES = `
INSERT INTO protection.case_parties (case_id, position, kind, role, name, credit_code, region_code)
SELECT case_id, position, kind, role, name, credit_code, region_code
  FROM jsonb_to_recordset($1::jsonb) AS x(case_id uuid, position smallint, kind text, role text, name text, credit_code text, region_code text)`;

/**
 * Enforcement cases reproducing the plan's 2016–2020 protection figures: 674 trademark cases with
 * 12,851,000 yuan of fines and confiscations, 202 patent disputes filed and 213 closed, 514
 * counterfeit-patent cases; the years after carry on at a similar pace.
 */
export const protectionPart = {
  name: 'protection',
  schema: 'protection',
  service: 'protection',
  tables: ['cases', 'case_events'],
  async seed(client, { actor, lookups }) {
    const { cases, events, parties } = caseBook(lookups.organisations);
    const c = await client.query(INSERT_CASES, [JSON.stringify(cases), actor]);
    const e = await client.query(INSERT_EVENTS, [JSON.stringify(events), actor]);
    const p = await client.query(INSERT_PARTIES, [JSON.stringify(parties)]);
    const window = cases.filter((x) => x.registered_date >= '2016-01-01' && x.registered_date <= '2020-12-31');
    return {
      records: c.rowCount + e.rowCount + p.rowCount,
      detail: { cases: c.rowCount, caseEvents: e.rowCount, caseParties: p.rowCount },
      summary: `cases ${c.rowCount.toLocaleString('en')} (${window.length.toLocaleString('en')} registered 2016–2020)`,
    };
  },
};
