// Protection pillar, the services around the cases: reports and rewards 举报奖励, exhibitions with
// their complaints, e-commerce complaints, the rapid protection centre (registered enterprises,
// pre-examination and rights-determination requests), the rights-protection workstations with
// their assistance, and overseas disputes. Decided in JS from a seeded PRNG, one statement a table.
import { isWithinDivision } from '@ipbureau/domain';
import { addWorkingDays, calendarFor, computeReward, NATIONWIDE } from '@ipbureau/domain/protection';
import { HORIZON } from '../figures.js';
import { applicationNumber, demoId, residentId } from '../identifiers.js';
import { DISTRICTS, personName } from '../names.js';
import { addDays, dayOf, intBetween, pick, prng, weighted } from '../random.js';
import { insertRows, timeline } from './rows.js';

const ACTOR_NAME = '示例数据';
const TAGS = {
  report: 'de700010',
  reportEvent: 'de700011',
  exhibition: 'de700012',
  exhibitionComplaint: 'de700013',
  ecommerce: 'de700014',
  rapidEntity: 'de700015',
  rapidRequest: 'de700016',
  rapidEvent: 'de700017',
  workstation: 'de700018',
  assistance: 'de700019',
  overseas: 'de70001a',
  overseasEvent: 'de70001b',
};

/** The officers the demo's reports are assigned to (ids no user has: the reporters stay masked for everyone). */
const OFFICERS = [
  { id: '00000000-0000-4000-8000-00000000de71', name: '陈志强' },
  { id: '00000000-0000-4000-8000-00000000de72', name: '林晓燕' },
  { id: '00000000-0000-4000-8000-00000000de73', name: '黄俊鹏' },
];

const RIGHT_OF_CASE = { trademark_infringement: 'trademark', patent_dispute: 'patent', counterfeit_patent: 'patent', gi_misuse: 'geographical_indication' };
const NOT_VERIFIED = ['经现场核查，未发现举报所称违法行为', '举报线索不具体，无法核实', '被举报商品为正品，有合法授权'];
const step = (action, fromStatus, toStatus, date) => ({ action, from_status: fromStatus, to_status: toStatus, effective_date: date });

function mobile(rnd) {
  return `1${pick(rnd, ['3', '5', '8', '9'])}${String(intBetween(rnd, 0, 999_999_999)).padStart(9, '0')}`;
}

/**
 * Reports: one led to each of part of the cases registered from 2019 from a report (received a few
 * days before the case), rewarded by the rule in force on the day received (as protection-api keeps
 * them, latest first) once the case was punished with a fine; and reports that could not be verified.
 */
