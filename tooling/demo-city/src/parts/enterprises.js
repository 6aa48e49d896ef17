// Creation extension: enterprises with their cultivation titles and GB/T 29490 certifications, and
// the facts the high-value invention rule reads (awards, family members abroad, pledged rights).
// Needs creation-api's migration 1764300000000 (enterprises and high-value); not a default part
// until that migration is on main (see DEFAULT_PARTS in ../index.js).
import { HORIZON, PLAN_2020 } from '../figures.js';
import { addDays, dayOf, pick, prng } from '../random.js';

/** Titles awarded per year: up to 2020 the plan's 7 / 34 / 12 / 34 / 164; 2021–2025 a little past the targets (10 and 25 new). */
export const TITLES_BY_YEAR = {
  national_demonstration: { 2014: 1, 2016: 1, 2017: 1, 2018: 1, 2019: 2, 2020: 1, 2021: 1, 2024: 1 },
  national_advantage: { 2013: 3, 2014: 4, 2015: 4, 2016: 4, 2017: 5, 2018: 5, 2019: 4, 2020: 5, 2021: 1, 2022: 2, 2023: 1, 2024: 1, 2025: 1, 2026: 1 },
  provincial_demonstration: { 2015: 2, 2016: 2, 2017: 2, 2018: 2, 2019: 2, 2020: 2, 2022: 1, 2024: 1 },
  provincial_advantage: { 2014: 4, 2015: 5, 2016: 5, 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 1, 2023: 1, 2025: 1 },
  municipal_cultivation: { 2012: 25, 2013: 28, 2014: 33, 2015: 37, 2016: 8, 2017: 8, 2018: 8, 2019: 8, 2020: 9, 2021: 5, 2022: 6, 2023: 5, 2024: 6, 2025: 6, 2026: 4 },
};
/** Entities certified to GB/T 29490 per year: 61 by the end of 2020, past the target of 80 in 2025. */
export const CERTIFIED_BY_YEAR = { 2014: 3, 2015: 5, 2016: 7, 2017: 10, 2018: 12, 2019: 12, 2020: 12, 2021: 4, 2022: 4, 2023: 5, 2024: 5, 2025: 5, 2026: 3 };
/** Patent awards per year and level (2016–2020: the plan's 26 China Patent Awards, 21 provincial, 82 municipal). */
export const AWARDS_BY_YEAR = {
  national: { 2016: 4, 2017: 5, 2018: 5, 2019: 6, 2020: 6, 2021: 5, 2022: 6, 2023: 6, 2024: 7, 2025: 7 },
  provincial: { 2016: 3, 2017: 4, 2018: 4, 2019: 5, 2020: 5, 2021: 5, 2022: 5, 2023: 6, 2024: 6, 2025: 6 },
  municipal: { 2016: 14, 2017: 16, 2018: 16, 2019: 18, 2020: 18, 2021: 18, 2022: 18, 2023: 19, 2024: 20, 2025: 20 },
};

const upTo2020 = (byYear) => Object.entries(byYear).reduce((s, [y, n]) => (Number(y) <= 2020 ? s + n : s), 0);
const e = PLAN_2020.enterprises;
if (
  upTo2020(TITLES_BY_YEAR.national_demonstration) !== e.nationalDemonstration ||
  upTo2020(TITLES_BY_YEAR.national_advantage) !== e.nationalAdvantage ||
  upTo2020(TITLES_BY_YEAR.provincial_demonstration) !== e.provincialDemonstration ||
  upTo2020(TITLES_BY_YEAR.provincial_advantage) !== e.provincialAdvantage ||
  upTo2020(TITLES_BY_YEAR.municipal_cultivation) !== e.municipalCultivation ||
  upTo2020(CERTIFIED_BY_YEAR) !== PLAN_2020.certifiedEntities
) {
  throw new Error('the enterprise series does not reproduce the plan’s 2020 figures');
}

