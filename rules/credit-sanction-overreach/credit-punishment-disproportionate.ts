import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * Credit punishment that reaches far beyond the conduct: loans, financing, travel, honours, procurement or subsidies
 * restricted because of a credit or dishonesty record (闯红灯的行人限制融资授信). 国办发〔2020〕49号 requires each
 * measure to rest on a cited basis, sit on the national list and be proportionate (过惩相当).
 */
const CREDIT_CONTEXT = /失信|信用|黑名单|不良记录|诚信|征信/;
const MEASURES = [
  /(?:限制|取消|暂停|停止|禁止|不予|不得)[^。；，]{0,10}?(?:贷款|授信|融资|信贷|评优|评先|评选|表彰|招投标|投标|政府采购|出行|乘坐|高消费|出境|任职|担任|从业|财政资金|财政补贴|财政支持|补贴|项目申报|资金扶持|政策扶持)/g,
  /(?:融资|授信|贷款|信贷|保险费率|贷款利率)[^。；，]{0,12}?(?:参考|依据|限制|从严|上浮|提高|不予)/g,
];

function check(c: ClauseContext): LocalHit[] {
  if (!CREDIT_CONTEXT.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const re of MEASURES) for (const m of allMatches(re, c.text)) hits.push({ start: m.index, end: m.index + m[0].length });
  return uniqueHits(hits);
}

export default defineRule({
  id: 'credit-punishment-disproportionate',
  category: 'credit-sanction-overreach',
  title: '以信用记录为由限制贷款、出行、评优等权益',
  message:
    '本条以失信或不良信用记录为由限制相对人的融资授信、出行、评优评先、招投标、财政支持等权益。失信惩戒措施必须直接援引法律、法规或者党中央、国务院政策文件，纳入全国失信惩戒措施清单，并与失信行为的性质和严重程度相当；不得对一般违法或轻微失信行为采取这类减损权益的措施。',
  suggestion: '写明每项惩戒措施的依据条款，并核对其是否在全国失信惩戒措施基础清单内、是否与失信程度相当；没有依据的删除。',
  basis: [
    { law: '国办发〔2020〕49号' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '行政处罚法', article: '第九条' },
  ],
  severity: 'warning',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'info',
    'local-regulation': 'info',
    internal: 'off',
  },
  unless: ['人民法院|失信被执行人|被执行人|激励|守信|良好信用'],
  match: {
    type: 'clause',
    anchors: ['限制', '取消', '暂停', '停止', '禁止', '不予', '不得', '融资', '授信', '贷款', '信贷', '保险费率'],
    check,
  },
  examples: {
    bad: [
      '将行人闯红灯等失信行为作为金融机构对当事人[[融资授信的参考]]。',
      '对列入物业服务不良信用记录的业主，[[取消其评优评先]]资格。',
      '存在失信记录的个人，[[限制其乘坐]]市内公共交通。',
    ],
    good: [
      '对被人民法院列入失信被执行人名单的，依照有关规定限制其高消费。',
      '依照《中华人民共和国政府采购法》第二十二条的规定，参加政府采购活动前三年内有重大违法记录的供应商，不得参加政府采购。',
      '对守信主体，在融资授信等方面给予激励。',
      '不得以企业存在一般失信行为为由限制其参与招投标。',
    ],
  },
});
