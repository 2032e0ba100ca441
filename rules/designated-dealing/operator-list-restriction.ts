import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, OWN_CHOICE, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from './_market';

/**
 * A list of contractors, suppliers or service providers kept by the administration that decides who may take the
 * business: 建立承包商名录库、服务组织名录管理、供应商备选库、入围名单. Lists of intermediaries (测绘、评估、检测…)
 * belong to designated-intermediary; lists for statistics or credit are not caught (no provider noun).
 */
const LIST = '(?:名录库|备选库|预选库|储备库|资源库|入围名单|短名单|推荐名单|推荐目录|合格名录|定点名单|名录管理|入库管理|名录)';
const PROVIDER =
  '(?:承包商|供应商|供货商|服务商|承揽商|经销商|厂商|服务组织|服务主体|服务机构|施工单位|施工企业|承建单位|承接单位|承接主体|运营单位|运营企业|经营单位|合作单位|合作企业|定点单位|定点企业|服务企业|供应企业)';
const LIST_RE = rx(`(?<m>${PROVIDER}[^。；，、]{0,4}?${LIST})`);
/** The list gates the business: selection from it, or only listed providers may take it. */
const RESTRICTS = /选聘|聘请|聘用|从名录|从库|承接|承担|承包|承揽|承办|选取|选择|抽取|抽选|选用|选定|委托|采购|使用|优先|仅限|只能|只可|方可|才能|范围内|库内|入库|清退|取消其|资格/;
/** Intermediary lists are reported by designated-intermediary; credit, statistics and expert pools are other matters. */
const OTHER = /中介|测绘|评估|鉴定|检测|检验|咨询|造价|审计|代理机构|失信|黑名单|信用|统计|专家|人才|培育|上市|纳统|规上|规模以上/;
const CHOICE = new RegExp(OWN_CHOICE);

function check(c: ClauseContext): LocalHit[] {
  if (CHOICE.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const m of allMatches(LIST_RE, c.text)) {
    const [s, e] = spanOf(m);
    const before = c.text.slice(Math.max(0, s - 16), e);
    if (OTHER.test(before)) continue;
    const generic = /^(?:服务企业|供应企业)/.test(m[0]);
    const restricts = RESTRICTS.test(c.sentence.replace(m[0], ''));
    if (generic && !restricts) continue;
    hits.push({ start: s, end: e, ...unlessStatute(c, restricts || /建立|组建|设立/.test(c.sentence) ? 'error' : 'warning') });
  }
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'operator-list-restriction',
  category: 'designated-dealing',
  title: '以名录库、备选库、入围名单限定交易对象',
  message:
    '该条款由行政机关建立承包商、供应商或服务组织的名录库（备选库、入围名单），并以此决定由谁承接项目或提供服务，属于以名录库方式限定或者变相限定经营、购买、使用特定经营者提供的商品或服务。',
  suggestion:
    '删除名录库、备选库等限定交易对象的内容；项目承接、服务提供通过政府采购、招标投标等公平竞争方式确定，信息发布类名录须明确不作为承接业务的条件、由主体自主选择。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '反垄断法', article: '第三十九条' },
    { law: '政府采购法实施条例', article: '第二十条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none' },
  match: { type: 'clause', anchors: ['名录', '备选库', '预选库', '储备库', '资源库', '名单', '推荐目录', '入库管理'], check },
  examples: {
    bad: [
      '建立全县农村公路养护[[承包商名录库]]，养护项目从库内企业中随机抽取。',
      '县农业农村局建立社会化[[服务组织名录库]]，实行动态管理。',
      '市政维修项目由入选[[供应商备选库]]的企业轮流承接。',
    ],
    good: [
      '不得以备选库、名录库、资格库等形式限定供应商，排斥潜在供应商。',
      '公布家政服务机构信息名录，供群众自主选择。',
      '建立规模以上工业企业名录库，做好统计监测。',
      '建立拟上市企业培育名录，做好跟踪服务。',
    ],
  },
});
