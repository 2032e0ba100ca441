import { defineRule, ONLY_LEGISLATION } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

/**
 * Setting up a management regime of 年检 / 年审 / 准入 / 审批 (a licence in all but name), or of 备案 / 登记 / 认定 /
 * 目录 (often a disguised licence; a pure notice filing is lawful — hence info).
 */
export default defineRule({
  id: 'license-regime-annual-inspection',
  category: 'unauthorized-license',
  severity: 'warning',
  title: '建立年检、年审、准入、审批等管理制度（变相许可）',
  message:
    '以“实行年检（年审）制度”“实行准入管理”“实行审批管理”等方式对相对人的活动设置事前管控，实质上是设定行政许可或许可的延续审查。规章、规范性文件无权设定；备案、登记、认定、目录管理如影响相对人从事活动，同样构成变相许可。',
  suggestion:
    '删除该制度，或写明设定它的法律、行政法规；备案类管理明确为告知性备案，不作为从事活动的条件，不进行实质审查。',
  basis: [
    { law: '行政许可法', article: '第十七条' },
    { law: '优化营商环境条例', article: '第三十九条' },
    { law: '优化营商环境条例', article: '第四十条' },
  ],
  docTypes: { ...ONLY_LEGISLATION, internal: 'off' },
  unless: ['告知性备案|不作为[^。]{0,12}条件|不得(?:设置|设定|作为|增设)[^。]{0,8}(?:前置|条件)|事后备案|自愿|档案|统计|资产|设备台账'],
  match: {
    type: 'clause',
    anchors: ['实行', '实施', '推行', '建立'],
    check: regexCheck([
      {
        re: '(?<m>(?:实行|实施|推行|建立)[^。；，]{0,12}?(?:年检|年审|年度审验|年度检验|准入|前置审查|前置审批|审批|核准|许可|资格审查|准营)(?:制度|管理|制|机制))',
        soften: SOFT_BASIS,
      },
      {
        re: '(?<m>(?:实行|实施|推行)[^。；，]{0,12}?(?:备案|登记|注册|认定|目录|名录)(?:制度|管理|制))',
        soften: SOFT_BASIS,
        severity: 'info',
      },
    ]),
  },
  examples: {
    bad: [
      '对全市范围内的民办培训机构[[实行年检制度]]，年检不合格的不得继续招生。',
      '本区对共享电单车投放[[实行准入管理]]。',
      { text: '对从事废旧物资回收的经营者[[实行审批管理]]。', docType: 'government-rule' },
    ],
    good: [
      '养老机构登记后应当向民政部门备案，备案实行告知性备案，不作为开展养老服务的条件。',
      { text: '国家对特种设备生产实行许可制度。', docType: 'law' },
      '依照《中华人民共和国特种设备安全法》第十八条的规定，对特种设备生产单位实行许可制度。',
    ],
  },
});