const id = (tag, n) => `${tag}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const BODIES = ['中知（北京）认证有限公司', '中规（北京）认证有限公司', '华鉴（广东）认证有限公司'];

/**
 * Enterprises, titles and certifications: each title goes to an enterprise of its own (so the
 * counts of distinct enterprises are the plan's), certifications first to titled enterprises.
 */
export function enterpriseBook(organisations) {
  const rnd = prng(29490);
  const pool = organisations.filter((o) => o.creditCode.startsWith('91'));
  let next = 0;
  const enterprises = [];
  const take = () => {
    const o = pool[next++];
    const row = { id: id('de70000b', next), name: o.name, credit_code: o.creditCode, industry: o.trade, region_code: o.district };
    enterprises.push(row);
    return row;
  };
  const titles = [];
  for (const [kind, byYear] of Object.entries(TITLES_BY_YEAR)) {
    for (const [y, n] of Object.entries(byYear)) {
      for (let k = 0; k < n; k++) {
        const ent = take();
        const level = kind.split('_')[0];
        titles.push({
          id: id('de70000c', titles.length + 1),
          enterprise_id: ent.id,
          kind,
          awarded_on: dayOf(rnd, Number(y), addDays(HORIZON, -1)),
          document_number: level === 'national' ? `国知办函运字〔${y}〕${100 + titles.length}号` : level === 'provincial' ? `粤市监知〔${y}〕${200 + titles.length}号` : `汕市监〔${y}〕${300 + titles.length}号`,
          region_code: ent.region_code,
        });
      }
    }
  }
  const certifications = [];
  const certEvents = [];
  let candidate = 0;
  for (const [y, n] of Object.entries(CERTIFIED_BY_YEAR)) {
    for (let k = 0; k < n; k++) {
      const ent = candidate < enterprises.length ? enterprises[candidate++] : take();
      const issued = dayOf(rnd, Number(y), addDays(HORIZON, -1));
      const validUntil = addDays(issued, 3 * 365);
      const cert = {
        id: id('de70000d', certifications.length + 1),
        enterprise_id: ent.id,
        certificate_number: `165IP${y.slice(2)}${String(1000 + certifications.length * 7).padStart(4, '0')}R0M`,
        certification_body: pick(rnd, BODIES),
        issued_on: issued,
        valid_until: validUntil,
        status: 'valid',
        region_code: ent.region_code,
      };
      certEvents.push({ certification_id: cert.id, seq: 1, action: 'issue', from_status: null, to_status: 'valid', effective_date: issued, valid_until: validUntil, region_code: ent.region_code });
      // Most renew at the end of the three-year term.
      const renewOn = addDays(validUntil, -30);
      if (renewOn <= HORIZON && rnd() < 0.8) {
        cert.valid_until = addDays(validUntil, 3 * 365);
        certEvents.push({ certification_id: cert.id, seq: 2, action: 'renew', from_status: 'valid', to_status: 'valid', effective_date: renewOn, valid_until: cert.valid_until, region_code: ent.region_code });
      }
      certifications.push(cert);
    }
  }
  return { enterprises, titles, certifications, certEvents };
}

const PREPARE = `
CREATE TEMP TABLE demo_pledged ON COMMIT DROP AS
SELECT p.id AS pledge_id, p.right_kind, CASE WHEN p.right_kind = 'patent' THEN regexp_replace(p.right_number, '^ZL', '') ELSE p.right_number END AS right_number,
       p.registration_date AS registered_on,
       (SELECT e.effective_date FROM utilization.pledge_events e WHERE e.pledge_id = p.id AND e.action = 'release') AS released_on,
       p.region_code
  FROM utilization.pledges p WHERE p.registration_date IS NOT NULL`;

const INSERT = {
  enterprises: `INSERT INTO creation.enterprises (id, credit_code, name, industry, region_code, created_by)
    SELECT id, credit_code, name, industry, region_code, $2::uuid FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, credit_code text, name text, industry text, region_code text)`,
  titles: `INSERT INTO creation.enterprise_titles (id, enterprise_id, kind, awarded_on, document_number, region_code, created_by)
    SELECT id, enterprise_id, kind, awarded_on, document_number, region_code, $2::uuid
      FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, enterprise_id uuid, kind text, awarded_on date, document_number text, region_code text)`,
  certifications: `INSERT INTO creation.ip_certifications (id, enterprise_id, certificate_number, certification_body, issued_on, valid_until, status, region_code, created_by)
    SELECT id, enterprise_id, certificate_number, certification_body, issued_on, valid_until, status, region_code, $2::uuid
      FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, enterprise_id uuid, certificate_number text, certification_body text, issued_on date, valid_until date, status text, region_code text)`,
  certEvents: `INSERT INTO creation.ip_certification_events (certification_id, seq, action, from_status, to_status, effective_date, valid_until, region_code, created_by)
    SELECT certification_id, seq, action, from_status, to_status, effective_date, valid_until, region_code, $2::uuid
      FROM jsonb_to_recordset($1::jsonb) AS x(certification_id uuid, seq int, action text, from_status text, to_status text, effective_date date, valid_until date, region_code text)`,
};

/** Awards to granted inventions, drawn in SQL: per level and year, distinct patents granted before the year. */
const AWARDS = `
INSERT INTO creation.patent_awards (patent_id, kind, level, year, grade, region_code, created_by)
SELECT p.id, 'patent_award', w.level, w.year,
       CASE w.level WHEN 'national' THEN CASE WHEN p.rank = 1 THEN 'gold' WHEN p.rank = 2 THEN 'silver' ELSE 'excellence' END
                    WHEN 'provincial' THEN CASE WHEN p.rank = 1 THEN 'gold' WHEN p.rank <= 3 THEN 'silver' ELSE 'excellence' END
                    ELSE CASE WHEN p.rank <= 2 THEN 'first' WHEN p.rank <= 6 THEN 'second' ELSE 'third' END END,
       p.region_code, $2::uuid
  FROM jsonb_to_recordset($1::jsonb) AS w(level text, year int, n int)
  CROSS JOIN LATERAL (
    SELECT c.id, c.region_code, row_number() OVER (ORDER BY hashint8extended(('x' || substr(c.id::text, 25))::bit(48)::bigint, w.year * 10 + length(w.level))) AS rank
      FROM creation.patents c
     WHERE c.patent_type = 'invention' AND c.grant_date < make_date(w.year, 1, 1) AND c.status IN ('granted', 'expired')
     ORDER BY rank LIMIT w.n
  ) p`;

/** About one valid invention in twenty-five has a family member granted abroad. */
const FAMILY = `
INSERT INTO creation.patent_family_members (patent_id, country, number, grant_date, region_code, created_by)
SELECT p.id, (ARRAY['US', 'EP', 'JP', 'KR', 'DE'])[1 + (h % 5)::int], (ARRAY['US', 'EP', 'JP', 'KR', 'DE'])[1 + (h % 5)::int] || (10000000 + h % 9000000)::text || 'B2',
       LEAST(p.grant_date + (400 + h % 700)::int, DATE '${HORIZON}'), p.region_code, $1::uuid
  FROM (SELECT c.*, abs(hashint8extended(('x' || substr(c.id::text, 25))::bit(48)::bigint, 77)) AS h FROM creation.patents c
         WHERE c.patent_type = 'invention' AND c.grant_date IS NOT NULL) p
 WHERE p.h % 25 = 0`;

const PLEDGED = `
INSERT INTO creation.pledged_rights (pledge_id, right_kind, right_number, registered_on, released_on, region_code)
SELECT pledge_id, right_kind, right_number, registered_on, released_on, region_code FROM demo_pledged`;

/**
 * The creation extension: 7 national demonstration and 34 national advantage enterprises, 12 and
 * 34 provincial, 164 municipal cultivation enterprises and 61 entities certified to GB/T 29490 by
 * 2020-12-31; the plan's 2016–2020 patent awards (26 national, 21 provincial, 82 municipal); family
 * members abroad; and the pledged rights utilization reports (as its events would have delivered).
 */
export const enterprisesPart = {
  name: 'creation.enterprises',
  schema: 'creation',
  service: 'creation',
  tables: ['enterprises', 'enterprise_titles', 'ip_certifications', 'patent_awards', 'patent_family_members', 'pledged_rights'],
  async prepare(client) {
    await client.query(PREPARE);
    await client.query('GRANT SELECT ON demo_pledged TO PUBLIC');
  },
  async seed(client, { actor, lookups }) {
    const book = enterpriseBook(lookups.organisations);
    let records = 0;
    const detail = {};
    for (const [name, rows] of Object.entries(book)) {
      const r = await client.query(INSERT[name], [JSON.stringify(rows), actor]);
      detail[name] = r.rowCount;
      records += r.rowCount;
    }
    const awards = [];
    for (const [level, byYear] of Object.entries(AWARDS_BY_YEAR)) for (const [year, n] of Object.entries(byYear)) awards.push({ level, year: Number(year), n });
    const a = await client.query(AWARDS, [JSON.stringify(awards), actor]);
    const f = await client.query(FAMILY, [actor]);
    const p = await client.query(PLEDGED);
    Object.assign(detail, { patentAwards: a.rowCount, familyMembers: f.rowCount, pledgedRights: p.rowCount });
    records += a.rowCount + f.rowCount + p.rowCount;
    return {
      records,
      detail,
      summary: `enterprises ${detail.enterprises} (${PLAN_2020.certifiedEntities} certified by 2020), titles ${detail.titles}, awards ${a.rowCount}`,
    };
  },
};
