import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { entitlementCheck } from './_entitlement';

/**
 * A personal-status registration or school enrolment refused for want of a document or check the governing
 * statute does not require: 没有婚前医学检查证明的不予办理结婚登记、未提供××证明的不予入学. The conditions of
 * marriage, birth and household registration and of compulsory-education enrolment are set by 民法典、婚姻登记条例、
 * 户口登记条例、义务教育法; a lower document may not add to them.
 */
const STATUS =
  '结婚登记|婚姻登记|离婚登记|收养登记|出生登记|户口登记|落户|入户|入学|就学|学籍|入园|身份证|社会保障卡|低保|救助';

const LACK =
  '(?:没有|未提供|未取得|未出具|不能提供|无法提供|不能出具|未持有|未携带|缺少|未进行|未经|未做|拒绝提供)[^。，；]{0,24}?' +
  '(?:证明|检查|检验|体检|证书|合格证|接种证|承诺书|保证书|手续|意见|签字|盖章)';

const withheld = entitlementCheck({ objects: STATUS, trigger: LACK });
/** The denial words every finding's clause holds (they were the prefilter's anchors; the anchors are now the objects). */
const DENIAL = /不予|不得|暂停|暂缓|取消|限制|拒绝|停止/;
function check(c: ClauseContext): LocalHit[] {
  const hits = withheld(c);
  return hits.length && !DENIAL.test(c.text) ? [] : hits;
}

export default defineRule({
  id: 'personal-status-registration-conditioned',
  category: 'rights-reduction',
  title: '为婚姻、户籍、入学等身份登记增设条件',
  message:
    '本条以缺少某项证明、检查或手续为由拒绝办理婚姻、户籍、入学等涉及公民基本权利的登记事项。这些事项的条件由法律、行政法规规定（如《民法典》婚姻家庭编、《婚姻登记条例》、义务教育法），下位文件增设条件既减损公民权利，也可能与上位法相抵触（如婚前医学检查已改为自愿）。',
  suggestion: '核对上位法规定的办理条件；上位法未要求的证明或检查，改为告知、提示或自愿参加，不得作为不予办理的理由。',
  basis: [
    { law: '立法法', article: '第九十三条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '民法典', article: '第一千零四十九条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'info' },
  gates: { prohibition: false },
  // documents the governing statutes themselves require
  unless: ['户口簿|户口本|居民身份证|身份证件|护照|签字声明|无配偶|法定婚龄|监护人同意|出生医学证明[^。]{0,20}(?:出生登记|户口)'],
  match: {
    type: 'clause',
    // the status or registration withheld (every match names one)
    anchors: STATUS.split('|'),
    check,
  },
  examples: {
    bad: [
      '当事人没有婚前医学检查证明的，婚姻登记机关[[不予办理结婚登记]]。',
      '适龄儿童未提供预防接种证明的，学校[[不予办理入学]]手续。',
      '新生儿未取得孕前优生健康检查证明的，[[不予办理出生登记]]。',
    ],
    good: [
      '婚姻登记机关应当在登记场所设立婚前医学检查、健康咨询等服务窗口，由当事人自愿选择。',
      '当事人未出具本人的户口簿、身份证的，婚姻登记机关不予办理结婚登记。',
      '学校不得以未提供预防接种证明为由拒绝儿童入学，应当督促其及时补种。',
      { text: '没有婚前医学检查证明的，不予办理结婚登记。', docType: 'law' },
    ],
  },
});