export function reportBook(cases, rules) {
  const ruleFor = (received) => rules.find((rule) => rule.effective_from <= received);
  const rnd = prng(12_345);
  const reports = [];
  const events = [];
  const add = (r, steps) => {
    r.status = steps[steps.length - 1].to_status;
    r.status_date = steps[steps.length - 1].effective_date;
    r.version = steps.length;
    reports.push(r);
    steps.forEach((s, i) => events.push({ id: demoId(TAGS.reportEvent, events.length + 1), report_id: r.id, details: {}, amount: null, ...s, recorded_at: `${s.effective_date}T10:00:00+08:00`, seq: i, region_code: r.region_code }));
  };
  const reporter = (district) => {
    const birth = addDays('1960-01-01', intBetween(rnd, 0, 14_600));
    return { reporter_name: personName(rnd), reporter_phone: mobile(rnd), reporter_id_number: residentId(district, birth, intBetween(rnd, 1, 999)) };
  };
  for (const c of cases) {
    if (!RIGHT_OF_CASE[c.kind] || rnd() > 0.45) continue;
    const id = demoId(TAGS.report, reports.length + 1);
    const received = addDays(c.registered_date, -intBetween(rnd, 1, 10));
    const officer = pick(rnd, OFFICERS);
    const r = {
      id,
      ...reporter(c.region_code),
      subject: `举报${c.title.replace(/^涉嫌/, '').replace(/案$/, '')}线索`,
      right_kind: RIGHT_OF_CASE[c.kind],
      received_date: received,
      handling_officer_id: officer.id,
      handling_officer_name: officer.name,
      case_id: c.id,
      not_verified_reason: null,
      reward_basis: null,
      reward_amount: null,
      reward_rule: null,
      paid_date: null,
      region_code: c.region_code,
    };
    const t = timeline(HORIZON, step('receive', null, 'received', received));
    t.step('verify', 'verified', c.registered_date, { details: { caseNumber: c.case_number } });
    const fined = c.outcome === 'punished' && c.fine_amount !== null && Number(c.fine_amount) > 0 && c.decided !== null;
    const rule = ruleFor(received);
    if (fined && rule) {
      const amount = computeReward(c.fine_amount, rule);
      const proposed = addDays(c.decided, intBetween(rnd, 5, 20));
      if (t.step('propose_reward', 'reward_proposed', proposed, { details: { basis: c.fine_amount, rule: rule.code }, amount })) {
        Object.assign(r, { reward_basis: c.fine_amount, reward_amount: amount, reward_rule: rule.code });
        const approved = addDays(proposed, intBetween(rnd, 3, 10));
        if (t.step('approve_reward', 'reward_approved', approved, { amount })) {
          const paid = addDays(approved, intBetween(rnd, 5, 20));
          if (t.step('pay', 'paid', paid, { amount })) r.paid_date = paid;
        }
      }
    }
    add(r, t.steps);
  }
  // Reports that led nowhere, and a few still being verified at the horizon.
  for (let year = 2019; year <= 2026; year++) {
    for (let k = 0; k < 8; k++) {
      const district = weighted(rnd, DISTRICTS, (d) => d.weight).code;
      const received = dayOf(rnd, year, addDays(HORIZON, -1));
      const officer = pick(rnd, OFFICERS);
      const rightKind = pick(rnd, ['trademark', 'trademark', 'patent', 'copyright']);
      const r = {
        id: demoId(TAGS.report, reports.length + 1),
        ...reporter(district),
        subject: rightKind === 'patent' ? '举报某商铺销售标注他人专利号的产品' : rightKind === 'copyright' ? '举报某网店销售盗版图书' : '举报某商户销售假冒品牌玩具',
        right_kind: rightKind,
        received_date: received,
        handling_officer_id: officer.id,
        handling_officer_name: officer.name,
        case_id: null,
        not_verified_reason: null,
        reward_basis: null,
        reward_amount: null,
        reward_rule: null,
        paid_date: null,
        region_code: district,
      };
      const t = timeline(HORIZON, step('receive', null, 'received', received));
      const reason = pick(rnd, NOT_VERIFIED);
      if (t.step('reject', 'not_verified', addDays(received, intBetween(rnd, 5, 25)), { details: { reason } })) r.not_verified_reason = reason;
      add(r, t.steps);
    }
  }
  return { reports, events };
}

const EXHIBITIONS = [
  { name: '中国（汕头）国际玩具礼品博览会', venue: '汕头国际会展中心', month: 4, days: 4, district: '440515', station: '展会知识产权保护工作站（澄海）' },
  { name: '汕头国际纺织服装博览会', venue: '汕头国际会展中心', month: 9, days: 3, district: '440507', station: '展会知识产权保护工作站（龙湖）' },
  { name: '潮汕特色食品博览会', venue: '汕头市会展中心', month: 11, days: 3, district: '440511', station: '展会知识产权保护工作站（金平）' },
];
const EXHIBITORS = ['星宏玩具商行', '骏达塑胶玩具厂', '美佳内衣经营部', '鑫源食品商行', '华泰工艺品店', '凯乐电子玩具厂', '锦东纺织品经营部'];

