import { defineRule } from '../define-rule';

/**
 * A lower document that declares a named superior law inapplicable or suspended (不受《城乡规划法》限制、暂停执行
 * 《××条例》第×条). Only the enacting body or one it authorises may suspend a law's application (立法法第十三条、
 * 第十六条); anything else conflicts with it on its face.
 */
export default defineRule({
  id: 'superior-law-disapplied',
  category: 'upper-law-conflict',
  title: '宣布不适用或暂停执行上位法',
  message:
    '本条宣布某项法律、法规不适用、暂停执行或“不受其限制”。只有制定机关或经其授权才能暂停、调整法律法规的适用，下位文件自行排除上位法的适用与上位法相抵触。',
  suggestion: '删除该表述；确需变通的，应取得有权机关的授权决定并写明依据，否则按上位法执行。',
  basis: [
    { law: '立法法', article: '第一百零七条' },
    { law: '立法法', article: '第十六条' },
    { law: '行政诉讼法', article: '第五十三条' },
  ],
  severity: 'error',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'warning',
    'department-rule': 'warning',
    'government-rule': 'warning',
  },
  gates: { citation: 'none' },
  unless: ['经全国人民代表大会|全国人大常委会(?:授权|决定)|国务院(?:批准|决定)(?:暂时)?调整|经授权'],
  match: {
    type: 'pattern',
    anchors: ['不受', '不适用', '暂停', '暂缓', '停止', '中止', '可以不', '突破'],
    patterns: [
      '(?<m>不(?:受|适用)《[^》]{2,40}(?:法|条例|规定|办法)》(?:[^。；，]{0,12}?(?:限制|规定|约束))?)',
      '(?<m>(?:暂停|暂缓|停止|中止)(?:执行|适用|实施)《[^》]{2,40}(?:法|条例|规定|办法)》)',
      '(?<m>可以不(?:执行|适用|遵守)《[^》]{2,40}(?:法|条例|规定|办法)》)',
      '(?<m>突破《[^》]{2,40}(?:法|条例|规定|办法)》[^。；，]{0,8})',
    ],
  },
  examples: {
    bad: [
      '列入市重点项目的，[[不受《中华人民共和国城乡规划法》关于规划条件变更程序的限制]]。',
      '试点期间，园区内企业[[暂停执行《某省环境保护条例》]]第二十条的规定。',
    ],
    good: [
      '本办法未作规定的，适用《中华人民共和国城乡规划法》的规定。',
      '根据全国人大常委会授权决定，试验区内暂时调整实施有关法律规定。',
      { text: '军事设施的保护，不适用本法。', docType: 'law' },
    ],
  },
});
