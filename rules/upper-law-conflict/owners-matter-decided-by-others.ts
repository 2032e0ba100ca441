import { defineRule } from '../define-rule';

/**
 * A matter the 民法典 reserves to the owners' joint decision (第二百七十八条: 管理规约、业主大会议事规则、选聘和解聘物业
 * 服务人、维修资金、共有部分的经营和用途…) handed to someone who is not the owners — the residents' committee, the
 * sub-district office, a housing department, the developer or the property company — to decide or approve. The
 * committees and offices may guide and supervise (物业管理条例第十条、第二十条), they may not decide. The owners'
 * committee case is owners-matter-decided-by-committee.
 */
const MATTER =
  '(?:选聘(?:和|、|或者?)?解聘物业服务(?:企业|人)|(?:选聘|解聘|更换)物业服务(?:企业|人)|物业服务(?:企业|人)的(?:选聘|解聘|更换)|(?:使用|筹集|续筹)[^。；，]{0,4}?(?:专项)?维修资金|(?:专项)?维修资金的(?:使用|筹集|续筹)|管理规约|业主大会议事规则|(?:利用|改变)共有部分|共有部分的(?:经营|出租|用途)|(?:公共|共有|共用部位)收益(?:的)?(?:使用|分配|管理|支出)|业主大会(?:的)?(?:成立|召开|筹备)|成立业主大会|选举业主委员会|业主委员会(?:委员)?(?:的)?(?:选举|换届|人选))';
const DECIDER =
  '(?:社区居民委员会|居民委员会|居委会|社区|街道办事处|街道|乡镇人民政府|镇人民政府|乡镇政府|镇政府|房屋管理部门|房管部门|房管局|住房(?:和)?城乡建设(?:主管)?部门|住建部门|住建局|物业(?:管理)?主管部门|建设单位|开发建设单位|开发商|物业服务企业|物业公司)';
const DECIDE = '(?:决定|确定|选定|批准|审定|审批|同意|核准|指定)';

export default defineRule({
  id: 'owners-matter-decided-by-others',
  category: 'upper-law-conflict',
  title: '由居委会、街道、主管部门或建设单位决定业主共同决定事项',
  message:
    '本条把依照《民法典》第二百七十八条应由业主共同决定的事项（制定管理规约和业主大会议事规则、选聘和解聘物业服务企业、筹集和使用维修资金、改变共有部分用途或利用其经营等）交由居民委员会、街道办事处、主管部门、建设单位或物业服务企业决定、审定或批准。这些机关和单位依法只负指导、协助和监督之责，改变决定主体与民法典不一致。',
  suggestion: '改为“由业主依法共同决定（业主大会表决）”，居民委员会、街道办事处、主管部门仅负责指导、协助和监督；需要备案的，写明为告知性备案。',
  basis: [
    { law: '民法典', article: '第二百七十八条' },
    { law: '物业管理条例', article: '第十一条' },
    { law: '物业管理条例', article: '第二十条' },
    { law: '立法法', article: '第一百零七条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  gates: { citation: 'none' },
  unless: ['前期物业|业主大会(?:依法)?(?:决定|表决|同意)|业主(?:依法)?共同决定|业主决定|指导|协助|监督|备案|告知|应急|紧急|危及'],
  match: {
    type: 'pattern',
    anchors: ['物业服务', '维修资金', '管理规约', '议事规则', '共有部分', '业主委员会', '收益', '业主大会'],
    patterns: [
      `(?<m>${MATTER}[^。；]{0,12}?(?:由|经|报)[^。；，]{0,6}?${DECIDER}[^。；，]{0,8}?${DECIDE})`,
      `(?:由|经)[^。；，]{0,6}?${DECIDER}[^。；，]{0,10}?(?:${DECIDE}|选聘|解聘)[^。；，]{0,8}?(?<m>${MATTER})`,
    ],
  },
  examples: {
    bad: [
      '[[专项维修资金的使用方案由街道办事处审定]]后实施。',
      '老旧小区[[管理规约须报区房屋管理部门批准]]后生效。',
      '无业主大会的小区，由社区居民委员会决定[[物业服务企业的选聘]]和解聘。',
      '[[电梯广告等公共收益的分配由物业公司确定]]。',
    ],
    good: [
      '选聘和解聘物业服务企业，由业主依法共同决定。',
      '街道办事处负责指导、监督业主大会的成立和管理规约的制定。',
      '前期物业服务企业由建设单位依法通过招投标方式选聘。',
      '管理规约应当报街道办事处备案。',
    ],
  },
});
