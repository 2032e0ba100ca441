import { defineRule, ONLY_LEGISLATION } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

/**
 * A trade association or chamber of commerce that approves, admits or certifies operators: a licence exercised by a
 * body with no licensing power, often a cancelled licence moved to an association (优化营商环境条例第四十条第二款).
 */
export default defineRule({
  id: 'license-by-association',
  category: 'unauthorized-license',
  severity: 'warning',
  title: '由行业协会、商会实施审批、准入或资格认定',
  message:
    '由行业协会、商会等社会组织对经营者进行审核、准入、资格认定或核发证件，并以此影响其从事活动，属于变相实施行政许可；已取消的行政许可不得转由行业协会商会或者其他组织实施。',
  suggestion: '删除由协会审核、准入或发证的要求；确需行业自律的，明确为自愿参加，不与经营资格、许可办理挂钩。',
  basis: [
    { law: '优化营商环境条例', article: '第四十条' },
    { law: '行政许可法', article: '第二十三条' },
    { law: '优化营商环境条例', article: '第十七条' },
  ],
  docTypes: { ...ONLY_LEGISLATION, internal: 'off' },
  unless: ['会员大会|会费|理事会|章程|换届|自律公约'],
  match: {
    type: 'clause',
    anchors: ['协会', '商会', '联合会'],
    check: regexCheck([
      {
        re: '(?<m>(?:由|经|报)[^。；，]{0,14}?(?:协会|商会|联合会)[^。；，]{0,10}?(?:审批|审核|核准|准入|资格认定|资质认定|认定|评定|核发|颁发|发放|出具)[^。；，]{0,10}?(?:资格|资质|许可|上岗证|从业证|经营证|准入证|合格证|证书|意见|证明|后))',
        soften: SOFT_BASIS,
      },
    ]),
  },
  examples: {
    bad: [
      '家政服务人员的上岗资格[[由市家政服务业协会统一评定后]]向社会公布。',
      '出租汽车驾驶员[[由市出租汽车协会核发从业资格证]]。',
    ],
    good: [
      '鼓励企业自愿加入行业协会，参与制定行业自律公约。',
      '行业协会不得变相实施已取消的行政许可，不得强制经营者入会。',
      { text: '注册会计师协会依照本法规定组织实施注册会计师全国统一考试。', docType: 'law' },
    ],
  },
});
