import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';

/** 法律、行政法规规定的其他… — closed by the superior law. */
const CLOSED = /(?:法律|法规|规章|国务院|国家|上级)[^。；，]{0,12}?(?:规定|明确|确定)的?$/;
/** Grants (奖励、补贴、扶持…) may end with an open item: it widens a benefit, not a burden. */
const BENEFIT = /奖励|补贴|补助|扶持|优惠|表彰|资助|享受|减免|免予|优先|便利|支持|激励|服务事项/;
/** Adverse consequences that an open catch-all would extend. */
const ADVERSE = /处罚|罚款|取消|吊销|撤销|责令|限制|禁止|不予|纳入|列入|清退|暂停|停止|追回|约谈|通报|黑名单|失信|查处|审批|许可|备案|核准/;

/** A benefit list's open item, with no denial or sanction in the sentence. */
const benefitOnly = (s: string) => BENEFIT.test(s) && !ADVERSE.test(s);

const closedBefore = (m: RegExpExecArray, c: { text: string }) => !CLOSED.test(c.text.slice(Math.max(0, m.index - 20), m.index));

/**
 * Open-ended catch-alls that extend a penalty, licence, filing or duty: 其他应当处罚的行为、其他需要审批的事项、有关部门认为
 * 需要的. The closed form (法律、行政法规规定的其他…) is lawful; a benefit list's open item is not a burden.
 */
export default defineRule({
  id: 'open-ended-catch-all',
  category: 'catch-all-overreach',
  title: '以开放式兜底条款扩张处罚、许可或义务范围',
  message:
    '“其他应当……的”“其他违法违规行为”“有关部门认为需要的”等开放式兜底表述，使处罚、审批、备案或义务的范围由执法机关临时决定，违反处罚法定、许可法定原则和规定明确具体的要求。兜底只能限定为“法律、行政法规规定的其他……”。',
  suggestion: '逐项列明适用情形；确需兜底的，改为“法律、法规、规章规定的其他情形”。',
  basis: [
    { law: '行政处罚法', article: '第四条' },
    { law: '行政处罚法', article: '第九条' },
    { law: '行政许可法', article: '第十八条' },
    { law: '规章制定程序条例', article: '第八条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', internal: 'off' },
  unless: ['兜底性质|逐一明确|逐项列明'],
  match: {
    type: 'clause',
    anchors: ['其他', '其它', '认为', '认定', '视为'],
    check: regexCheck([
      // 其他应当给予处罚的行为 / 其他需要审批的事项
      {
        re: '(?<m>(?:其他|其它)(?:应当|需要|依法应当|必须|应|需|应予)?[^。；，]{0,14}?(?:处罚|查处|审批|报批|许可|备案|核准|审核|登记|取缔|关停|整改|清理|纳入|列入|禁止|限制|追究|处理)的(?:情形|行为|事项|项目|活动|情况)?)',
        test: (m, c) => closedBefore(m, c) && !benefitOnly(c.sentence),
      },
      // 其他违反有关规定的行为 / 其他违法违规行为 / 其他严重失信行为
      {
        re: '(?<m>(?:其他|其它)[^。；，]{0,8}?(?:违反(?:有关|相关|管理)?(?:规定|要求|管理|秩序)|不符合(?:有关|相关)?(?:规定|要求|条件)|违法违规|违规|不良|失信|严重|扰乱|破坏|损害|妨碍|妨害|危害|影响)[^。；，]{0,6}?(?:行为|情形|情况)(?:的)?)',
        test: (m, c) => closedBefore(m, c) && !benefitOnly(c.sentence) && !/违反(?:法律|法规|本(?:办法|规定|条例|细则|通知))/.test(m[0]),
        grade: (_m, c) => (ADVERSE.test(c.sentence) ? undefined : 'info'),
      },
      // 市交通运输部门规定的其他情形: the department fills the list itself
      {
        re: '(?<m>(?:部门|机关|政府|管委会|办公室|领导小组|指挥部|中心|本局|我局)(?:另行)?(?:规定|确定|认定|要求|明确)的(?:其他|其它)[^。；，]{0,6}?(?:情形|事项|材料|条件|行为|资料|证明|项目))',
        test: (m, c) => !/(?:法律|法规|规章)[^。；，]{0,8}$/.test(c.text.slice(Math.max(0, m.index - 10), m.index)) && !benefitOnly(c.sentence),
      },
      // 有关部门认为需要的 / 主管部门认定应当…的
      {
        re: '(?<m>(?:有关部门|主管部门|相关部门|行政机关|本机关|我局|执法部门|审批部门|管理部门|监管部门|登记机关|行业主管部门|政府)(?:认为|认定|确定|视为)[^。；，]{0,10}?(?:需要|必要|应当|有必要|不宜|不符合)[^。；，]{0,12}?的)',
        test: (_m, c) => !benefitOnly(c.sentence),
      },
    ]),
  },
  examples: {
    bad: [
      '有下列行为之一的，由城市管理部门责令改正，处五百元罚款：……（五）[[其他应当给予处罚的行为]]。',
      '下列事项实行审批管理：……（四）[[其他需要审批的事项]]。',
      '申请人应当提交项目说明、用地证明以及[[主管部门认为需要提交的]]其他材料。',
      '对有[[其他违法违规行为的]]企业，取消其评优评先资格。',
      '对[[其他破坏市容环境的行为]]，由城管部门依照本办法处罚。',
    ],
    good: [
      { text: '行政处罚的种类：（一）警告、通报批评；……（六）法律、行政法规规定的其他行政处罚。', docType: 'law' },
      '（五）法律、法规规定的其他应当给予处罚的行为。',
      '对下列项目给予资金补助：……（四）其他需要支持的项目。',
      '属于兜底性质的“其他材料”“有关材料”，应当逐一明确。',
    ],
  },
});
