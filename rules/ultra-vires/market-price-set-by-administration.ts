import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * An administration fixing the price of goods or services that the market prices (统一销售价格、核定服务收费标准、
 * 规定最低限价). 价格法第六条: prices are set by the market except for the items in the government pricing catalogue;
 * setting them otherwise is outside the department's powers and interferes in business autonomy.
 */
const PRICE =
  /(?:统一|核定|确定|规定|制定|指定|设定|限定|实行)[^。；，]{0,10}?(?:销售价格|售价|收费价格|服务价格|经营价格|零售价格|出厂价格|收购价格|价格|收费标准|最低限价|最高限价|最低价|最高价|租金标准|租金|折扣)/g;
const PRICE_PASSIVE =
  /(?:价格|售价|票价|收费标准|服务收费|收费|服务费|培训费|检测费|评估费|代理费|咨询费|设计费|监理费|中介费|租金)[^。；，]{0,4}?由[^。；，]{0,14}?(?:统一|核定|确定|规定|制定)[^。；，]{0,10}|(?:统一|核定|规定|限定)为每[^。；，]{0,6}?元/g;
/** Items the government may price (定价目录), procurement ceilings, or the market's own pricing. */
const LAWFUL =
  /自主|协商|市场调节|政府定价目录|定价目录|政府指导价|政府定价|物业服务收费|价格主管部门|自来水|供水|供电|电价|燃气|天然气|供热|公交|轨道交通|地铁|出租汽车|殡葬|学费|住宿费|保教费|医疗服务|门票|保障性住房|公租房|廉租房|行政事业性收费|采购|招标|投标|控制价|预算|本机关|本单位|国有资产|国有资源|出让|拍卖|明码标价|公示|歧视性|转售|委托人|当事人|约定|合同|协议|达成/;

function check(c: ClauseContext): LocalHit[] {
  const found = [...allMatches(PRICE, c.text), ...allMatches(PRICE_PASSIVE, c.text)];
  if (!found.length || LAWFUL.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const m of found) {
    if (bound(m.index)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'market-price-set-by-administration',
  category: 'ultra-vires',
  title: '行政机关为市场调节价商品或服务定价',
  message:
    '本条由行政机关统一规定、核定或限定经营者的商品、服务价格。除政府定价目录内的项目外，商品和服务价格实行市场调节价，由经营者自主制定；行政机关为其定价超越职权，干预了市场主体的经营自主权。',
  suggestion: '核对该项目是否在中央或本省政府定价目录内；不在目录内的，删除定价内容，改为由经营者自主定价并依法明码标价。',
  basis: [
    { law: '优化营商环境条例', article: '第十一条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '公平竞争审查条例', article: '第十一条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info' },
  gates: { prohibition: false },
  match: {
    type: 'clause',
    // every match names a price, a fee or a 为每…元
    anchors: ['价格', '售价', '票价', '收费标准', '收费', '限价', '低价', '高价', '租金', '折扣', '服务费', '培训费', '检测费', '评估费', '代理费', '咨询费', '设计费', '监理费', '中介费', '为每'],
    check,
  },
  examples: {
    bad: [
      '全县农家乐餐饮[[统一执行县旅游局核定的菜品价格]]。',
      '由市商务局[[统一规定家政服务的收费标准]]，各家政企业不得自行调整。',
      '全区月嫂服务[[收费由区妇联统一确定]]。',
    ],
    good: [
      '家政服务实行市场调节价，由经营者自主确定价格，并依法明码标价。',
      '城市公共交通票价由价格主管部门依照定价目录核定。',
      '任何部门不得统一规定经营者的销售价格。',
    ],
  },
});
