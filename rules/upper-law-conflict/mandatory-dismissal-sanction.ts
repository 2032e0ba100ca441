import { defineRule } from '../define-rule';

/**
 * The heaviest disciplinary sanction made mandatory (应当给予开除处分、一律开除) for conduct the superior law
 * punishes only with 依法给予处分 or a graded range. Sanctions of public employees are fixed by 公职人员政务处分法
 * and the 处分条例; a local regulation or normative document may not raise them (备案审查: 计划生育条例“开除”案).
 */
export default defineRule({
  id: 'mandatory-dismissal-sanction',
  category: 'upper-law-conflict',
  title: '规定一律给予开除等最重处分',
  message:
    '本条对某类行为规定应当或一律给予开除处分。处分的种类和适用情形由法律、行政法规规定，上位法只规定“依法给予处分”的，下位文件直接规定开除属于加重处分、与上位法不一致，也排除了按情节裁量的空间。',
  suggestion: '改为“依法给予处分”或“依照《××法》第×条的规定给予处分”，由处分机关按情节在法定种类内裁量。',
  basis: [
    { law: '立法法', article: '第一百零七条' },
    { law: '法规规章备案审查条例', article: '第十三条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', internal: 'info' },
  unless: ['直至|以下|警告|记过|记大过|降级|撤职|视情节|情节严重|情节特别严重|可以给予|党籍|旷工'],
  match: {
    type: 'pattern',
    anchors: ['开除'],
    patterns: [
      '(?<m>(?:应当|一律|一概|必须|直接|均|还应当|并)[^。；，]{0,10}?开除(?:处分|公职|学籍)?)',
      '(?<m>给予[^。；，]{0,6}?开除(?:处分|公职|学籍)?)',
    ],
  },
  examples: {
    bad: [
      '违反本条例规定生育子女的，依法征收社会抚养费；是国家工作人员的，还应当[[依法给予行政开除处分]]。',
      '工作人员参与组织群体性上访的，[[一律开除]]。',
    ],
    good: [
      '国家工作人员违反本条例规定的，依法给予处分。',
      '有前款行为的，视情节轻重给予警告、记过、记大过、降级、撤职直至开除处分。',
      { text: '有下列行为之一的，予以开除。', docType: 'law' },
    ],
  },
});