/** Exhibitions 2019–2026 (none in 2020) with complaints handled during each. */
export function exhibitionBook(orgs) {
  const rnd = prng(2019);
  const exhibitions = [];
  const complaints = [];
  for (let year = 2019; year <= 2026; year++) {
    if (year === 2020) continue;
    for (const e of EXHIBITIONS) {
      const start = `${year}-${String(e.month).padStart(2, '0')}-${String(intBetween(rnd, 8, 22)).padStart(2, '0')}`;
      if (start > HORIZON) continue;
      const end = addDays(start, e.days - 1);
      const ex = { id: demoId(TAGS.exhibition, exhibitions.length + 1), name: `${year}${e.name}`, venue: e.venue, start_date: start, end_date: end, station_name: e.station, station_contact: `0754-8${intBetween(rnd, 1000000, 9999999)}`, region_code: e.district };
      exhibitions.push(ex);
      for (let k = intBetween(rnd, 3, 9); k > 0; k--) {
        const holder = pick(rnd, orgs);
        const received = addDays(start, intBetween(rnd, 0, e.days - 1));
        const rightKind = rnd() < 0.55 ? 'patent' : 'trademark';
        const outcome = rnd();
        const status = outcome < 0.25 ? 'withdrawn' : outcome < 0.45 ? 'not_established' : 'referred';
        complaints.push({
          id: demoId(TAGS.exhibitionComplaint, complaints.length + 1),
          exhibition_id: ex.id,
          complainant: holder.name,
          complainant_credit_code: holder.creditCode,
          exhibitor: `汕头市${pick(rnd, EXHIBITORS)}`,
          booth: `${pick(rnd, ['A', 'B', 'C', 'D'])}${intBetween(rnd, 1, 3)}-${String(intBetween(rnd, 1, 120)).padStart(3, '0')}`,
          right_kind: rightKind,
          right_number: rightKind === 'patent' ? `ZL${applicationNumber(year - intBetween(rnd, 1, 5), 'design', intBetween(rnd, 100000, 999999))}` : String(intBetween(rnd, 10_000_000, 69_999_999)),
          received_date: received,
          status,
          handled_date: addDays(received, intBetween(rnd, 0, 1)),
          note: status === 'referred' ? '移交执法机构立案查处' : status === 'withdrawn' ? '双方和解，投诉人撤回投诉' : '比对后不构成侵权',
          version: 2,
          region_code: e.district,
        });
      }
    }
  }
  return { exhibitions, complaints };
}

const PLATFORMS = [
  { platform: '淘宝', link: (n) => `https://item.taobao.com/item.htm?id=${n}` },
  { platform: '拼多多', link: (n) => `https://mobile.yangkeduo.com/goods.html?goods_id=${n}` },
  { platform: '京东', link: (n) => `https://item.jd.com/${n}.html` },
  { platform: '抖音电商', link: (n) => `https://haohuo.jinritemai.com/views/product/item2?id=${n}` },
  { platform: '1688', link: (n) => `https://detail.1688.com/offer/${n}.html` },
];

/** E-commerce complaints 2021 onward, most taken down within days. */
export function ecommerceBook(orgs) {
  const rnd = prng(1688);
  const rows = [];
  for (let year = 2021; year <= 2026; year++) {
    for (let k = year === 2026 ? 18 : 26; k > 0; k--) {
      const holder = pick(rnd, orgs);
      const p = pick(rnd, PLATFORMS);
      const received = dayOf(rnd, year, HORIZON);
      const rightKind = rnd() < 0.6 ? 'trademark' : 'patent';
      const handled = addDays(received, intBetween(rnd, 2, 20));
      const status = handled > HORIZON ? 'pending' : rnd() < 0.78 ? 'taken_down' : 'rejected';
      rows.push({
        id: demoId(TAGS.ecommerce, rows.length + 1),
        platform: p.platform,
        shop: `${pick(rnd, ['潮汕', '澄海', '汕头', '粤东'])}${pick(rnd, ['玩具', '内衣', '美妆', '食品'])}${pick(rnd, ['专营店', '优选店', '旗舰店', '工厂店'])}${intBetween(rnd, 1, 99)}`,
        link: p.link(intBetween(rnd, 100_000_000, 999_999_999)),
        complainant: holder.name,
        right_kind: rightKind,
        right_number: rightKind === 'patent' ? `ZL${applicationNumber(year - intBetween(rnd, 1, 6), 'design', intBetween(rnd, 100000, 999999))}` : String(intBetween(rnd, 10_000_000, 69_999_999)),
        received_date: received,
        status,
        outcome_date: status === 'pending' ? null : handled,
        note: status === 'taken_down' ? '平台已下架涉嫌侵权链接' : status === 'rejected' ? '平台认为证据不足，未予下架' : null,
        version: status === 'pending' ? 1 : 2,
        region_code: holder.district,
      });
    }
  }
  return rows;
}

