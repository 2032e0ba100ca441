import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

const SUPPLY = '供水|供电|供气|供热|供暖|供燃气|用水|用电|用气|水电|水、电|电、水';

/**
 * Cutting water, power, gas or heat to force compliance with an administrative decision (行政强制法第四十三条第二款).
 * A supplier stopping supply for unpaid bills, maintenance or an emergency is a contract / safety matter (unless).
 */
export default defineRule({
  id: 'utility-cutoff-coercion',
  category: 'unauthorized-coercion',
  title: '以停水、停电、停气、停热迫使相对人履行',
  message:
    '行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行行政决定；规章、规范性文件以停水停电作为督促整改、清退、拆除的手段，属于违法设定行政强制。',
  suggestion: '删除以停水停电停气停热促使履行的规定，改用法定的强制执行或申请人民法院强制执行程序。',
  basis: [
    { law: '行政强制法', article: '第四十三条' },
    { law: '行政强制法', article: '第十三条' },
    { law: '优化营商环境条例', article: '第五十九条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'warning', internal: 'off' },
  unless: ['欠费|欠缴|拖欠|(?<!污)水费|电费|燃气费|热费|催告|逾期未交|逾期未缴|未按(?:时|期|约定)[^。]{0,6}(?:缴|交)[^。]{0,4}费|检修|抢修|维修|故障|施工|工程|管网|(?:提前|预先|事先)[^。]{0,8}(?:通知|告知|公告)|供(?:电|水|气|热)人|事故抢险|计划停|有序用电|错峰|限电序位|用户申请|供用[^。]{0,4}合同|自然灾害|突发事件|安全距离'],
  match: {
    type: 'clause',
    anchors: ['停止', '中止', '中断', '暂停', '切断', '断绝', '不予供', '限制供', '限制用', '停水', '停电', '停气', '停热', '断水', '断电', '断气', '拉闸', '限电', '限水', '限气', '断供', '停供'],
    check: regexCheck([
      {
        re: `(?<m>(?:停止|中止|中断|暂停|切断|断绝|不予|限制)(?:其|对其|该)?(?:${SUPPLY})(?:(?:、|和|及|或者?)(?:${SUPPLY}))*)`,
        soften: SOFT_BASIS,
      },
      { re: '(?<m>(?:对其|予以|实施|采取|一律)(?:停水|停电|停气|停热|断电|断水|断气)(?:措施|处理)?)', soften: SOFT_BASIS },
      // 对其实施限电直至停电 / 采取断供措施: rationing or cutting supply as the lever
      {
        re: '(?<m>(?:对其|予以|实施|采取|一律|实行)[^。；，]{0,4}?(?:限电|限水|限气|断供|停供|停止供应)(?:直至(?:停电|停水|停气|断电|断水))?(?:措施)?)',
        soften: SOFT_BASIS,
      },
      { re: '(?<m>停水(?:、)?停电|停电(?:、)?停水|断水(?:、)?断电|断电(?:、)?断水|拉闸(?:停电|断电|限电))', soften: SOFT_BASIS },
    ]),
  },
  examples: {
    bad: [
      '对逾期不拆除违法建筑的，由街道办事处协调供水、供电企业[[停止供水、供电]]。',
      '拒不配合整治的经营户，一律实行[[停水停电]]。',
      { text: '对未完成能耗削减任务的企业，由供电企业[[限制用电]]直至整改到位。', docType: 'government-rule' },
      '对拒不搬离的商户，由供电单位[[实施限电直至停电]]。',
      '对拒不缴纳垃圾处理费的单位，由城管部门通知供水企业[[中止供水]]。',
    ],
    good: [
      { text: '行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定。', docType: 'law' },
      '供热企业不得因部分用户欠交热费，停止向其他已交费用户供热或者降低供热标准。',
      '用户逾期未交电费的，供电企业可以按照供用电合同约定的程序中止供电。',
      '因供水设施检修需要停止供水的，供水单位应当提前二十四小时通知用户。',
    ],
  },
});
