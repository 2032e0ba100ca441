import { defineRule } from '../define-rule';

/**
 * A protective rule of the superior law relaxed: the list of activities banned in a nature reserve cut down
 * (缩减为三类), a protection zone or safety distance shrunk, an emission standard lowered. Lower law may be
 * stricter but not laxer (立法法第一百零七条; 祁连山保护区条例案).
 */
export default defineRule({
  id: 'protection-narrowed',
  category: 'upper-law-conflict',
  title: '放宽、缩减上位法的禁止性或保护性规定',
  message:
    '本条缩减、放宽或降低了保护范围、禁止事项、排放标准、安全距离等保护性要求。下位法可以在上位法基础上从严，但不得放宽上位法的禁止性规定或降低其保护标准，否则与上位法相抵触。',
  suggestion: '逐项对照上位法的禁止事项和标准；保留上位法的全部禁止性规定，地方可以增加而不得减少。',
  basis: [
    { law: '立法法', article: '第一百零七条' },
    { law: '自然保护区条例', article: '第二十六条' },
    { law: '法规规章备案审查条例', article: '第十三条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  gates: { prohibition: false, citation: 'none' },
  unless: ['(?:不得|严禁|禁止|不应|不能)(?:擅自)?(?:缩减|缩小|放宽|降低|减少|缩短)', '时限|工作日|环节|申请材料|流程|办理时间|审批时间|办结时间|个工作|次数|成本|费用|门槛|准入'],
  match: {
    type: 'pattern',
    anchors: ['缩减为', '缩小为', '缩小', '放宽', '降低', '减少', '缩短', '缩减', '调减'],
    patterns: [
      '(?<m>(?:缩减为|缩小为)[^。；，]{0,12})',
      '(?<m>(?:缩小|缩减|调减|放宽|降低|减少|缩短)[^。；，]{0,8}?(?:保护范围|保护区范围|禁止性规定|禁止事项|禁止行为|禁止活动|禁止类|排放标准|排放限值|防护距离|安全距离|卫生防护距离|生态保护红线|核心区|缓冲区|环境质量标准|安全标准|水源保护区))',
    ],
  },
  examples: {
    bad: [
      '本条例将《自然保护区条例》规定的十类禁止活动[[缩减为狩猎、垦荒、烧荒三类]]。',
      '对城区以外的加油站，可以[[适当缩短安全距离]]要求。',
    ],
    good: [
      '任何单位不得擅自缩小饮用水水源保护区范围。',
      '在保护区内禁止进行砍伐、放牧、狩猎、捕捞、采药、开垦、烧荒、开矿、采石、挖沙等活动，并禁止建设旅游设施。',
      '进一步放宽市场准入条件，降低企业制度性交易成本。',
      '企业开办时间由5个工作日缩减为1个工作日。',
    ],
  },
});
