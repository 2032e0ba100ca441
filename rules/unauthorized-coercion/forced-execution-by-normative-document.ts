import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

/**
 * Administrative enforcement (强制拆除、强制清除、强制执行) and late-payment surcharges (加处罚款、滞纳金) must be set by law
 * (行政强制法第十三条、第四十五条). Without a law the authority applies to the people's court (非诉执行).
 */
export default defineRule({
  id: 'forced-execution-by-normative-document',
  category: 'unauthorized-coercion',
  severity: 'warning',
  title: '规章、规范性文件设定强制拆除、强制执行或加处罚款',
  message:
    '行政强制执行（强制拆除、强制清除、强行带离等）和加处罚款、滞纳金只能由法律设定；法律没有授权的，行政机关应当申请人民法院强制执行。规章、规范性文件规定由行政机关自行强制执行，需核对是否有法律依据，并遵守公告、催告、复议诉讼期限等程序。',
  suggestion: '写明授权强制执行的法律条款（如城乡规划法第六十八条、行政强制法第四十四条），补充公告、催告程序；无法律授权的改为“申请人民法院强制执行”。',
  basis: [
    { law: '行政强制法', article: '第十三条' },
    { law: '行政强制法', article: '第四十四条' },
    { law: '行政强制法', article: '第四十五条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', internal: 'off' },
  unless: ['申请(?:人民)?法院|人民法院[^。]{0,6}强制执行|司法强制'],
  match: {
    type: 'clause',
    anchors: ['强制', '强行', '加处', '滞纳金', '拆除', '清除', '清理', '清运', '腾退', '搬离', '拆迁'],
    check: regexCheck([
      {
        re: '(?<m>(?:强制|强行)(?:拆除|清除|清理|拆迁|腾退|搬迁|带离|收回|关停|封堵|迁移|清场|清退|执行))',
        soften: SOFT_BASIS,
        test: (m, c) => !/(?:申请|不得|禁止|严禁)[^。；，]{0,6}$/.test(c.text.slice(0, m.index)),
      },
      // 由乡镇人民政府组织力量拆除，费用由当事人承担: the administration carries out the demolition and bills the party
      {
        re: '(?<m>(?:组织(?:力量|人员|实施)?|代为|直接|予以)(?:拆除|清除|清理|清运|腾退|搬离|拆迁))',
        soften: SOFT_BASIS,
        test: (_m, c) =>
          /费用由[^。；，]{0,8}?(?:当事人|违法行为人|责任人|所有人|设置人|业主|经营者|其)[^。；，]{0,4}?(?:承担|负担)|逾期[^。；，]{0,6}?(?:不|未)[^。；，]{0,6}?(?:拆除|清除|清理|搬离)|拒不(?:拆除|清除|清理|搬离)/.test(c.sentence) &&
          !/没收|燃煤|锅炉/.test(c.sentence),
      },
      {
        re: '(?<m>(?:加处|加收|按日加收|每日加收|按日加处|按日计收|收取)[^。；，]{0,12}?(?:罚款|滞纳金))',
        soften: SOFT_BASIS,
        test: (m) => /加处|滞纳金|按日/.test(m[0]),
      },
    ]),
  },
  examples: {
    bad: [
      '当事人逾期不自行拆除的，由街道办事处组织[[强制拆除]]，拆除费用由当事人承担。',
      '对拒不缴纳占道费的，每日[[加收千分之五的滞纳金]]。',
      '违章搭建物逾期不自行拆除的，由街道办事处[[组织人员拆除]]，拆除费用由当事人承担。',
      { text: '对在禁养区内拒不关闭的养殖场，由镇政府[[强制关停]]。', docType: 'government-rule' },
    ],
    good: [
      '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行的，行政机关可以申请人民法院强制执行。',
      '对违法建筑，城市管理部门应当依照《中华人民共和国城乡规划法》第六十八条的规定，经公告后依法强制拆除。',
      '行政机关不得在夜间或者法定节假日实施强制拆除。',
      '对存在安全隐患的公共设施，管理单位应当及时组织拆除并设置警示标志。',
      { text: '当事人逾期不履行的，行政机关可以依法加处罚款或者滞纳金。', docType: 'law' },
    ],
  },
});
