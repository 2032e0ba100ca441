import { defineRule } from '../define-rule';

/**
 * Paying a fee made a condition of the right to vote or stand for election (按时交纳物业费作为业主委员会委员候选人
 * 的条件；缴清村集体费用方可参加选举). Election rights of owners and villagers come from 民法典第二百七十八条 and
 * the organic laws; a lower document may not tie them to the payment of a civil debt.
 */
const PAY = '(?:按时|足额|及时|如数|全额)?(?:交纳|缴纳|缴清|交清|结清|付清|缴齐|交齐)[^。；，]{0,12}?(?:费|款|金)';
const VOTE = '候选|参选|竞选|被选举|选举|当选|投票|表决权|担任[^。；，]{0,8}?委员';

export default defineRule({
  id: 'fee-payment-tied-to-voting-right',
  category: 'rights-reduction',
  title: '以缴费作为选举权、被选举权的条件',
  message:
    '本条把按时交纳物业费等费用作为参加选举、担任业主委员会委员或投票表决的条件。选举权、被选举权和表决权由法律规定（《民法典》第二百七十八条、《物业管理条例》），欠费属民事纠纷，应通过民事途径解决，下位文件以此限制民主权利属于无依据减损权利。',
  suggestion: '删除以缴费为条件的规定；欠缴费用的，由物业服务人依法催告或提起诉讼。',
  basis: [
    { law: '民法典', article: '第二百七十八条' },
    { law: '物业管理条例', article: '第十六条' },
    { law: '立法法', article: '第九十三条' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  severity: 'error',
  docTypes: { law: 'off', 'administrative-regulation': 'warning', 'local-regulation': 'warning' },
  unless: ['选举经费|工作经费|选举工作所需'],
  match: {
    type: 'pattern',
    anchors: ['交纳', '缴纳', '缴清', '交清', '结清', '付清', '缴齐', '交齐'],
    patterns: [`(?<m>${PAY})[^。；]{0,40}?(?:${VOTE})`, `(?:${VOTE})[^。；]{0,40}?(?<m>${PAY})`],
  },
  examples: {
    bad: [
      '业主委员会委员候选人应当遵守管理规约，[[按时交纳物业服务费]]。',
      '[[已缴清本年度村集体公益事业费]]的村民，方可参加村民委员会选举投票。',
    ],
    good: [
      '业主委员会委员应当由热心公益事业、责任心强、具有一定组织能力的业主担任。',
      '业主应当按照物业服务合同的约定按时交纳物业服务费；业主享有选举业主委员会委员并享有被选举权。',
      '选举工作所需经费由街道办事处从社区工作经费中列支。',
    ],
  },
});
