import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';

/** 法律、法规、规章规定的其他材料: a closed catch-all, bounded by the superior law. */
const CLOSED = /(?:法律|法规|规章|国务院|国家)[^。；，]{0,12}?(?:规定|要求)的(?:其他|其它)?$/;
const SUBMISSION = /提交|提供|报送|出具|附|递交|上传|申报|材料|申请|以下|下列/;

/** “其他材料”“其他相关材料” at the end of an application list: the applicant cannot know what will be demanded. */
export default defineRule({
  id: 'materials-catch-all',
  category: 'certification-burden',
  title: '申请材料以“其他材料”兜底',
  message:
    '申请材料清单以“其他材料”“其他相关资料”兜底，使申请人无法预知应提交的全部材料，为索要清单外证明和材料留下空间。政务服务事项的材料应当逐一列明，行政机关不得要求提交与申请事项无关的材料。',
  suggestion: '逐项列明所需材料；确需兜底的，限定为“法律、法规、规章规定的其他材料”。',
  basis: [
    { law: '优化营商环境条例', article: '第三十五条' },
    { law: '行政许可法', article: '第三十一条' },
    { law: '优化营商环境条例', article: '第四十四条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', internal: 'off' },
  unless: ['兜底|逐一明确|逐项列明|无关的|清单之外|其他材料的[^。]{0,6}(?:不得|不再)'],
  match: {
    type: 'clause',
    anchors: ['其他', '其它'],
    check: regexCheck([
      {
        re: '(?<m>(?:其他|其它)(?:相关|有关|必要|必需|所需|需要的|要求的|需要提供的|需要提交的)?(?:的)?(?:证明)?(?:材料|资料|证明|证明文件|证件))',
        test: (m, c) => {
          const before = c.text.slice(Math.max(0, m.index - 20), m.index);
          if (CLOSED.test(before)) return false;
          const item = /^\s*(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、．])/.test(c.text);
          return item || SUBMISSION.test(c.sentence);
        },
      },
    ]),
  },
  examples: {
    bad: [
      '申请人应当提交下列材料：申请表、营业执照复印件、场地使用证明及[[其他相关材料]]。',
      '（六）审批部门要求的[[其他材料]]。',
      '申报单位须同时报送项目可行性报告和[[其他需要提交的材料]]。',
    ],
    good: [
      '（六）法律、法规、规章规定的其他材料。',
      '属于兜底性质的“其他材料”“有关材料”，应当逐一明确。',
      { text: '行政机关不得要求申请人提交与其申请的行政许可事项无关的技术资料和其他材料。', docType: 'law' },
      '其他事项按照国家有关规定执行。',
    ],
  },
});
