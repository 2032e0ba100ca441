import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';

const VAGUE =
  '情节(?:较|特别|十分)?(?:严重|恶劣|较重|轻微|较轻)|视情(?:况)?|酌情|必要时|原则上|情况严重|影响恶劣|造成(?:不良|恶劣|严重|较大)(?:社会)?影响|后果严重|根据(?:实际)?情况|根据需要';
/** A denial, revocation or exclusion: discretion over these without a standard is a real risk. */
const EXCLUSION = '取消|吊销|撤销|不予|暂停|停止|清退|收回|禁止|限制|纳入|列入|降级|退出|停业|停产|关闭|关停|取缔';
/** Conduct being sanctioned (not a complaint or a request being handled). */
const WRONG = /违反|违规|违法|违章|拒不|未按|不按|未落实|不落实|不履行|未履行|逾期|擅自|弄虚作假|造成(?:不良|恶劣|严重)/;
/** A consequence left open (给予相应处理、严肃处理): neither the trigger nor the sanction is defined. */
const OPEN_CONSEQUENCE = /^[^。；]{0,14}?(?:相应(?:的)?(?:处理|处罚|处置|惩戒|责任)|严肃处理|从严处理|从重处理|严厉处理|一并处理|予以处理|作出处理|进行处理)/;
const CONSEQUENCE = `处以?|给予|罚款|责令|约谈|通报|相应(?:的)?(?:处理|处罚|处置)|严肃处理|从严处理|从重处理|予以处理|${EXCLUSION}`;
/** Pure discretion words (not the statutory tiers 情节严重/较轻, which a 裁量基准 defines). */
const PURE = /^(?:视情(?!节)|酌情|必要时|原则上|造成(?:不良|恶劣|严重|较大)|影响恶劣|根据)/;

/**
 * 情节严重、视情、酌情、必要时、原则上 deciding a penalty or a denial with no standard: the discretion needs a 裁量基准
 * (行政处罚法第三十四条). A definition (“情节严重，是指…”) or a referenced standard is quiet.
 */
export default defineRule({
  id: 'vague-trigger-for-sanction',
  category: 'vague-discretion',
  title: '处罚、取消资格等以“情节严重”“视情”“必要时”等模糊条件触发',
  message:
    '以“情节严重”“视情”“酌情”“必要时”“原则上”“造成不良影响”等不确定表述决定处罚、不予办理或取消资格，而未规定判断标准，裁量空间过大，易造成同案不同罚。应当明确具体情形或配套公布裁量基准。',
  suggestion: '列明构成“情节严重”等的具体情形（次数、数额、后果），或写明适用的裁量基准；取消、不予类后果应有明确条件。',
  basis: [
    { law: '行政处罚法', article: '第三十四条' },
    { law: '规章制定程序条例', article: '第八条' },
    { law: '优化营商环境条例', article: '第三十五条' },
    { law: '国办发〔2022〕27号' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', internal: 'off' },
  unless: ['是指|包括下列|下列情形|以下情形|裁量基准|具体标准|认定标准|判定标准|量化|另行制定|细化标准|追究刑事责任'],
  match: {
    type: 'clause',
    anchors: ['情节', '视情', '酌情', '必要时', '原则上', '情况严重', '影响恶劣', '后果严重', '不良影响', '恶劣影响', '严重影响', '较大影响', '根据实际情况', '根据情况', '根据需要'],
    check: regexCheck([
      {
        re: `(?<m>${VAGUE})(?=[^。；]{0,20}?(?:${CONSEQUENCE}))`,
        // a benefit (原则上给予救助) or statutory leniency (情节轻微…不予处罚) is not a sanction
        test: (m, c) => {
          const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
          return !/^[^。；]{0,8}?(?:不予(?:行政)?处罚|免予处罚|免于处罚|从轻|减轻)/.test(after) && !/^[^。；]{0,10}?(?:给予|予以)[^。；，]{0,6}?(?:救助|补助|补贴|奖励|支持|扶持|优惠|表彰|资助|照顾|帮扶)/.test(after);
        },
        grade: (m, c) => {
          const after = c.text.slice(m.index, m.index + m[0].length + 22);
          if (OPEN_CONSEQUENCE.test(c.text.slice(m.index + m[0].length)) && WRONG.test(c.sentence)) return 'warning';
          return PURE.test(m[0]) && new RegExp(EXCLUSION).test(after) ? 'warning' : undefined;
        },
      },
    ]),
  },
  examples: {
    bad: [
      '对未按要求整改的企业，[[视情]]取消其享受扶持政策的资格。',
      '申请人存在失信行为的，[[原则上]]不予受理其申请。',
      '违反本办法规定，[[情节严重]]的，处一万元罚款。',
      { text: '对[[造成不良影响]]的经营者，暂停其参与政府采购活动。', docType: 'policy-document' },
      '对不按规定落实门前责任的商户，城管部门可[[视情节]]轻重作出相应处理。',
      '发现存在重大隐患的，[[必要时]]可以责令关闭。',
    ],
    good: [
      '本办法所称情节严重，是指一年内违法两次以上或者造成直接经济损失五万元以上。',
      '情节严重的，依照市场监管行政处罚裁量基准从重处罚。',
      { text: '情节严重的，处五千元以上二万元以下罚款。', docType: 'law' },
      '必要时，可以组织专家进行论证。',
      '联席会议原则上每季度召开一次，必要时可以临时召开。',
    ],
  },
});