/** The working-day calendar of a district as protection-api reads it (calendar/case-deadlines.ts calendarOf). */
function calendarOfDistrict(days, district) {
  return calendarFor(days, (region) => region === NATIONWIDE || isWithinDivision(district, region));
}

const RAPID_TITLES = {
  chemicals: ['一种改性聚丙烯材料及其制备方法', '一种可降解塑料组合物', '一种环保水性油墨', '一种印染助剂及其制备方法', '一种高阻隔包装薄膜'],
  machinery: ['一种玩具装盒机', '一种注塑机的合模装置', '一种凹版印刷机的张力控制装置', '一种自动包装机', '一种吹塑成型装置'],
};
const FAIL_REASONS = ['权利要求不清楚，保护范围不明确', '不属于保护中心服务的技术领域', '说明书公开不充分'];

/**
 * Enterprises registered with the rapid protection centre (chemicals and machinery makers) and
 * their requests, each due the service level in force on its submission (as protection-api keeps
 * them, latest first) in working days on its district's calendar.
 */
export function rapidBook(orgs, calendarDays, levels) {
  const levelFor = (kind, submitted) => levels.find((level) => level.kind === kind && level.effective_from <= submitted).working_days;
  const rnd = prng(440500);
  const fieldOf = (o) => (o.trade === '化工' ? 'chemicals' : o.trade === '轻工机械' || o.trade === '塑胶制品' ? 'machinery' : null);
  const candidates = orgs.filter((o) => fieldOf(o));
  const entities = [];
  const requests = [];
  const events = [];
  const calendars = new Map();
  const calendarOf = (district) => calendars.get(district) ?? calendars.set(district, calendarOfDistrict(calendarDays, district)).get(district);
  for (let k = 0; k < 40; k++) {
    const o = candidates[(k * 37) % candidates.length];
    if (entities.some((e) => e.credit_code === o.creditCode)) continue;
    entities.push({ id: demoId(TAGS.rapidEntity, entities.length + 1), credit_code: o.creditCode, name: o.name, registered_date: dayOf(rnd, intBetween(rnd, 2020, 2025)), region_code: o.district, field: fieldOf(o) });
  }
  for (const e of entities) {
    for (let n = intBetween(rnd, 1, 7); n > 0; n--) {
      const kind = rnd() < 0.82 ? 'pre_examination' : 'rights_determination';
      const submitted = addDays(e.registered_date, intBetween(rnd, 10, 1500));
      if (submitted > HORIZON) continue;
      const calendar = calendarOf(e.region_code);
      const sla = levelFor(kind, submitted);
      const due = addWorkingDays(submitted, sla, calendar);
      const patentType = rnd() < 0.6 ? 'invention' : 'utility_model';
      const filingYear = kind === 'pre_examination' ? Number(submitted.slice(0, 4)) : Number(submitted.slice(0, 4)) - intBetween(rnd, 1, 4);
      const r = {
        id: demoId(TAGS.rapidRequest, requests.length + 1),
        kind,
        application_number: applicationNumber(filingYear, patentType, intBetween(rnd, 1_000_000, 9_999_999)),
        patent_type: patentType,
        title: pick(rnd, RAPID_TITLES[e.field]),
        technical_field: e.field,
        entity_id: e.id,
        credit_code: e.credit_code,
        enterprise_name: e.name,
        submitted_date: submitted,
        sla_working_days: sla,
        due_date: due,
        accepted_date: null,
        decided_date: null,
        filed_date: null,
        reason: null,
        region_code: e.region_code,
      };
      const t = timeline(HORIZON, step('submit', null, 'submitted', submitted));
      const fate = rnd();
      if (fate < 0.04) {
        const reason = '申请人主动撤回';
        if (t.step('withdraw', 'withdrawn', addWorkingDays(submitted, 1, calendar), { reason })) r.reason = reason;
      } else {
        const accepted = addWorkingDays(submitted, 1, calendar);
        if (t.step('accept', 'accepted', accepted)) {
          r.accepted_date = accepted;
          // Most within the service level, a few late.
          const decided = addWorkingDays(accepted, fate < 0.1 ? sla + intBetween(rnd, 1, 4) : intBetween(rnd, 1, sla - 1), calendar);
          const passed = rnd() < 0.85;
          const reason = passed ? null : pick(rnd, FAIL_REASONS);
          if (t.step(passed ? 'pass' : 'fail', passed ? 'passed' : 'not_passed', decided, { reason })) {
            Object.assign(r, { decided_date: decided, reason });
            if (passed && kind === 'pre_examination') {
              const filed = addDays(decided, intBetween(rnd, 1, 10));
              if (t.step('file', 'filed', filed)) r.filed_date = filed;
            }
          }
        }
      }
      r.status = t.last.to_status;
      r.status_date = t.last.effective_date;
      r.version = t.steps.length;
      requests.push(r);
      t.steps.forEach((s, i) => events.push({ id: demoId(TAGS.rapidEvent, events.length + 1), request_id: r.id, reason: null, ...s, recorded_at: `${s.effective_date}T10:00:00+08:00`, seq: i, region_code: r.region_code }));
    }
  }
  for (const e of entities) delete e.field;
  return { entities, requests, events };
}

