import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInChina } from '@ipbureau/domain';
import {
  AWARD_GRADE_LABELS,
  AWARD_LEVEL_LABELS,
  PATENT_AWARD_KIND_LABELS,
  STRATEGIC_INDUSTRIES,
  type THighValueCriterionResult,
  type THighValueEvaluation,
  type TPatentAwardCreate,
  type TPatentDetail,
  type TPatentFamilyMemberCreate,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { fieldError } from '../lifecycle/lifecycle.rules.js';
import { mapAward, mapFamilyMember } from '../patents/patents.mapper.js';
import { PatentsService } from '../patents/patents.service.js';
import { AWARD_FROM, FAMILY_ABROAD_FROM, INVENTION_TYPES, MAINTAINED_10_YEARS, PATENT_STATUS_AS_OF, PLEDGED_FROM, STRATEGIC_INDUSTRY_FROM } from './high-value.sql.js';
import { PatentAwardEntity, PatentFamilyMemberEntity } from './patent-facts.entity.js';

type Localized = { 'zh-CN': string; en: string };
const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const industryName = (code: string) => STRATEGIC_INDUSTRIES.find((i) => i.code === code) ?? { zh: code, en: code };

/**
 * The facts the high-value rule reads that are kept on the patent (family members abroad,
 * awards), and the evaluation of the rule for one patent on a date, with the reasons.
 */
@Injectable()
export class HighValueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly patents: PatentsService,
  ) {}

  async addFamilyMember(ctx: AuthenticatedContext, patentId: string, input: TPatentFamilyMemberCreate): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.patents.findInScope(em, ctx, patentId, true);
      if (input.grantDate !== null && input.grantDate > todayInChina()) throw fieldError(ctx.locale, 'grantDate', '授权日期不能晚于今天', 'The grant date must not be in the future');
      const members = em.getRepository(PatentFamilyMemberEntity);
      if (await members.existsBy({ patentId, country: input.country, number: input.number })) {
        throw conflict(text(`同族专利 ${input.country} ${input.number} 已登记`, `Family member ${input.country} ${input.number} is already recorded`));
      }
      const saved = await members.save(members.create({ patentId, ...input, regionCode: patent.regionCode, createdBy: ctx.principal.sub }));
      await this.audit.record(em, ctx, { entity: 'patent_family_member', entityId: saved.id, action: 'create', after: { patentId, ...mapFamilyMember(saved) }, regionCode: patent.regionCode });
      return this.patents.detail(em, patent);
    });
  }

  async removeFamilyMember(ctx: AuthenticatedContext, patentId: string, memberId: string): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.patents.findInScope(em, ctx, patentId, true);
      const members = em.getRepository(PatentFamilyMemberEntity);
      const member = await members.findOneBy({ id: memberId, patentId });
      if (!member) throw notFound('同族专利', 'Family member');
      await members.delete({ id: memberId });
      await this.audit.record(em, ctx, { entity: 'patent_family_member', entityId: memberId, action: 'delete', before: { patentId, ...mapFamilyMember(member) }, regionCode: patent.regionCode });
      return this.patents.detail(em, patent);
    });
  }

  async addAward(ctx: AuthenticatedContext, patentId: string, input: TPatentAwardCreate): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.patents.findInScope(em, ctx, patentId, true);
      if (String(input.year) > todayInChina().slice(0, 4)) throw fieldError(ctx.locale, 'year', '获奖年份不能晚于今年', 'The award year must not be in the future');
      const awards = em.getRepository(PatentAwardEntity);
      if (await awards.existsBy({ patentId, kind: input.kind, level: input.level, year: input.year })) {
        throw conflict(text(`该专利 ${input.year} 年的${AWARD_LEVEL_LABELS[input.level].zh}${PATENT_AWARD_KIND_LABELS[input.kind].zh}已登记`, `This ${input.year} ${input.level} ${input.kind} is already recorded`));
      }
      const saved = await awards.save(awards.create({ patentId, ...input, regionCode: patent.regionCode, createdBy: ctx.principal.sub }));
      await this.audit.record(em, ctx, { entity: 'patent_award', entityId: saved.id, action: 'create', after: { patentId, ...mapAward(saved) }, regionCode: patent.regionCode });
      return this.patents.detail(em, patent);
    });
  }

  async removeAward(ctx: AuthenticatedContext, patentId: string, awardId: string): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.patents.findInScope(em, ctx, patentId, true);
      const awards = em.getRepository(PatentAwardEntity);
      const award = await awards.findOneBy({ id: awardId, patentId });
      if (!award) throw notFound('获奖记录', 'Award');
      await awards.delete({ id: awardId });
      await this.audit.record(em, ctx, { entity: 'patent_award', entityId: awardId, action: 'delete', before: { patentId, ...mapAward(award) }, regionCode: patent.regionCode });
      return this.patents.detail(em, patent);
    });
  }

  /** The rule for one patent on `asOf` (today if left out): every criterion with its reason and evidence. */
  async evaluate(ctx: AuthenticatedContext, patentId: string, asOfInput?: string): Promise<THighValueEvaluation> {
    const asOf = asOfInput ?? todayInChina();
    const em = this.dataSource.manager;
    const patent = await this.patents.findInScope(em, ctx, patentId);
    const q = async <R>(sql: string, params: unknown[]) => (await em.query(sql, params)) as R[];

    const [facts] = await q<{ status: string | null; invention: boolean; maintained: boolean; years: number }>(
      `SELECT ${PATENT_STATUS_AS_OF} AS status, ${INVENTION_TYPES} AS invention, ${MAINTAINED_10_YEARS} AS maintained,
              extract(year FROM age($1::date, p.filing_date))::int AS years
         FROM patents p WHERE p.id = $2`,
      [asOf, patentId],
    );
    if (!facts) throw notFound('专利', 'Patent');
    const valid = facts.status === 'granted';
    const eligible = valid && facts.invention;
    const eligibility = !facts.invention
      ? t('高价值发明专利只统计发明专利（含PCT发明）', 'Only invention patents (PCT inventions included) can be high-value')
      : valid
        ? t(`${asOf} 该发明专利有效`, `The invention patent is in force on ${asOf}`)
        : t(`${asOf} 该专利不处于有效状态`, `The patent is not in force on ${asOf}`);

    const industries = await q<{ symbol: string; ipc_prefix: string; industry_code: string; subcategory: string | null }>(
      `SELECT x.symbol, x.ipc_prefix, x.industry_code, x.subcategory FROM patents p
         CROSS JOIN LATERAL (SELECT s.symbol, m.ipc_prefix, m.industry_code, m.subcategory ${STRATEGIC_INDUSTRY_FROM}) x
        WHERE p.id = $1 ORDER BY x.symbol, x.ipc_prefix`,
      [patentId],
    );
    const family = await q<{ country: string; number: string; grant_date: string }>(
      `SELECT x.country, x.number, x.grant_date FROM patents p
         CROSS JOIN LATERAL (SELECT f.country, f.number, f.grant_date::text AS grant_date ${FAMILY_ABROAD_FROM}) x
        WHERE p.id = $2 ORDER BY x.grant_date, x.country`,
      [asOf, patentId],
    );
    const pledges = await q<{ pledge_id: string; registered_on: string; released_on: string | null }>(
      `SELECT x.* FROM patents p
         CROSS JOIN LATERAL (SELECT r.pledge_id, r.registered_on::text AS registered_on, r.released_on::text AS released_on ${PLEDGED_FROM}) x
        WHERE p.id = $2 ORDER BY x.registered_on`,
      [asOf, patentId],
    );
    const awards = await q<{ kind: 'patent_award' | 'sci_tech_award'; level: 'national'; year: number; grade: keyof typeof AWARD_GRADE_LABELS }>(
      `SELECT x.* FROM patents p
         CROSS JOIN LATERAL (SELECT a.kind, a.level, a.year, a.grade ${AWARD_FROM}) x
        WHERE p.id = $2 ORDER BY x.year`,
      [asOf, patentId],
    );

    const criteria: THighValueCriterionResult[] = [
      {
        code: 'strategic_industry',
        held: industries.length > 0,
        reason: industries.length
          ? t(
              industries.map((i) => `${i.symbol} 属于「${industryName(i.industry_code).zh}」（映射前缀 ${i.ipc_prefix}）`).join('；'),
              industries.map((i) => `${i.symbol} falls under ${industryName(i.industry_code).en} (mapped prefix ${i.ipc_prefix})`).join('; '),
            )
          : patent.ipcSymbols.length
            ? t(`IPC分类号 ${patent.ipcSymbols.join('、')} 均未映射到战略性新兴产业`, `None of the IPC symbols ${patent.ipcSymbols.join(', ')} maps to a strategic emerging industry`)
            : t('未登记IPC分类号', 'No IPC symbols recorded'),
        evidence: industries.map((i) => ({ ipcSymbol: i.symbol, ipcPrefix: i.ipc_prefix, industryCode: i.industry_code, industryName: industryName(i.industry_code).zh, subcategory: i.subcategory })),
      },
      {
        code: 'family_abroad',
        held: family.length > 0,
        reason: family.length
          ? t(`同族专利已在境外授权：${family.map((f) => `${f.country} ${f.number}（${f.grant_date}）`).join('、')}`, `Family members granted abroad: ${family.map((f) => `${f.country} ${f.number} (${f.grant_date})`).join(', ')}`)
          : t(`截至 ${asOf} 无境外授权的同族专利`, `No family member granted abroad by ${asOf}`),
        evidence: family.map((f) => ({ country: f.country, number: f.number, grantDate: f.grant_date })),
      },
      {
        code: 'maintained_10_years',
        held: valid && facts.maintained,
        reason:
          valid && facts.maintained
            ? t(`自申请日 ${patent.filingDate} 起维持有效已超过10年`, `In force more than 10 years since its filing date ${patent.filingDate}`)
            : valid
              ? t(`自申请日 ${patent.filingDate} 起未满10年（${facts.years} 年）`, `Less than 10 years since its filing date ${patent.filingDate} (${facts.years} years)`)
              : t(`${asOf} 不处于有效状态，不计维持年限`, `Not in force on ${asOf}, so not maintained`),
        evidence: [{ filingDate: patent.filingDate, years: facts.years }],
      },
      {
        code: 'pledged',
        held: pledges.length > 0,
        reason: pledges.length
          ? t(`${asOf} 处于质押状态（自 ${pledges.map((p) => p.registered_on).join('、')} 起质押登记）`, `Pledged on ${asOf} (registered on ${pledges.map((p) => p.registered_on).join(', ')})`)
          : t(`${asOf} 未处于质押状态`, `Not pledged on ${asOf}`),
        evidence: pledges.map((p) => ({ pledgeId: p.pledge_id, registeredOn: p.registered_on, releasedOn: p.released_on })),
      },
      {
        code: 'award',
        held: awards.length > 0,
        reason: awards.length
          ? t(
              awards.map((a) => `${a.year} 年${a.kind === 'patent_award' ? '中国专利奖' : '国家科学技术奖'}${AWARD_GRADE_LABELS[a.grade].zh}`).join('、'),
              awards.map((a) => `${a.kind === 'patent_award' ? 'China Patent Award' : 'National S&T award'} ${a.year}, ${AWARD_GRADE_LABELS[a.grade].en}`).join(', '),
            )
          : t('未获得国家科学技术奖或中国专利奖', 'No national S&T award or China Patent Award'),
        evidence: awards.map((a) => ({ kind: a.kind, level: a.level, year: a.year, grade: a.grade })),
      },
    ];
    return { patentId, asOf, eligible, eligibility, highValue: eligible && criteria.some((c) => c.held), criteria };
  }
}
