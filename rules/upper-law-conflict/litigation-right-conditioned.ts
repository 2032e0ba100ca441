import { defineRule } from '../define-rule';

/**
 * Access to review and to the courts made conditional or waived: a lower document that makes 行政复议 a precondition
 * of suing (复议前置), or requires a party to give up 复议 or 诉讼. Only a law or an administrative regulation may
 * require review first (行政诉讼法第四十四条; 行政复议法第二十三条); no document may take the right to sue away.
 */
export default defineRule({
  id: 'litigation-right-conditioned',
  category: 'upper-law-conflict',
  title: '设定复议前置或限制、放弃申请复议和提起诉讼的权利',
  message:
    '本条要求当事人先申请行政复议才能起诉，或要求其放弃、不得申请行政复议或提起行政诉讼。复议前置只能由法律、行政法规规定（《行政诉讼法》第四十四条、《行政复议法》第二十三条），申请复议和提起诉讼的权利不得由下位文件限制或通过协议放弃。',
  suggestion: '删除复议前置和放弃救济权利的内容，改为告知当事人“可以依法申请行政复议或者提起行政诉讼”；确属法律、行政法规规定复议前置的，写明其条款。',
  basis: [
    { law: '行政诉讼法', article: '第四十四条' },
    { law: '行政复议法', article: '第二十三条' },
    { law: '立法法', article: '第十一条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  // the statutes' own choice-of-remedy rule: no suit while a review is pending, no review once a suit is filed
  unless: ['法律、(?:行政)?法规(?:另有)?规定(?:应当)?先|依照[^。]{0,12}法(?:律)?[^。]{0,4}规定先|复议期间|诉讼期间|已经(?:依法)?受理|已经[^。]{0,12}(?:提起|申请)|人民法院已经'],
  match: {
    type: 'pattern',
    anchors: ['复议', '诉讼'],
    patterns: [
      // 应当先申请行政复议；对复议决定不服的，方可提起行政诉讼
      '(?<m>(?:应当|须|必须|应|需|一律)(?:先|首先|事先)[^。；，]{0,16}?申请(?:行政)?复议)(?![^。；，]{0,6}?(?:也可以|或者))',
      // 放弃申请行政复议或者提起行政诉讼的权利 / 不得就补偿问题提起诉讼
      '(?<m>(?:放弃|不得|不再)(?:再|另行)?(?:就[^。；，]{1,12}?)?(?:向[^。；，]{0,12}?)?(?:申请|提起)(?:行政)?(?:复议|诉讼)(?:(?:或者?|和|、)(?:提起|申请)?(?:行政)?(?:复议|诉讼))?)',
    ],
  },
  examples: {
    bad: [
      '对本办法规定的处理决定不服的，[[应当先向市人民政府申请行政复议]]，对复议决定不服的，再向人民法院起诉。',
      '被征收人签订补偿协议后，[[不得就补偿问题申请行政复议或者提起行政诉讼]]。',
      '申请人应当书面承诺[[放弃申请行政复议]]的权利。',
    ],
    good: [
      '当事人对处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。',
      '法律、行政法规规定应当先申请行政复议的，依照其规定。',
      '行政机关不得因当事人申请行政复议或者提起行政诉讼而加重处罚。',
    ],
  },
});
