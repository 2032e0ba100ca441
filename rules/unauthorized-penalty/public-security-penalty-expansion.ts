import { defineRule } from '../define-rule';
import { regexCheck } from './_powers';

/**
 * Listing particular conduct (下列行为 / 上述情形) and declaring it punishable under 治安管理处罚法: only that law decides
 * what is a public-security offence, so a lower document that enumerates conduct and ties it to 治安管理处罚 widens it.
 * A generic hand-over (构成违反治安管理行为的，依法给予治安管理处罚) without a list is not matched.
 */
export default defineRule({
  id: 'public-security-penalty-expansion',
  category: 'unauthorized-penalty',
  severity: 'warning',
  title: '列举行为并规定给予治安管理处罚',
  message:
    '治安管理处罚的行为由治安管理处罚法规定（立法法第十一条：限制人身自由的处罚只能由法律规定）。下位文件列举具体情形并规定“给予治安管理处罚”，可能扩大应受治安处罚的行为范围，导致直接依据下位文件作出治安处罚。',
  suggestion: '核对所列情形与治安管理处罚法的应罚行为是否一一对应；改为“违反本规定，构成违反治安管理行为的，由公安机关依照《中华人民共和国治安管理处罚法》的规定处理”。',
  basis: [
    { law: '立法法', article: '第十一条' },
    { law: '行政处罚法', article: '第十条' },
    { law: '治安管理处罚法', article: '第二条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', internal: 'off' },
  match: {
    type: 'clause',
    anchors: ['治安管理处罚', '违反治安管理'],
    check: regexCheck([
      {
        re: '(?<m>(?:下列|上述|前款|以上|前述|本条所列|所列)[^。；]{0,30}?(?:构成违反治安管理行为|依照治安管理处罚法|给予治安管理处罚|予以治安管理处罚|治安管理处罚))',
      },
      {
        re: '(?<m>(?:行为|情形)之一的[^。；]{0,30}?(?:给予|予以|依照|按照)[^。；]{0,10}治安管理处罚)',
      },
    ]),
  },
  examples: {
    bad: [
      {
        text: '有干扰、阻挠防汛避险人员转移工作的，或者拒不服从转移安排的，有[[上述情形构成违反治安管理行为的，依照治安管理处罚法给予治安管理处罚]]。',
        docType: 'local-regulation',
      },
      { text: '在居民区饲养烈性犬、携犬进入公共场所不束犬链，有[[下列行为之一的，由公安机关给予治安管理处罚]]：', docType: 'government-rule' },
    ],
    good: [
      { text: '违反本条例规定，构成违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。', docType: 'local-regulation' },
      '公安机关应当依法办理治安管理处罚案件，保障当事人的陈述和申辩权利。',
      { text: '有下列行为之一，构成违反治安管理行为的，依照治安管理处罚法给予处罚：', docType: 'law' },
    ],
  },
});
