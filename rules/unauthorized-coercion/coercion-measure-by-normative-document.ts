import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

const MEASURE = '查封|扣押|冻结|暂扣|扣留|封存|收缴|查扣';
const PROPERTY =
  '财物|财产|车辆|机动车|非机动车|电动车|电动自行车|三轮车|船舶|设备|设施|工具|器材|场所|经营场所|物品|商品|货物|原料|原材料|产品|物资|资产|存款|汇款|账户|资金|股权|房屋|摊位|犬只|动物|广告牌|招牌|违法所得';
const CHAIN = `(?:${MEASURE})(?:[、和或及]|或者)?(?:${MEASURE})?(?:[、和或及]|或者)?(?:${MEASURE})?`;

const STATE = new RegExp(`^(?:予以|进行|实施|一律|可以|可|当场|就地)?${CHAIN}的`);

/** Not creating a measure: lifting it, handling what was seized, or a prior-state description. */
const notCreating = (m: RegExpExecArray, c: { text: string }) => {
  const before = c.text.slice(Math.max(0, m.index - 4), m.index);
  return !/(?:解除|被|已|退还|返还)$/.test(before) && !STATE.test(m[0]);
};

/**
 * 查封、扣押、冻结 and other administrative coercive measures are set by law (行政强制法第十条): a 行政法规 within limits, a
 * 地方性法规 only 查封/扣押 for local affairs, never a 规章 or normative document. 暂扣 of a licence is a penalty (checked
 * by the penalty rules). 依法扣押 (pointing to the law that grants it) lowers to info.
 */
export default defineRule({
  id: 'coercion-measure-by-normative-document',
  category: 'unauthorized-coercion',
  title: '规章、规范性文件设定查封、扣押、冻结等行政强制措施',
  message:
    '查封场所设施财物、扣押财物、冻结存款汇款等行政强制措施只能由法律设定，行政法规、地方性法规仅可在法定范围内设定；规章和规范性文件一律不得设定，也不得扩大上位法规定的强制对象、条件和种类。',
  suggestion: '删除该强制措施，或写明设定该措施的法律、法规条款（“依照《××法》第×条的规定，可以查封、扣押……”），并核对对象和条件不超出该条。',
  basis: [
    { law: '行政强制法', article: '第十条' },
    { law: '行政强制法', article: '第十一条' },
    { law: '优化营商环境条例', article: '第五十九条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', internal: 'off' },
  match: {
    type: 'clause',
    anchors: ['查封', '扣押', '冻结', '暂扣', '扣留', '封存', '收缴', '查扣', '拖移', '拖离', '拖走', '清拖', '拖至', '拖运'],
    check: regexCheck([
      // 予以暂扣 / 依法予以扣押
      { re: `(?<m>(?:予以|进行|实施|一律|可以|可|当场|就地)${CHAIN})`, soften: SOFT_BASIS, test: notCreating },
      // 采取查封、扣押等强制措施
      { re: `(?<m>(?:采取|实施)[^。；，]{0,6}?${CHAIN}(?:等)?(?:行政)?强制措施)`, soften: SOFT_BASIS },
      // 暂扣其车辆 / 查封经营场所 / 冻结其账户
      {
        re: `(?<m>${CHAIN}[^。；，]{0,12}?(?:${PROPERTY}))`,
        soften: SOFT_BASIS,
        test: (m, c) => notCreating(m, c) && !/^暂扣[^。；，]{0,12}?(?:许可证|执照|证照|驾驶证|资格证|证件)/.test(m[0]) && !/^收缴[^。；，]{0,12}?(?:违法所得|罚没|罚款)/.test(m[0]),
      },
      // 暂扣其无人机 / 扣押涉案物品: whatever the object
      {
        re: `(?<m>${CHAIN}(?:其|该|涉案|违法|相关|有关|当事人的?)[^。；，]{0,8})`,
        soften: SOFT_BASIS,
        test: (m, c) => notCreating(m, c) && !/^暂扣[^。；，]{0,12}?(?:许可证|执照|证照|驾驶证|资格证|证件|证书)/.test(m[0]),
      },
      // 将车辆扣留至指定停车场: the object fronted with 将/把
      {
        re: `(?<m>(?:将|把)(?:其|该|涉案|违法|违规)?[^。；，]{0,6}?(?:${PROPERTY})[^。；，]{0,4}?${CHAIN})`,
        soften: SOFT_BASIS,
        test: notCreating,
      },
      // 拖移车辆: a coercive measure only the traffic police have by law
      {
        re: '(?<m>拖移|拖离|拖走|清拖|拖至|拖运)',
        soften: SOFT_BASIS,
        severity: 'warning',
        test: (_m, c) => /车/.test(c.sentence) && !/公安机关交通管理部门|交警|交通警察|车主自行|自行拖/.test(c.sentence),
      },
    ]),
  },
  examples: {
    bad: [
      '对违规占道经营的，城管执法人员可以[[暂扣其经营工具]]及物品。',
      '对未按规定停放的共享单车，由区城市管理局[[予以扣押]]，经营企业凭缴费凭证领回。',
      { text: '对拒不缴纳物业专项维修资金的，住建部门可以[[冻结其销售款账户]]。', docType: 'government-rule' },
      { text: '对违规经营的网吧，文化执法部门可[[采取查封、扣押等强制措施]]。', docType: 'policy-document' },
      '对无证运营的客运车辆，执法人员可以[[将车辆暂扣]]至停车场。',
    ],
    good: [
      { text: '县级以上人民政府生态环境主管部门可以对有关设施、设备、物品采取查封、扣押等行政强制措施。', docType: 'law' },
      { text: '城管执法部门查处违法行为时，可以依法扣押与违法行为有关的物品。', docType: 'local-regulation' },
      '行政机关不得查封、扣押与违法行为无关的场所、设施或者财物。',
      '对扣押的物品，执法部门应当妥善保管，不得使用或者损毁。',
      '案件查清后，应当及时解除扣押，退还扣押的财物。',
    ],
  },
});