const WORKSTATIONS = [
  { name: '汕头市澄海区玩具行业知识产权维权工作站', host: '汕头市澄海区玩具协会', industry: 'toys', district: '440515', since: '2016-06-18' },
  { name: '汕头市潮南区纺织服装知识产权维权工作站', host: '汕头市潮南区纺织服装行业协会', industry: 'textiles', district: '440514', since: '2017-09-05' },
  { name: '汕头市金平区轻工机械知识产权维权工作站', host: '汕头市轻工机械行业协会', industry: 'machinery', district: '440511', since: '2018-04-26' },
  { name: '汕头市龙湖区电子商务知识产权维权工作站', host: '汕头市电子商务协会', industry: 'ecommerce', district: '440507', since: '2019-11-12' },
  { name: '汕头市潮阳区工艺品知识产权维权工作站', host: '汕头市潮阳区工艺美术行业协会', industry: 'crafts', district: '440513', since: '2021-03-30' },
  { name: '汕头市濠江区化工知识产权维权工作站', host: '汕头市化工行业协会', industry: 'chemicals', district: '440512', since: '2022-08-16', closed: '2025-06-30' },
];
const MATTERS = ['产品外观设计被仿冒，咨询维权途径', '收到境外平台侵权投诉，请求指导应诉', '商标被抢注，咨询异议及无效宣告程序', '展会上发现侵权产品，请求协助取证', '网店销售仿冒产品，请求协助投诉下架', '被诉专利侵权，请求协助进行技术比对'];

