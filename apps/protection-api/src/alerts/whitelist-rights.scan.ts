import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';

interface Hit {
  source: 'adjudication' | 'rights_determination' | 'case';
  recordId: string;
  recordNumber: string;
  subject: string;
  counterparty: string;
  receivedDate: string;
  whitelistId: string;
  rightNumber: string;
  rightName: string;
  ownerName: string;
  regionCode: string;
  departmentId: string | null;
  createdBy: string;
}

// Where each record is shown in the web app (packages/protection-web's routes).
const LINKS: Record<Hit['source'], (id: string) => string> = {
  adjudication: (id) => `/protection/adjudication/${id}`,
  rights_determination: (id) => `/protection/rapid-protection/${id}`,
  case: (id) => `/protection/cases/${id}`,
};

const WHAT: Record<Hit['source'], { zh: string; en: string }> = {
  adjudication: { zh: '行政裁决/调解请求', en: 'an adjudication or mediation request' },
  rights_determination: { zh: '快速确权请求', en: 'a rapid rights-determination request' },
  case: { zh: '行政执法案件', en: 'an enforcement case' },
};

/**
 * Whitelist early warning 白名单预警: a matter of this pillar that involves a right on the whitelist,
 * valid on the day the matter was received, is told to the whitelist entry's owner officers (the
 * officer who added the right and the protection officers of its department). The records that
 * name a right here are the adjudication and mediation requests (the patent in dispute), the
 * rapid rights-determination requests (the patent whose validity is challenged) and the
 * enforcement cases by the rights they involve (patent, mark, GI or copyright, stored as the
 * whitelist stores them), as of their registration date. Each (right, matter) pair is raised once:
 * the pairs raised are kept (whitelist_warnings_raised) in the scan's transaction, with the alerts.
 */
@Injectable()
export class WhitelistRightsScan implements AlertScan {
  readonly name = 'whitelist-rights';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const hits = (await em.query(
      `WITH matters AS (
         SELECT 'adjudication' AS source, a.id, a.request_number AS number, a.subject, a.respondent_name AS counterparty, a.received_date AS received,
                'patent' AS right_kind, a.patent_number AS right_number
           FROM adjudication_requests a WHERE a.patent_number IS NOT NULL
         UNION ALL
         SELECT 'rights_determination', r.id, r.application_number, r.title, r.enterprise_name, r.submitted_date, 'patent', 'ZL' || r.application_number
           FROM rapid_requests r WHERE r.kind = 'rights_determination'
         UNION ALL
         SELECT DISTINCT 'case', c.id, c.case_number, c.title,
                COALESCE((SELECT string_agg(p.name, '、' ORDER BY p.position) FROM case_parties p WHERE p.case_id = c.id AND p.role = 'respondent'), ''),
                c.registered_date, cr.kind, cr.number
           FROM cases c JOIN case_rights cr ON cr.case_id = c.id
          WHERE cr.kind IN ('patent', 'trademark', 'geographical_indication', 'copyright')
       )
       SELECT m.source, m.id AS "recordId", m.number AS "recordNumber", m.subject, m.counterparty, to_char(m.received, 'YYYY-MM-DD') AS "receivedDate",
              w.id AS "whitelistId", w.right_number AS "rightNumber", w.right_name AS "rightName", w.owner_name AS "ownerName",
              w.region_code AS "regionCode", w.department_id AS "departmentId", w.created_by AS "createdBy"
         FROM matters m JOIN whitelist_rights w ON w.right_kind = m.right_kind AND w.right_number = m.right_number
        WHERE m.received <= $1::date AND w.valid_from <= m.received AND (w.valid_to IS NULL OR w.valid_to >= m.received)
          AND NOT EXISTS (SELECT 1 FROM whitelist_warnings_raised r WHERE r.whitelist_id = w.id AND r.record_id = m.id)
        ORDER BY m.received, m.id`,
      [today],
    )) as Hit[];
    if (hits.length > 0) {
      await em.query(
        `INSERT INTO whitelist_warnings_raised (whitelist_id, record_id, source, raised_on, region_code)
         SELECT x.whitelist_id, x.record_id, x.source, $2::date, x.region_code FROM jsonb_to_recordset($1::jsonb) AS x(whitelist_id uuid, record_id uuid, source text, region_code text)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(hits.map((h) => ({ whitelist_id: h.whitelistId, record_id: h.recordId, source: h.source, region_code: h.regionCode }))), today],
      );
    }
    return hits.map((h) => {
      const what = WHAT[h.source];
      return {
        regionCode: h.regionCode,
        alert: {
          key: `whitelist.involved:${h.whitelistId}:${h.recordId}`,
          kind: 'whitelist.right_involved',
          severity: 'warning',
          title: { 'zh-CN': `白名单权利 ${h.rightNumber} 涉及${what.zh}`, en: `Whitelisted right ${h.rightNumber} is involved in ${what.en}` },
          body: {
            'zh-CN': `${h.ownerName}的「${h.rightName}」：${h.recordNumber} ${h.subject}（${h.counterparty}），${h.receivedDate} ${h.source === 'case' ? '立案' : '收到'}`,
            en: `${h.ownerName}'s "${h.rightName}": ${h.recordNumber} ${h.subject} (${h.counterparty}), ${h.source === 'case' ? 'registered' : 'received'} ${h.receivedDate}`,
          },
          link: LINKS[h.source](h.recordId),
          dueDate: null,
          audience: { module: 'protection', level: 'officer', departmentId: h.departmentId, userIds: [h.createdBy] },
        },
      };
    });
  }
}
