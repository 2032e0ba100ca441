import { defineRule } from '../define-rule';

/**
 * A department setting up its own 红黑名单 / 白名单 / 警示名单 and treating listed businesses differently (红名单
 * 优先考虑、减少检查). Lists of serious dishonesty may only be set up in fields a law, regulation or central policy
 * document designates (国办发〔2020〕49号); favouring “red-listed” firms is also a selective preference.
 */
const LISTS = '红黑名单|黑名单|红名单|白名单|灰名单|警示名单|重点关注名单|黑榜|红黑榜|红榜';

export default defineRule({
  id: 'self-made-red-black-list',
  category: 'credit-sanction-overreach',
  title: '自设红黑名单并据以差别对待',
  message:
    '本条自行建立红黑名单、白名单或警示名单，或对列入名单的主体给予优先、减少检查等差别待遇。设列严重失信主体名单的领域必须有法律、法规或者党中央、国务院政策文件依据，任何部门不得擅自增加；据名单给予特定经营者优待还会排除、限制公平竞争。',
  suggestion: '删除自设名单；确有依据的，写明所依据的法律、法规条款，并明确列入标准、告知、异议和移出程序，不得据此给予特定经营者优惠。',
  basis: [
    { law: '国办发〔2020〕49号' },
    { law: '公平竞争审查条例', article: '第十条' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  severity: 'error',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'info',
    'local-regulation': 'info',
    'department-rule': 'warning',
    'government-rule': 'warning',
    internal: 'off',
  },
  unless: ['失信被执行人|人民法院'],
  match: {
    type: 'pattern',
    // every match names the list (…名单, 黑榜, 红榜)
    anchors: ['名单', '黑榜', '红榜'],
    patterns: [
      `(?<m>(?:建立|实行|实施|设立|推行|建设|制定)[^。；，]{0,16}?(?:${LISTS})(?:制度|管理|机制)?)`,
      '(?:列入|纳入|进入)[^。；，]{0,6}?(?:红名单|白名单|红榜)[^。]{0,60}?(?<m>优先|优惠|减少[^。；，]{0,4}检查|免于[^。；，]{0,4}检查|绿色通道|简化[^。；，]{0,4}程序|容缺|免检)',
    ],
  },
  examples: {
    bad: [
      '[[建立经营性人力资源服务机构红黑名单制度]]，每年向社会公布。',
      '对列入白名单的施工企业，在招标评审中予以[[优先]]推荐。',
    ],
    good: [
      '不得擅自建立黑名单制度。',
      '依照《中华人民共和国企业信息公示暂行条例》第十七条的规定，建立企业经营异常名录和严重违法企业名单制度。',
      '各地要全面清理自行设立的黑名单。',
    ],
  },
});