/** Workstations and the assistance each gave to enterprises of its industry. */
export function workstationBook(orgs) {
  const rnd = prng(2016);
  const stations = WORKSTATIONS.map((w, i) => ({
    id: demoId(TAGS.workstation, i + 1),
    name: w.name,
    host_organization: w.host,
    industry: w.industry,
    established_date: w.since,
    closed_date: w.closed ?? null,
    version: w.closed ? 2 : 1,
    region_code: w.district,
  }));
  const assistance = [];
  for (const s of stations) {
    const last = s.closed_date ?? addDays(HORIZON, -1);
    for (let n = intBetween(rnd, 8, 18); n > 0; n--) {
      const o = pick(rnd, orgs);
      const startYear = Number(s.established_date.slice(0, 4));
      const received = dayOf(rnd, intBetween(rnd, startYear, Number(last.slice(0, 4))), last);
      if (received < s.established_date || received > last) continue;
      const concluded = addDays(received, intBetween(rnd, 3, 60));
      const open = concluded > HORIZON;
      const outcome = open ? null : pick(rnd, ['resolved', 'resolved', 'resolved', 'referred', 'unresolved']);
      assistance.push({
        id: demoId(TAGS.assistance, assistance.length + 1),
        workstation_id: s.id,
        enterprise_name: o.name,
        credit_code: o.creditCode,
        matter: pick(rnd, MATTERS),
        received_date: received,
        concluded_date: open ? null : concluded,
        outcome,
        outcome_note: outcome === 'resolved' ? '经调解双方达成和解' : outcome === 'referred' ? '已移交市场监管部门处理' : outcome ? '企业决定暂不维权' : null,
        version: open ? 1 : 2,
        region_code: s.region_code,
      });
    }
  }
  assistance.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { stations, assistance };
}

const OVERSEAS = [
  { country: '美国', currency: 'USD', opponents: ['Brightway Toys Inc.', 'Northstar Playthings LLC'] },
  { country: '欧盟', currency: 'EUR', opponents: ['Spielwerk Handels GmbH', 'Ludique Distribution SAS'] },
  { country: '英国', currency: 'GBP', opponents: ['Kingsgate Trading Ltd'] },
  { country: '中国香港', currency: 'HKD', opponents: ['宏泰（香港）贸易有限公司'] },
  { country: '俄罗斯', currency: null, opponents: ['OOO Igrushka Trade'] },
  { country: '巴西', currency: null, opponents: ['Brinquedos Solar Ltda.'] },
];
const OVERSEAS_KINDS = ['patent_infringement', 'trademark_infringement', 'trademark_squatting', 'customs_seizure', 'exhibition', 'copyright'];
const ASSISTANCE = ['组织专家进行侵权风险分析，提出应诉建议', '推荐涉外知识产权律师并协助准备证据材料', '协调海外知识产权纠纷应对指导中心提供咨询'];

/** Overseas disputes of local enterprises with the assistance given. */
export function overseasBook(orgs) {
  const rnd = prng(4405);
  const disputes = [];
  const events = [];
  const exporters = orgs.filter((o) => ['玩具', '工艺品', '内衣', '纺织服装'].includes(o.trade));
  for (let year = 2019; year <= 2026; year++) {
    for (let k = intBetween(rnd, 3, 6); k > 0; k--) {
      const o = pick(rnd, exporters);
      const where = pick(rnd, OVERSEAS);
      const reported = dayOf(rnd, year, addDays(HORIZON, -1));
      const withAmount = where.currency !== null && rnd() < 0.7;
      const d = {
        id: demoId(TAGS.overseas, disputes.length + 1),
        credit_code: o.creditCode,
        enterprise_name: o.name,
        country: where.country,
        kind: pick(rnd, OVERSEAS_KINDS),
        opponent: pick(rnd, where.opponents),
        amount: withAmount ? `${intBetween(rnd, 20, 800) * 1000}.00` : null,
        currency: withAmount ? where.currency : null,
        reported_date: reported,
        region_code: o.district,
      };
      const t = timeline(HORIZON, step('report', null, 'reported', reported));
      let day = reported;
      for (let n = intBetween(rnd, 1, 3); n > 0; n--) {
        day = addDays(day, intBetween(rnd, 7, 60));
        t.step('assist', 'assisting', day, { assistance: pick(rnd, ASSISTANCE) });
      }
      day = addDays(day, intBetween(rnd, 20, 120));
      if (rnd() < 0.7) t.step('resolve', 'resolved', day, { assistance: pick(rnd, ['双方达成和解，对方撤回诉讼', '海关解除扣留，货物放行', '抢注商标被宣告无效']) });
      else t.step('close', 'closed', day, { assistance: '企业决定不再继续应对，结案归档' });
      d.status = t.last.to_status;
      d.status_date = t.last.effective_date;
      d.version = t.steps.length;
      disputes.push(d);
      t.steps.forEach((s, i) => events.push({ id: demoId(TAGS.overseasEvent, events.length + 1), dispute_id: d.id, assistance: null, ...s, recorded_at: `${s.effective_date}T10:00:00+08:00`, seq: i, region_code: d.region_code }));
    }
  }
  return { disputes, events };
}

