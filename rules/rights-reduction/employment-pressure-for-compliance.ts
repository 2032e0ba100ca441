import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from './_shared';

/**
 * 株连式“包保”: employees of public bodies are pressed with their pay or post (停薪停职、扣发绩效、免去职务、调离)
 * to make themselves or their relatives sign a demolition agreement, move out, or otherwise comply with an
 * administrative demand addressed to citizens. The employment relation is used as a coercive means no law grants.
 */
const INTERNAL =
  /停薪|停职|停岗|(?:停发|扣发|扣减|暂停发放)[^。，；]{0,14}?(?:工资|津贴|绩效|奖金|补贴|薪酬)|免去[^。，；]{0,6}?职务|免职|调离|待岗|下岗|辞退|解聘|解除聘用|停止[^。，；]{0,4}?工作|取消[^。，；]{0,8}?(?:评优|评先|晋升|提拔|年终奖|考核)|诫勉|组织处理|一票否决/g;
const LEVER = /亲属|配偶|子女|父母|家属|亲友|亲戚|女婿|儿媳|不签|未签|拒签|签约|签订[^。]{0,12}?协议|搬迁|腾退|腾空/;
const OWN_MISCONDUCT = /玩忽职守|滥用职权|徇私舞弊|贪污|受贿|索贿|失职|渎职|违反工作纪律|旷工|擅离职守/;

function check(c: ClauseContext): LocalHit[] {
  if (!LEVER.test(c.paragraph) || OWN_MISCONDUCT.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const m of allMatches(INTERNAL, c.text)) {
    if (bound(m.index)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'employment-pressure-for-compliance',
  category: 'rights-reduction',
  title: '以停薪停职等人事手段迫使本人或亲属履行行政要求',
  message:
    '本条以停薪、停职、扣发绩效、免职、调离等人事手段，迫使公职人员或其亲属签订协议、搬迁或完成其他针对群众的行政要求。劳动报酬和职务不得用作实现行政目的的强制手段，对亲属行为追究本人责任还构成株连，侵犯劳动权和休息权等基本权利，没有法律依据。',
  suggestion: '删除以人事待遇施压的内容；征收搬迁等事项应依照法定程序、以补偿和协商推进，对拒不履行的依法申请强制执行。',
  basis: [
    { law: '宪法', article: '第四十二条' },
    { law: '宪法', article: '第三十三条' },
    { law: '立法法', article: '第九十三条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'error',
  docTypes: { law: 'off', 'administrative-regulation': 'warning', 'local-regulation': 'warning' },
  gates: { prohibition: false },
  match: {
    type: 'clause',
    anchors: ['停薪', '停职', '停发', '扣发', '扣减', '暂停发放', '免去', '免职', '调离', '待岗', '下岗', '辞退', '解聘', '解除聘用', '停止', '取消', '诫勉', '组织处理', '一票否决'],
    check,
  },
  examples: {
    bad: [
      '本单位职工在规定期限内未签订搬迁协议的，[[停发当月绩效工资]]，直至签约为止。',
      '公职人员未能做通亲属拆迁工作的，一律[[调离]]现工作岗位。',
      '机关干部本人房屋在征收范围内且逾期未搬迁的，[[暂停发放其奖励性绩效工资]]。',
    ],
    good: [
      '工作人员在征地拆迁工作中玩忽职守、滥用职权的，依法给予处分。',
      '任何单位不得以停薪、停职等方式要求职工动员其亲属签订拆迁协议。',
      '对无正当理由连续旷工超过十五天的工作人员，依法予以辞退。',
      '对未按期完成征收拆迁任务的乡镇，取消其年度评先评优资格。',
    ],
  },
});
