import { Injectable } from '@nestjs/common';
import { hasModuleLevel, type TPage } from '@ipbureau/domain';
import { SUBSIDY_KIND_LABELS, type TEnterprise, type TEnterpriseDetail, type TPatent, type TSubsidyApplication, type TTrademark } from '@ipbureau/domain/creation';
import type { TCase } from '@ipbureau/domain/protection';
import {
  SECTION_PILLAR,
  type TAgency,
  type TOrganizationHit,
  type TOrganizationProfile,
  type TOrganizationSearchQuery,
  type TOrganizationSearchResult,
  type TOrganizationSection,
  type TProfileItem,
  type TProfileSection,
  type TSourceState,
} from '@ipbureau/domain/public-services';
import type { TInterestSubsidy, TPledge, TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';
import type { AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgenciesService } from '../agencies/agencies.service.js';
import { TrainingService } from '../training/training.service.js';
import { forbiddenReason, PillarClient, type PillarAnswer } from './pillar.client.js';

/** How many recent records a profile section lists. */
const RECENT = 5;
/** How the profile titles a financing subsidy, in the reader's language (Accept-Language). */
const FINANCING_SUBSIDY_WORDS = { zh: { interest: '贴息', premium: '保费补贴' }, en: { interest: 'Interest subsidy', premium: 'Premium subsidy' } } as const;
/** How many records each source is asked for when searching. */
const SEARCH_PAGE = 50;

interface Found {
  creditCode: string | null;
  name: string;
  district: string | null;
}

/** A section's records as read from its pillar, before they become a profile section. */
interface SectionData {
  total: number;
  recent: TProfileItem[];
  facts?: TProfileSection['facts'];
  /** The organization as this pillar names it. */
  found?: Found;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly pillars: PillarClient,
    private readonly agencies: AgenciesService,
    private readonly training: TrainingService,
  ) {}

  /** Organizations whose name or credit code contains `q`, across the pillars, merged by credit code. */
  async search(ctx: AuthenticatedContext, token: string, query: TOrganizationSearchQuery): Promise<TOrganizationSearchResult> {
    const q = query.q;
    const needle = q.toUpperCase();
    const matches = (name: string, code: string | null) => name.includes(q) || (code !== null && code.toUpperCase().includes(needle));
    const enc = encodeURIComponent(q);
    const list = <T>(pillar: 'creation' | 'utilization', path: string) => this.pillars.get<TPage<T>>(pillar, `${path}?q=${enc}&pageSize=${SEARCH_PAGE}`, token);

    const [enterprises, patents, trademarks, pledges, agencies] = await Promise.all([
      list<TEnterprise>('creation', '/enterprises'),
      list<TPatent>('creation', '/patents'),
      list<TTrademark>('creation', '/trademarks'),
      list<TPledge>('utilization', '/pledges'),
      this.localAgencies(ctx, q, SEARCH_PAGE),
    ]);
    const sources: TSourceState[] = [];
    const hits = new Map<string, TOrganizationHit>();
    const collect = <T>(section: TOrganizationSection, answer: PillarAnswer<TPage<T>>, found: (item: T) => Found) => {
      sources.push({ section, pillar: SECTION_PILLAR[section], state: answer.state, reason: answer.state === 'ok' ? null : answer.reason });
      if (answer.state !== 'ok') return;
      for (const item of answer.body.items) {
        const f = found(item);
        if (f.creditCode === null || !matches(f.name, f.creditCode)) continue;
        const code = f.creditCode.toUpperCase();
        const hit = hits.get(code) ?? { creditCode: code, name: f.name, district: f.district, foundIn: [] };
        if (!hit.foundIn.includes(section)) hit.foundIn.push(section);
        // The register of enterprises names it best; otherwise the first pillar to know it.
        if (section === 'enterprise') hit.name = f.name;
        hit.district ??= f.district;
        hits.set(code, hit);
      }
    };
    collect(`enterprise`, enterprises, (e) => ({ creditCode: e.creditCode, name: e.name, district: e.district }));
    collect('patents', patents, (p) => ({ creditCode: p.applicantCreditCode, name: p.applicantName, district: p.district }));
    collect('trademarks', trademarks, (t) => ({ creditCode: t.holderCreditCode, name: t.holderName, district: t.district }));
    collect('pledges', pledges, (p) => ({ creditCode: p.pledgorCreditCode, name: p.pledgorName, district: p.district }));
    collect('agencies', agencies, (a) => ({ creditCode: a.creditCode, name: a.name, district: a.district }));

    const ranked = [...hits.values()].sort(
      (a, b) =>
        Number(b.creditCode === needle) - Number(a.creditCode === needle) ||
        Number(b.name.startsWith(q)) - Number(a.name.startsWith(q)) ||
        b.foundIn.length - a.foundIn.length ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
    return { q, hits: ranked.slice(0, query.limit), sources, complete: sources.every((s) => s.state === 'ok') };
  }

  /** What each pillar holds about the organization with this credit code; a pillar that fails leaves only its sections marked. */
  async profile(ctx: AuthenticatedContext, token: string, creditCode: string): Promise<TOrganizationProfile> {
    const code = encodeURIComponent(creditCode);
    const page = <T>(pillar: 'creation' | 'utilization' | 'protection', path: string) => this.pillars.get<TPage<T>>(pillar, `${path}&pageSize=${RECENT}`, token);

    const sections = await Promise.all([
      this.section('enterprise', `/creation/enterprises`, this.enterprise(token, creditCode)),
      this.section(
        'patents',
        `/creation/patents`,
        page<TPatent>('creation', `/patents?applicantCreditCode=${code}`).then((a) =>
          mapPage(a, (p) => ({ id: p.id, reference: p.applicationNumber, title: p.title, date: p.filingDate, status: p.status, link: `/creation/patents/${p.id}` }), (p) => ({ creditCode, name: p.applicantName, district: p.district })),
        ),
      ),
      this.section(
        'trademarks',
        `/creation/trademarks`,
        page<TTrademark>('creation', `/trademarks?holderCreditCode=${code}`).then((a) =>
          mapPage(
            a,
            (t) => ({ id: t.id, reference: t.registrationNumber, title: t.niceClasses.join('、'), date: t.registrationDate, status: t.status, link: `/creation/trademarks/${t.id}` }),
            (t) => ({ creditCode, name: t.holderName, district: t.district }),
          ),
        ),
      ),
      this.section(
        'pledges',
        `/utilization/pledges`,
        page<TPledge>('utilization', `/pledges?pledgorCreditCode=${code}`).then((a) =>
          mapPage(
            a,
            (p) => ({ id: p.id, reference: p.registrationNumber ?? p.rightNumber, title: `${p.rightNumber} · ${p.lenderName} · ¥${p.loanAmount}`, date: p.applicationDate, status: p.status, link: `/utilization/pledges/${p.id}` }),
            (p) => ({ creditCode, name: p.pledgorName, district: p.district }),
          ),
        ),
      ),
      this.section(
        'cases',
        `/protection/cases`,
        page<TCase>('protection', `/cases?partyCreditCode=${code}`).then((a) =>
          mapPage(a, (c) => ({ id: c.id, reference: c.caseNumber, title: c.title, date: c.registeredDate, status: c.status, link: `/protection/cases/${c.id}` })),
        ),
      ),
      this.section(
        'agencies',
        `/public-services/agencies`,
        this.localAgencies(ctx, creditCode, RECENT).then((a) =>
          mapPage(
            a,
            (g) => ({ id: g.id, reference: g.licenceNumber ?? g.creditCode, title: g.name, date: g.establishedDate, status: g.status, link: `/public-services/agencies/${g.id}` }),
            (g) => ({ creditCode, name: g.name, district: g.district }),
            (g) => g.creditCode === creditCode,
          ),
        ),
      ),
      this.section(
        'patentSubsidies',
        `/creation/subsidies`,
        page<TSubsidyApplication>('creation', `/subsidies?creditCode=${code}`).then((a) =>
          mapPage(
            a,
            (x) => ({ id: x.id, reference: x.applicationNumber, title: `${SUBSIDY_KIND_LABELS[x.kind][ctx.locale === 'en' ? 'en' : 'zh']} · ¥${x.amount}`, date: x.applicationDate, status: x.status, link: `/creation/subsidies/${x.id}` }),
            (x) => ({ creditCode, name: x.entityName, district: x.district }),
          ),
        ),
      ),
      this.section('financingSubsidies', `/utilization/interest-subsidies`, this.financingSubsidies(ctx, token, code)),
      this.section('training', `/public-services/training`, this.trainingRegistrations(ctx, creditCode)),
    ]);
    // The register of enterprises names it best, then the agency register, then whoever knows it.
    const order: TOrganizationSection[] = ['enterprise', 'agencies', 'patents', 'trademarks', 'pledges', 'patentSubsidies', 'financingSubsidies', 'training'];
    const named = order.map((key) => sections.find((s) => s.section.section === key)?.found).find((f) => f !== undefined);
    return {
      creditCode,
      name: named?.name ?? null,
      district: named?.district ?? null,
      sections: sections.map((s) => s.section),
      complete: sections.every((s) => s.section.state === 'ok'),
      generatedAt: new Date().toISOString(),
    };
  }

  private async section(key: TOrganizationSection, listLink: string, data: Promise<PillarAnswer<SectionData>>): Promise<{ section: TProfileSection; found?: Found }> {
    const answer = await data;
    const base = { section: key, pillar: SECTION_PILLAR[key], listLink };
    if (answer.state !== 'ok') return { section: { ...base, state: answer.state, reason: answer.reason, total: 0, recent: [], facts: {} } };
    const { total, recent, facts, found } = answer.body;
    return { section: { ...base, state: 'ok', reason: null, total, recent, facts: facts ?? {} }, found };
  }

  /** The enterprise register entry (creation): its titles and GB/T 29490 certificates. */
  private async enterprise(token: string, creditCode: string): Promise<PillarAnswer<SectionData>> {
    const listed = await this.pillars.get<TPage<TEnterprise>>('creation', `/enterprises?creditCode=${encodeURIComponent(creditCode)}&pageSize=1`, token);
    if (listed.state !== 'ok') return listed;
    const entry = listed.body.items.find((e) => e.creditCode.toUpperCase() === creditCode);
    if (!entry) return { state: 'ok', body: { total: 0, recent: [] } };
    const detail = await this.pillars.get<TEnterpriseDetail>('creation', `/enterprises/${entry.id}`, token);
    if (detail.state !== 'ok') return detail;
    const e = detail.body;
    return {
      state: 'ok',
      body: {
        total: 1,
        recent: [{ id: e.id, reference: e.creditCode, title: e.name, date: null, status: e.currentTitles.join(',') || 'registered', link: `/creation/enterprises/${e.id}` }],
        facts: {
          industry: e.industry ?? '',
          currentTitles: e.currentTitles,
          validCertificates: e.certifications.filter((c) => c.status === 'valid').length,
        },
        found: { creditCode, name: e.name, district: e.district },
      },
    };
  }

  /** Interest subsidies of its pledge loans and premium subsidies of its IP insurance, both from utilization, newest first. */
  private async financingSubsidies(ctx: AuthenticatedContext, token: string, code: string): Promise<PillarAnswer<SectionData>> {
    const words = FINANCING_SUBSIDY_WORDS[ctx.locale === 'en' ? 'en' : 'zh'];
    const [interest, premium] = await Promise.all([
      this.pillars.get<TPage<TInterestSubsidy>>('utilization', `/interest-subsidies?enterpriseCreditCode=${code}&pageSize=${RECENT}`, token),
      this.pillars.get<TPage<TPremiumSubsidyPayment>>('utilization', `/premium-subsidy-payments?insuredCreditCode=${code}&pageSize=${RECENT}`, token),
    ]);
    if (interest.state !== 'ok') return interest;
    if (premium.state !== 'ok') return premium;
    const items: TProfileItem[] = [
      ...interest.body.items.map((x) => ({ id: x.id, reference: x.lenderName, title: `${words.interest} · ¥${x.amount}`, date: x.applicationDate, status: x.status, link: `/utilization/interest-subsidies/${x.id}` })),
      ...premium.body.items.map((x) => ({ id: x.id, reference: x.policyNumber, title: `${words.premium} · ¥${x.amount}`, date: x.applicationDate, status: x.status, link: `/utilization/premium-subsidy-payments/${x.id}` })),
    ].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const first = interest.body.items[0] ?? null;
    const insured = premium.body.items[0] ?? null;
    const found = first ? { name: first.enterpriseName, district: first.district } : insured ? { name: insured.insuredName, district: insured.district } : null;
    return {
      state: 'ok',
      body: {
        total: interest.body.total + premium.body.total,
        recent: items.slice(0, RECENT),
        facts: { interestSubsidies: interest.body.total, premiumSubsidies: premium.body.total },
        found: found ? { creditCode: decodeURIComponent(code), ...found } : undefined,
      },
    };
  }

  /** Its people's registrations for training events, read in-process under the registrations route's rule (public-services viewer). */
  private async trainingRegistrations(ctx: AuthenticatedContext, creditCode: string): Promise<PillarAnswer<SectionData>> {
    if (!hasModuleLevel(ctx.principal.roles, 'public-services', 'viewer')) return { state: 'forbidden', reason: forbiddenReason('public-services') };
    const [listed, attended] = await Promise.all([
      this.training.listRegistrations(ctx, { creditCode, page: 1, pageSize: RECENT }),
      this.training.listRegistrations(ctx, { creditCode, attended: 'true', page: 1, pageSize: 1 }),
    ]);
    const first = listed.items[0];
    return {
      state: 'ok',
      body: {
        total: listed.total,
        recent: listed.items.map((r) => ({ id: r.id, reference: r.personName, title: r.eventTopic, date: r.eventDate, status: r.attendedOn ? 'attended' : 'registered', link: `/public-services/training/${r.eventId}` })),
        facts: { attended: attended.total },
        found: first ? { creditCode, name: first.organizationName, district: first.district } : undefined,
      },
    };
  }

  /** This pillar's own agency register, read in-process under the same rule its route has (public-services viewer). */
  private async localAgencies(ctx: AuthenticatedContext, q: string, pageSize: number): Promise<PillarAnswer<TPage<TAgency>>> {
    if (!hasModuleLevel(ctx.principal.roles, 'public-services', 'viewer')) return { state: 'forbidden', reason: forbiddenReason('public-services') };
    return { state: 'ok', body: await this.agencies.list(ctx, { q, page: 1, pageSize }) };
  }
}

function mapPage<T>(answer: PillarAnswer<TPage<T>>, item: (row: T) => TProfileItem, found?: (row: T) => Found, keep: (row: T) => boolean = () => true): PillarAnswer<SectionData> {
  if (answer.state !== 'ok') return answer;
  const rows = answer.body.items.filter(keep);
  const first = rows[0];
  return {
    state: 'ok',
    body: {
      // A filter applied here (exact credit code among partial matches) bounds the total by the page.
      total: rows.length === answer.body.items.length ? answer.body.total : rows.length,
      recent: rows.map(item),
      found: first !== undefined && found ? found(first) : undefined,
    },
  };
}