const CASES_REPORTED = `
SELECT c.id, c.case_number, c.kind, c.title, c.registered_date::text AS registered_date, c.outcome, c.fine_amount::text AS fine_amount, c.region_code,
       (SELECT min(e.effective_date)::text FROM protection.case_events e WHERE e.case_id = c.id AND e.action = 'decide') AS decided
  FROM protection.cases c
 WHERE c.source = 'report' AND c.registered_date >= DATE '2019-01-01'
 ORDER BY c.id`;

const RECORD = { version: 'int', region_code: 'text', created_by: 'uuid' };
const EVENT = { action: 'text', from_status: 'text', to_status: 'text', effective_date: 'date', actor_id: 'uuid', actor_name: 'text', recorded_at: 'timestamptz', region_code: 'text' };

/** The timeline rows as the services write them: by the demo actor, recorded in order. */
const stamped = (events, actor) => events.map(({ seq, recorded_at, ...e }) => ({ ...e, actor_id: actor, actor_name: ACTOR_NAME, recorded_at: new Date(Date.parse(recorded_at) + seq * 60_000).toISOString() }));

/**
 * The protection services around the cases, each kind a modest number of records over 2019–2026
 * (reports read the cases the protection part wrote). Needs protection-api's migrations through
 * 1764800000000; skipped on a schema without these tables.
 */
