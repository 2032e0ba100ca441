import { defineRule } from '../define-rule';

/**
 * A matter the 民法典 reserves to the owners' joint decision (业主共同决定: 共有部分的经营、出租，维修资金，
 * 选聘物业服务人…) handed to the owners' committee (经业主委员会同意…). The committee only executes the
 * decisions of the owners' assembly (民法典第二百七十八条、第二百八十条; 物业管理条例第十五条).
 */
export default defineRule({
  id: 'owners-matter-decided-by-committee',
  category: 'upper-law-conflict',
  title: '由业主委员会决定应由业主共同决定的事项',
  message:
    '本条由业主委员会同意或决定有关事项。依照《民法典》第二百七十八条，利用共有部分经营或出租、使用和筹集维修资金、选聘物业服务企业等属于业主共同决定的事项，须经业主大会依法表决；业主委员会只是执行机构，下位文件改变决定主体与民法典不一致。',
  suggestion: '改为“经业主大会依法决定”或“经业主依照《民法典》第二百七十八条的规定共同决定”；业主委员会仅负责执行。',
  basis: [
    { law: '民法典', article: '第二百七十八条' },
    { law: '民法典', article: '第二百八十条' },
    { law: '物业管理条例', article: '第十五条' },
    { law: '立法法', article: '第一百零七条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  unless: ['业主大会(?:依法)?(?:决定|授权|同意|表决|的决定)|业主共同决定|业主依法决定|授权业主委员会|召开|召集|执行业主大会|应急|紧急'],
  match: {
    type: 'pattern',
    anchors: ['业主委员会', '业委会'],
    patterns: [
      '(?<m>(?:经|由)(?:业主委员会|业委会)[^。；，]{0,6}?(?:同意|决定|批准|确定|审议通过|表决通过|讨论决定|审定))',
      '(?<m>(?:业主委员会|业委会)(?:有权|可以|负责)(?:决定|批准|确定)[^。；，]{0,12})',
    ],
  },
  examples: {
    bad: [
      '业主共有车位在满足业主需要后仍有空余的，[[经业主委员会同意]]可以向物业管理区域以外人员出租。',
      '专项维修资金的使用方案[[由业主委员会决定]]后报街道办事处备案。',
    ],
    good: [
      '利用共有部分从事经营活动的，应当经业主大会依法决定，由业主委员会组织实施。',
      '业主委员会应当执行业主大会的决定，接受业主监督。',
      '经业主大会授权，业主委员会可以决定单项金额不超过五万元的日常维修支出。',
    ],
  },
});
