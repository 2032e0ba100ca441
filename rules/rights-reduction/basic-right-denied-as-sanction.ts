import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { entitlementCheck } from './_entitlement';
import { ARREARS, RELATIVES, WRONGDOING } from './_shared';

/**
 * A basic right (education, work, public employment, household registration, marriage, election, social
 * assistance, land) withheld as a sanction for some conduct: 违法生育的七年内不得录用、欠缴物业费的不得参选、
 * 拒不搬迁的暂停办理落户. Only a law (or, within its powers, a regulation) may do this.
 */
const BASIC_RIGHTS =
  '入学|就学|升学|招生入学|新生录取|入园|入托|学籍|毕业证|学位证|学历证|就业|录用|招录|聘用为|报考|考录|应征|参军|入伍|征兵|' +
  '入党|入团|落户|户口|户籍|迁入|居住证|结婚|婚姻登记|出生登记|出生医学证明|身份证|选举|参选|被选举|投票|表决|' +
  '低保|最低生活保障|社会救助|临时救助|医疗保险|养老保险|社会保险|医保|社保|退休金|养老金|抚恤|宅基地|土地承包|承包地|集体收益|分红|惠农|惠民|' +
  '种粮补贴|耕地地力保护补贴|粮食直补|农机购置补贴|高龄津贴|残疾人补贴|残疾人两项补贴|养老服务补贴|奖励扶助|特别扶助|独生子女父母奖励';

const withheld = entitlementCheck({ objects: BASIC_RIGHTS, trigger: `${WRONGDOING}|${ARREARS}`, objectFirst: true, contextObject: true });
/** The denial words every finding's clause holds (they were the prefilter's anchors; the anchors are now the rights). */
const DENIAL = /不予|不得|不准|不许|暂停|停止|取消|限制|暂缓|中止|停办|停发|拒绝|剥夺|从严|一票否决/;
function check(c: ClauseContext): LocalHit[] {
  const hits = withheld(c);
  return hits.length && !DENIAL.test(c.text) ? [] : hits;
}

export default defineRule({
  id: 'basic-right-denied-as-sanction',
  category: 'rights-reduction',
  title: '以限制受教育、就业、落户等基本权利作为惩戒手段',
  message:
    '本条把受教育、就业录用、户籍、婚姻登记、选举、社会保障等基本权利作为惩戒手段予以限制或剥夺。没有法律、法规依据，规章不得设定减损公民权利的规范，行政规范性文件更不得限制公民的人身权、受教育权、劳动权等基本权利；地方性法规作此规定也须核对是否与上位法抵触、是否与违法行为相关联且过罚相当。',
  suggestion: '删除该限制；确需限制的，写明法律、行政法规的具体条款（如《兵役法》第五十七条），并限定在上位法规定的对象、情形和期限之内。',
  basis: [
    { law: '立法法', article: '第九十三条' },
    { law: '立法法', article: '第九十一条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '宪法', article: '第四十六条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'error',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'info',
    'local-regulation': 'warning',
    'department-rule': 'warning',
    'government-rule': 'warning',
  },
  gates: { prohibition: false },
  unless: [
    // statutory disqualifications restated for the person himself (公务员法第二十六条、未成年人保护法第六十二条)
    `^(?![^。]*(?:${RELATIVES}))[^。]*(?:受过刑事处罚|刑事处罚|犯罪记录|被开除公职|开除学籍|判处|服刑|刑罚执行)`,
    // the sanction belongs to the same procedure: fraud in this application, cheating in this exam
    '虚假材料|虚假证明|骗取|冒领|冒用|伪造|作弊|考试|考生|考场',
    // conditionality of social assistance itself (社会救助暂行办法第四十五条)
    '无正当理由[^。]{0,8}拒绝(?:就业|接受|参加|从事)',
  ],
  match: {
    type: 'clause',
    // the right withheld (every match names one)
    anchors: BASIC_RIGHTS.split('|'),
    check,
  },
  examples: {
    bad: [
      '对组织、参与非法集资的人员，自处理决定作出之日起五年内[[不得录用]]为本县机关事业单位工作人员。',
      '拒不配合征收搬迁的，由公安机关[[暂停办理其落户]]手续。',
      '业主欠缴物业服务费累计满六个月的，[[不得参选]]业主委员会委员。',
      '对有涉毒违法记录的人员，在事业单位公开招聘中[[一律不予聘用为]]正式工作人员。',
      '适龄儿童申请入学时，其父母有拒不履行征收决定情形的，学校[[暂缓办理]]。',
      '申请迁入户口的，应当核查是否拖欠村集体款项，拖欠的[[不予办理]]。',
      '拒不拆除违章建筑的农户，[[停发耕地地力保护补贴]]。',
    ],
    good: [
      '学校不得以学生家长未缴纳物业费、违反交通法规等为由，限制或者拒绝适龄儿童少年入学。',
      '任何单位不得限制残疾人的就业权利。',
      '申请人不符合落户条件的，公安机关不予办理落户手续，并书面说明理由。',
      '办理户口迁入时，申请材料不齐全的，不予受理，并一次性告知需要补正的材料。',
      '依照《中华人民共和国兵役法》第五十七条的规定，拒绝履行兵役登记义务且拒不改正的，不得录用为公务员。',
      '曾因犯罪受过刑事处罚的，不得录用为公务员。',
      { text: '违法生育的，七年内不得录用为国家工作人员。', docType: 'law' },
    ],
  },
});
