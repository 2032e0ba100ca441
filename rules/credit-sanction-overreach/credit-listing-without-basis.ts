import { defineRule } from '../define-rule';
import { CREDIT_ANCHORS, creditCheck, NOT_A_SANCTION, VAGUE_BASIS } from './_credit';

/**
 * Conduct entered into a blacklist, dishonesty list or credit record, or punished jointly, with no basis at all.
 * Listing and punishment need a law, regulation or Party Central Committee / State Council document, cited.
 */
export default defineRule({
  id: 'credit-listing-without-basis',
  category: 'credit-sanction-overreach',
  title: '无依据纳入失信名单、信用记录或实施联合惩戒',
  message:
    '本条将相对人的行为纳入黑名单、失信名单或信用记录，或对其实施联合惩戒，但未写明依据。依照国办发〔2020〕49号文，纳入公共信用信息、设列严重失信主体名单和采取惩戒措施，都必须以法律、法规或者党中央、国务院政策文件为依据，并直接援引；任何部门不得擅自增加或扩展。',
  suggestion: '写明规定该信用记录或惩戒的法律、法规条款（如《××法》第×条）；没有依据的，删除纳入名单和惩戒的内容，违法行为依其本身的法律责任处理。',
  basis: [
    { law: '国办发〔2020〕49号' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '行政处罚法', article: '第九条' },
  ],
  severity: 'error',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'info',
    'local-regulation': 'info',
    'department-rule': 'warning',
    'government-rule': 'warning',
    internal: 'info',
  },
  unless: [NOT_A_SANCTION, VAGUE_BASIS],
  match: { type: 'clause', anchors: CREDIT_ANCHORS, check: creditCheck },
  examples: {
    bad: [
      '行人一个季度内闯红灯三次以上的，[[列入“黑名单”]]并通报其所在单位。',
      '对拖欠物业服务费超过一年的业主，[[纳入个人信用记录]]。',
      '电动自行车驾驶人多次违法的，对其[[实施联合惩戒]]。',
    ],
    good: [
      '依照《中华人民共和国兵役法》第五十七条的规定，纳入履行国防义务严重失信主体名单。',
      '将志愿服务记录纳入个人信用记录，作为守信激励的依据。',
      '对被人民法院列入失信被执行人名单的企业，依法限制其参与政府采购。',
      '建立健全守信联合激励和失信联合惩戒机制。',
      { text: '国家出口管制管理部门依法将出口经营者违反本法的情况纳入信用记录。', docType: 'law' },
    ],
  },
});
