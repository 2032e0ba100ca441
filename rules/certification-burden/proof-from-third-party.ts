import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';
import { DEMAND, PROOF_REPLACED } from './_proofs';

const ISSUER =
  '居委会|居民委员会|村委会|村民委员会|社区|派出所|所在单位|用人单位|工作单位|原单位|(?:本人|双方|父母|配偶|夫妻|其|家长|监护人)(?:[^。；，]{0,3})单位|街道办事处|街道|乡镇人民政府|乡镇政府|村组|物业公司|物业服务企业|人事档案管理部门|档案管理部门|户籍所在地';
const STATUS =
  '未违反计划生育|符合计划生育|计划生育|婚育|未婚未育|无犯罪记录|无违法犯罪记录|有无违法犯罪记录|违法犯罪记录|无违法记录|无违章|无不良记录|亲属关系|直系亲属关系|家庭关系|婚姻状况|未婚|单身|无配偶|非违建|非违章建筑|非违法建筑|合法建筑|居住|实际居住|收入|家庭收入|健在|生存|在世|无房|住房困难|无业|失业|无工作|未就业|无固定工作|待业|无收入|无固定收入|独生子女|无欠薪|无拖欠|无事故|无纠纷|无债务|良好行为|品行|现实表现|政治表现|身体健康';

/** A duty of the issuing authority to serve the applicant (公安机关应当为个人出具…), not a demand on the applicant. */
const ISSUER_DUTY = /为(?!由)[^。；，]{0,6}?(?:申请人|当事人|个人|群众|企业|居民|村民|其|本人|申请单位)[^。；，]{0,10}?(?:出具|开具|提供)/;

/**
 * Demanding a proof that its issuer cannot verify (居委会、派出所、单位 certify residence, kinship, conduct), or that
 * another department's records already hold (循环证明、重复证明、无谓证明).
 */
export default defineRule({
  id: 'proof-from-third-party',
  category: 'certification-burden',
  title: '索要无依据证明、无法核实的证明或循环证明',
  message:
    '证明事项应当有法律、法规或国务院决定依据；对能够通过法定证照、部门核查、网络核验、告知承诺办理的，或开具单位无法调查核实的，不得设定证明事项。要求由居委会、派出所、所在单位出具关于居住、亲属关系、有无违法记录等的证明，或要求提供其他部门出具的证明、回执，属于无谓证明、循环证明或重复证明。',
  suggestion: '核对证明事项清单，删除清单外的证明；可通过部门间核查、数据共享或告知承诺替代的，改为“由受理部门核查”或“申请人书面承诺”。',
  basis: [
    { law: '优化营商环境条例', article: '第四十四条' },
    { law: '行政许可法', article: '第三十一条' },
    { law: '国办发〔2018〕37号' },
    { law: '国办发〔2020〕42号' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', internal: 'off' },
  // a form's wording is often quoted (表格要求“由……出具……证明”): the quotation is the demand, not quoted law
  gates: { quotation: false },
  match: {
    type: 'clause',
    anchors: ['证明', '回执', '出具', '开具', '盖章'],
    check: regexCheck([
      // 由户籍地派出所和用人单位分别出具的…证明 / 社区盖章
      {
        re: `(?<m>(?:${ISSUER})[^。；，]{0,12}?(?:出具|开具|盖章|签章|签署意见|证明))`,
        skip: PROOF_REPLACED,
        test: (_m, c) => DEMAND.test(c.sentence) && !ISSUER_DUTY.test(c.sentence),
      },
      // 非违建证明 / 无犯罪记录证明 / 居住证明
      {
        re: `(?<m>(?:${STATUS})(?:情况|状况|政策)?(?:的)?(?:书面)?证明(?:材料|文件|书)?)`,
        skip: PROOF_REPLACED,
        // the demand is on the applicant, not a duty of the issuing authority (公安机关应当为个人出具…)
        test: (_m, c) => DEMAND.test(c.sentence) && !ISSUER_DUTY.test(c.sentence),
      },
      // 提供生态环境部门出具的“…备案回执”
      {
        re: '(?<m>(?:提供|提交|出具|附|递交|上传)[^。；]{0,20}?(?:部门|机关|局|委|厅|办|政府|派出所|街道|乡镇|居委会|村委会|社区)[^。；，]{0,4}?出具的)(?=[^。；]{0,40}?(?:证明|回执|意见|批复|凭证|同意书|备案))',
        skip: PROOF_REPLACED,
      },
    ]),
  },
  examples: {
    bad: [
      { text: '入学申请表要求“由本人提供[[户籍地公安派出所和用人单位分别出具]]的有无违法犯罪记录的证明”。', docType: 'policy-document' },
      '办理联网备案时，企业应当另行出具所建厂房[[非违建证明]]。',
      { text: '办理娱乐经营许可证时，申请人须[[提供生态环境部门出具的]]“建设项目环境影响登记表备案回执”。', docType: 'policy-document' },
      '申请廉租住房补贴的，应当提交[[社区居委会出具]]的家庭收入证明。',
      '办理子女入园，须由[[父母双方单位出具]]在职证明。',
    ],
    good: [
      '对申请人的婚姻状况、户籍信息，由受理部门通过部门间核查获取，不再要求申请人提交证明。',
      '实行证明事项告知承诺制，申请人书面承诺符合条件的，不再索要居住证明。',
      { text: '登记机构办理转移登记时，应当查验与该不动产转让相关的个人所得税的完税凭证。', docType: 'law' },
      '以伪造的居住证明骗取补贴的，由民政部门追回已发放的资金。',
    ],
  },
});
