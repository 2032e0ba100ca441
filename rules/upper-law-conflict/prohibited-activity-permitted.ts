import { defineRule } from '../define-rule';

/**
 * An activity that statutes ban outright in a protected zone made permissible (经批准可以开采、允许适度采砂): 自然保护区
 * 条例第二十六条 bans 砍伐、放牧、狩猎、捕捞、采药、开垦、烧荒、开矿、采石、挖沙 in every part of a reserve, 水污染防治法
 * bans new construction in the first-level water-source zone, 国家公园法 and the ecological red line keep mining out.
 * A lower document may add restrictions; opening an exception by approval relaxes the prohibition (祁连山案).
 */
const ZONE =
  '(?:自然保护区|核心区|缓冲区|实验区|饮用水水源(?:一级|二级)?保护区|水源保护区|一级保护区|风景名胜区核心景区|核心景区|生态保护红线|国家公园|湿地保育区)';
const BANNED =
  '(?:探矿|采矿|开矿|开采|采石|挖沙|挖砂|采砂|采沙|采土|砍伐|狩猎|捕捞|开垦|烧荒|放牧|采药|围垦|填埋|排污|设置排污口|新建[^。；，]{0,8}?(?:项目|设施|工程)|建设[^。；，]{0,6}?(?:生产设施|工业项目|旅游设施|开发项目|排污))';
const PERMIT = '(?:可以|允许|准予|准许|可|适度|有序)';

export default defineRule({
  id: 'prohibited-activity-permitted',
  category: 'upper-law-conflict',
  title: '在保护区域内准许上位法禁止的活动',
  message:
    '本条在自然保护区、饮用水水源保护区、风景名胜区核心景区、生态保护红线等区域内，经批准或在一定条件下准许开矿、采石、采砂、砍伐、新建项目等上位法明令禁止的活动，放宽了上位法的禁止性规定，与上位法相抵触。',
  suggestion: '删除准许性规定，按上位法保留全部禁止事项；确需开展科研、保护性设施建设等法律允许的活动的，援引上位法的具体条款和条件。',
  basis: [
    { law: '立法法', article: '第一百零七条' },
    { law: '自然保护区条例', article: '第二十六条' },
    { law: '法规规章备案审查条例', article: '第十三条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  gates: { citation: 'none' },
  unless: ['不得|禁止|严禁|不准|不允许|科学研究|科研|监测|保护设施|管护|巡护|防火|救护|应急'],
  match: {
    type: 'pattern',
    anchors: ['保护区', '核心区', '缓冲区', '实验区', '核心景区', '生态保护红线', '国家公园', '湿地保育区'],
    patterns: [`${ZONE}[^。]{0,30}?(?<m>${PERMIT}[^。；，]{0,6}?${BANNED})`],
  },
  examples: {
    bad: [
      { text: '在自然保护区的缓冲区内，经省人民政府批准，[[可以开展采砂]]作业。', docType: 'local-regulation' },
      '饮用水水源一级保护区内的现有养殖场，经县政府同意[[可以新建配套项目]]。',
    ],
    good: [
      { text: '禁止在自然保护区内进行砍伐、放牧、狩猎、捕捞、采药、开垦、烧荒、开矿、采石、挖沙等活动。', docType: 'local-regulation' },
      '因科学研究需要进入自然保护区核心区的，应当经管理机构批准。',
      '饮用水水源一级保护区内不得新建、扩建与供水设施无关的建设项目。',
    ],
  },
});
