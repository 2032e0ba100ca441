import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';
import { PROOF_REPLACED } from './_proofs';

/**
 * “没有（未提供）××证明的，不予办理××”: a proof made the condition of a procedure that a superior law governs — it
 * adds a condition (as the local regulation that kept demanding 婚前医学检查证明 for marriage registration did).
 */
export default defineRule({
  id: 'proof-as-precondition',
  category: 'certification-burden',
  severity: 'warning',
  title: '以提交证明作为办理事项的前提',
  message:
    '规定“没有（未提供）某证明的不予办理”，把证明变成办理事项的条件。证明事项须有法律、法规或国务院决定依据，上位法已规定办理条件和材料的，下位文件不得另增证明作为条件。',
  suggestion: '核对上位法规定的办理条件和材料清单；清单外的证明删除，或改为告知承诺、部门核查。',
  basis: [
    { law: '优化营商环境条例', article: '第四十四条' },
    { law: '行政许可法', article: '第十六条第四款' },
    { law: '优化营商环境条例', article: '第三十五条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', internal: 'off' },
  unless: [PROOF_REPLACED.source],
  match: {
    type: 'clause',
    anchors: ['证明'],
    check: regexCheck([
      {
        re: '(?<m>(?:没有|未提供|未提交|未能提供|不能提供|无法提供|未出具|不能出具|缺少|未取得|无)[^。；，]{0,18}?证明(?:材料|文件|书)?(?:的|者)[，,]?[^。；]{0,6}?(?:不予|不得|不能|一律不|暂不|暂缓)(?:办理|受理|登记|发放|核发|审批|通过|录取|入学|享受|批准))',
      },
    ]),
  },
  examples: {
    bad: [
      { text: '婚姻登记机关应当查验婚前医学检查证明，[[没有婚前医学检查证明的不予办理]]结婚登记。', docType: 'local-regulation' },
      '[[未提供原单位出具的离职证明的，不予办理]]失业登记。',
    ],
    good: [
      '申请人未提供身份证件的，受理部门应当一次性告知需要补正的材料。',
      '实行告知承诺制的事项，申请人未提供证明的，可以书面承诺后先行办理。',
      { text: '没有医学证明的不予办理。', docType: 'law' },
    ],
  },
});
