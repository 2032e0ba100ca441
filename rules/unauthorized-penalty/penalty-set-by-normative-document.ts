import { defineRule, ONLY_LEGISLATION } from '../define-rule';

/** A provision that imposes an administrative penalty (罚款、没收、吊销、暂扣、责令停产停业、拘留…). */
export default defineRule({
  id: 'penalty-set-by-normative-document',
  category: 'unauthorized-penalty',
  title: '规范性文件设定行政处罚',
  message: '本文件类型无权设定行政处罚（罚款、没收、暂扣、吊销、责令停产停业、限制从业、拘留、通报批评等）。规范性文件只能援引法律、法规、规章已设定的处罚，不得新设或加重。',
  suggestion: '删除该处罚规定，或改为“依照《××法》第×条的规定予以处罚”，并核对行为、种类和幅度不超出上位法。',
  basis: [
    { law: '行政处罚法', article: '第十六条' },
    { law: '行政处罚法', article: '第十四条' },
    { law: '国办发〔2018〕37号' },
  ],
  docTypes: { ...ONLY_LEGISLATION, 'department-rule': 'info', 'government-rule': 'info' },
  match: {
    type: 'pattern',
    anchors: ['罚款', '没收', '吊销', '暂扣', '责令停产', '责令停业', '责令关闭', '行政拘留', '通报批评', '降低资质', '限制从业'],
    patterns: [
      '(?<m>(?:处|并处|予以|给予)[^。；，]{0,20}罚款)',
      '(?<m>(?:没收|吊销|暂扣)[^。；，]{0,12}(?:违法所得|非法财物|许可证|执照|营业执照|证照|资质证书|驾驶证|财物))',
      '(?<m>责令(?:停产停业|停业整顿|停产整顿|关闭))',
      '(?<m>(?:处以?|给予)[^。；，]{0,6}(?:行政拘留|通报批评))',
      '(?<m>(?:降低资质等级|限制从业))',
    ],
  },
  examples: {
    bad: [
      '违反本通知规定，擅自占道经营的，由城管部门[[处五百元以上二千元以下罚款]]。',
      '对未按要求报送数据的企业，[[责令停业整顿]]。',
    ],
    good: [
      '违反本办法规定的，依照《中华人民共和国产品质量法》第五十条的规定处罚。',
      '行政机关不得对未造成危害后果的轻微违法行为处以罚款。',
      { text: '饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。', docType: 'law' },
    ],
  },
});
