import { defineRule, ONLY_LEGISLATION } from '../define-rule';
import { regexCheck, SOFT_BASIS } from './_powers';

/**
 * “N年内不得申报 / 取消其参与资格” is a 资格罚 (限制开展生产经营活动、限制从业, 行政处罚法第九条第四项) or a credit
 * sanction: a normative document or a rule cannot create it. The statutory bar on re-applying after a fraudulent licence
 * application (行政许可法第七十八条、第七十九条) is excluded.
 */
export default defineRule({
  id: 'qualification-ban-penalty',
  category: 'unauthorized-penalty',
  severity: 'warning',
  title: '以“若干年内取消资格、不得申报”变相设定处罚',
  message:
    '在一定期限内取消或限制相对人申报、投标、承接项目、从事活动的资格，属于“限制开展生产经营活动”“限制从业”等行政处罚或失信惩戒措施，规范性文件无权设定，规章也只能在上位法范围内细化。',
  suggestion: '删除期限性资格限制，或写明其法律、法规依据；属于奖补项目管理的，可改为依约追回资金并按规定记入信用记录（须有依据）。',
  basis: [
    { law: '行政处罚法', article: '第九条' },
    { law: '行政处罚法', article: '第十六条' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  docTypes: { ...ONLY_LEGISLATION, internal: 'off' },
  unless: ['再次申请该(?:行政)?许可'],
  match: {
    type: 'clause',
    anchors: ['年内', '终身', '永久', '资格'],
    check: regexCheck([
      {
        re: '(?<m>(?:[一二三四五六七八九十两\\d]{1,3}年内|终身|永久)[^。；，]{0,4}(?:不得|不予|取消|禁止|限制|暂停|不再)[^。；，]{0,18}?(?:资格|申报|参与|参加|承接|承担|投标|申请|从事|进入|入围|入库))',
        soften: SOFT_BASIS,
      },
      {
        re: '(?<m>(?:取消|暂停|限制)[^。；，]{0,16}?资格[^。；，]{0,6}?[一二三四五六七八九十两\\d]{1,3}年)',
        soften: SOFT_BASIS,
      },
    ]),
  },
  examples: {
    bad: [
      '申报单位弄虚作假骗取扶持资金的，追回已拨付资金，[[三年内不得申报本市各类财政专项资金]]。',
      '对服务质量严重不达标的服务组织，一律清退出名录库，[[五年内取消其承担农业生产托管项目资格]]。',
      { text: '检测机构出具虚假报告的，[[取消其参与本市政府购买服务资格两年]]。', docType: 'government-rule' },
    ],
    good: [
      '申请人隐瞒有关情况或者提供虚假材料申请行政许可的，行政机关不予受理，申请人在一年内不得再次申请该行政许可。',
      '对获得表彰的企业，三年内优先推荐参加上级评选。',
      { text: '有前款行为的，五年内不得从事该项业务。', docType: 'local-regulation' },
      '依照《中华人民共和国招标投标法》第五十四条的规定，取消其一年至三年内参加依法必须进行招标的项目的投标资格。',
    ],
  },
});
