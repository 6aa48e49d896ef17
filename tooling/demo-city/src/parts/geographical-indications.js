// Creation pillar: geographical indications 地理标志 (GI products and GI trademarks) with the
// producers authorized to use them. Synthetic but plausible for Shantou's specialities.
import { HORIZON } from '../figures.js';
import { creditCode, demoId } from '../identifiers.js';
import { addDays, intBetween, prng } from '../random.js';
import { insertRows } from './rows.js';

const TAGS = { gi: 'de70000e', producer: 'de70000f' };

/** The demo's GIs; `holder` is the association applying for or holding the protection. */
const GIS = [
  { name: '潮汕牛肉丸', kind: 'gi_product', district: '440511', protectedOn: '2014-09-26', area: '汕头市金平区、龙湖区、澄海区现辖行政区域', holder: '汕头市牛肉丸行业协会', trades: ['食品'] },
  { name: '南澳紫菜', kind: 'gi_product', district: '440523', protectedOn: '2011-12-20', area: '汕头市南澳县现辖行政区域沿海海域', holder: '南澳县水产行业协会', trades: ['食品'] },
  { name: '澄海狮头鹅', kind: 'gi_trademark', number: '16052710', district: '440515', protectedOn: '2016-08-14', area: '汕头市澄海区现辖行政区域', holder: '汕头市澄海区狮头鹅养殖协会', trades: ['食品'] },
  { name: '达濠鱼丸', kind: 'gi_trademark', number: '21987640', district: '440512', protectedOn: '2018-03-07', area: '汕头市濠江区达濠街道、广澳街道', holder: '汕头市濠江区水产品加工协会', trades: ['食品'] },
  { name: '潮阳剑花', kind: 'gi_product', district: '440513', protectedOn: '2019-11-05', area: '汕头市潮阳区现辖行政区域', holder: '汕头市潮阳区农业技术推广协会', trades: ['食品', '医药'] },
  { name: '汕头老香黄', kind: 'gi_trademark', number: '30415526', district: '440507', protectedOn: '2020-06-21', area: '汕头市现辖行政区域', holder: '汕头市凉果蜜饯行业协会', trades: ['食品'] },
  { name: '潮南抽纱', kind: 'gi_trademark', number: '37620418', district: '440514', protectedOn: '2021-10-28', area: '汕头市潮南区现辖行政区域', holder: '汕头市潮南区抽纱刺绣行业协会', trades: ['工艺品', '纺织服装'] },
  { name: '南澳牡蛎', kind: 'gi_product', district: '440523', protectedOn: '2023-05-16', area: '汕头市南澳县现辖行政区域沿海海域', holder: '南澳县水产行业协会', trades: ['食品'] },
];

/** The GIs and their authorized producers: local makers of the trade, some authorizations ended. */
export function giBook(orgs) {
  const rnd = prng(440523);
  const gis = [];
  const producers = [];
  GIS.forEach((g, i) => {
    const gi = {
      id: demoId(TAGS.gi, i + 1),
      name: g.name,
      protection_kind: g.kind,
      registration_number: g.number ?? null,
      origin_area: g.area,
      holder_name: g.holder,
      holder_credit_code: creditCode(g.district, 770000 + i * 29, '51'),
      protected_on: g.protectedOn,
      region_code: g.district,
    };
    gis.push(gi);
    const makers = orgs.filter((o) => g.trades.includes(o.trade) && (o.district === g.district || rnd() < 0.15));
    const count = Math.min(makers.length, intBetween(rnd, 5, 18));
    for (let k = 0; k < count; k++) {
      const o = makers[(k * 7 + i) % makers.length];
      if (producers.some((p) => p.gi_id === gi.id && p.credit_code === o.creditCode)) continue;
      const from = addDays(g.protectedOn, intBetween(rnd, 30, 1500));
      if (from > HORIZON) continue;
      // One in six authorizations has ended (not renewed after its term of two to three years).
      const to = rnd() < 0.17 ? addDays(from, intBetween(rnd, 730, 1095)) : null;
      producers.push({ id: demoId(TAGS.producer, producers.length + 1), gi_id: gi.id, credit_code: o.creditCode, name: o.name, authorized_from: from, authorized_to: to && to <= HORIZON ? to : null, region_code: gi.region_code });
    }
  });
  return { gis, producers };
}

/** Shantou's geographical indications; skipped on a creation schema without them (before 1764630000000). */
export const geographicalIndicationsPart = {
  name: 'creation.geographical-indications',
  schema: 'creation',
  service: 'creation',
  optional: true,
  tables: ['geographical_indications', 'gi_producers'],
  async seed(client, { actor, lookups }) {
    const { gis, producers } = giBook(lookups.organisations);
    const by = (rows) => rows.map((r) => ({ ...r, created_by: actor }));
    const g = await insertRows(client, 'creation.geographical_indications', {
      id: 'uuid', name: 'text', protection_kind: 'text', registration_number: 'text', origin_area: 'text', holder_name: 'text', holder_credit_code: 'text',
      protected_on: 'date', region_code: 'text', created_by: 'uuid',
    }, by(gis));
    const p = await insertRows(client, 'creation.gi_producers', {
      id: 'uuid', gi_id: 'uuid', credit_code: 'text', name: 'text', authorized_from: 'date', authorized_to: 'date', region_code: 'text', created_by: 'uuid',
    }, by(producers));
    return {
      records: g + p,
      detail: { geographicalIndications: g, giProducers: p },
      summary: `geographical indications ${g} (${gis.filter((x) => x.protection_kind === 'gi_trademark').length} GI trademarks), authorized producers ${p}`,
    };
  },
};