export const protectionServicesPart = {
  name: 'protection.services',
  schema: 'protection',
  service: 'protection',
  optional: true,
  tables: ['reports', 'report_events', 'exhibitions', 'exhibition_complaints', 'ecommerce_complaints', 'rapid_entities', 'rapid_requests', 'rapid_request_events', 'rights_workstations', 'workstation_assistance', 'overseas_disputes', 'overseas_dispute_events'],
  needs: ['protection'],
  async seed(client, { actor, lookups }) {
    const orgs = lookups.organisations;
    const by = (rows) => rows.map((r) => ({ ...r, created_by: actor }));
    const { rows: cases } = await client.query(CASES_REPORTED);
    const { rows: calendarDays } = await client.query(`SELECT day::text AS date, kind, region_code AS region FROM protection.working_calendar_days ORDER BY day, region_code`);
    // The reward rules and service levels the service keeps (its migrations seed them), latest first.
    const { rows: rules } = await client.query(`SELECT code, effective_from::text, rate::text, floor::text, cap::text FROM protection.report_reward_rules ORDER BY effective_from DESC`);
    const { rows: levels } = await client.query(`SELECT kind, effective_from::text, working_days FROM protection.rapid_service_levels ORDER BY effective_from DESC`);
    const reports = reportBook(cases, rules);
    const fairs = exhibitionBook(orgs);
    const ecommerce = ecommerceBook(orgs);
    const rapid = rapidBook(orgs, calendarDays, levels);
    const stations = workstationBook(orgs);
    const overseas = overseasBook(orgs);
    const n = {};
    n.reports = await insertRows(client, 'protection.reports', {
      id: 'uuid', reporter_name: 'text', reporter_phone: 'text', reporter_id_number: 'text', subject: 'text', right_kind: 'text', received_date: 'date',
      handling_officer_id: 'uuid', handling_officer_name: 'text', status: 'text', status_date: 'date', case_id: 'uuid', not_verified_reason: 'text',
      reward_basis: 'numeric', reward_amount: 'numeric', reward_rule: 'text', paid_date: 'date', ...RECORD,
    }, by(reports.reports));
    n.reportEvents = await insertRows(client, 'protection.report_events', { id: 'uuid', report_id: 'uuid', details: 'jsonb', amount: 'numeric', ...EVENT }, stamped(reports.events, actor));
    n.exhibitions = await insertRows(client, 'protection.exhibitions', {
      id: 'uuid', name: 'text', venue: 'text', start_date: 'date', end_date: 'date', station_name: 'text', station_contact: 'text', region_code: 'text', created_by: 'uuid',
    }, by(fairs.exhibitions));
    n.exhibitionComplaints = await insertRows(client, 'protection.exhibition_complaints', {
      id: 'uuid', exhibition_id: 'uuid', complainant: 'text', complainant_credit_code: 'text', exhibitor: 'text', booth: 'text', right_kind: 'text', right_number: 'text',
      received_date: 'date', status: 'text', handled_date: 'date', note: 'text', ...RECORD,
    }, by(fairs.complaints));
    n.ecommerceComplaints = await insertRows(client, 'protection.ecommerce_complaints', {
      id: 'uuid', platform: 'text', shop: 'text', link: 'text', complainant: 'text', right_kind: 'text', right_number: 'text', received_date: 'date', status: 'text',
      outcome_date: 'date', note: 'text', ...RECORD,
    }, by(ecommerce));
    n.rapidEntities = await insertRows(client, 'protection.rapid_entities', { id: 'uuid', credit_code: 'text', name: 'text', registered_date: 'date', region_code: 'text', created_by: 'uuid' }, by(rapid.entities));
    n.rapidRequests = await insertRows(client, 'protection.rapid_requests', {
      id: 'uuid', kind: 'text', application_number: 'text', patent_type: 'text', title: 'text', technical_field: 'text', entity_id: 'uuid', credit_code: 'text',
      enterprise_name: 'text', submitted_date: 'date', sla_working_days: 'smallint', due_date: 'date', accepted_date: 'date', decided_date: 'date', filed_date: 'date',
      reason: 'text', status: 'text', status_date: 'date', ...RECORD,
    }, by(rapid.requests));
    n.rapidRequestEvents = await insertRows(client, 'protection.rapid_request_events', { id: 'uuid', request_id: 'uuid', reason: 'text', ...EVENT }, stamped(rapid.events, actor));
    n.workstations = await insertRows(client, 'protection.rights_workstations', {
      id: 'uuid', name: 'text', host_organization: 'text', industry: 'text', established_date: 'date', closed_date: 'date', ...RECORD,
    }, by(stations.stations));
    n.workstationAssistance = await insertRows(client, 'protection.workstation_assistance', {
      id: 'uuid', workstation_id: 'uuid', enterprise_name: 'text', credit_code: 'text', matter: 'text', received_date: 'date', concluded_date: 'date', outcome: 'text',
      outcome_note: 'text', ...RECORD,
    }, by(stations.assistance));
    n.overseasDisputes = await insertRows(client, 'protection.overseas_disputes', {
      id: 'uuid', credit_code: 'text', enterprise_name: 'text', country: 'text', kind: 'text', opponent: 'text', amount: 'numeric', currency: 'text',
      reported_date: 'date', status: 'text', status_date: 'date', ...RECORD,
    }, by(overseas.disputes));
    n.overseasDisputeEvents = await insertRows(client, 'protection.overseas_dispute_events', { id: 'uuid', dispute_id: 'uuid', assistance: 'text', ...EVENT }, stamped(overseas.events, actor));
    const records = Object.values(n).reduce((s, x) => s + x, 0);
    const rewarded = reports.reports.filter((r) => r.reward_amount !== null).length;
    return {
      records,
      detail: n,
      summary: `reports ${n.reports} (${rewarded} rewarded), exhibitions ${n.exhibitions} (${n.exhibitionComplaints} complaints), e-commerce complaints ${n.ecommerceComplaints}, rapid requests ${n.rapidRequests} of ${n.rapidEntities} enterprises, workstations ${n.workstations} (${n.workstationAssistance} assisted), overseas disputes ${n.overseasDisputes}`,
    };
  },
};
