import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from './_powers';

/**
 * A 规章 may itself create only 警告、通报批评 and a limited fine (行政处罚法第十三条、第十四条); any other kind —
 * 没收、暂扣、吊销、降低资质等级、责令停产停业、责令关闭、限制从业、拘留 — must come from a law or regulation. A rule that
 * restates one should say which (依照《X法》… lowers this to info).
 */
export default defineRule({
  id: 'penalty-kind-beyond-rule-power',
  category: 'unauthorized-penalty',
  severity: 'warning',
  title: '规章设定警告、通报批评、罚款以外的处罚种类',
  message:
    '规章在没有上位法规定时只能设定警告、通报批评和一定数额的罚款；没收、暂扣、吊销、降低资质等级、责令停产停业、责令关闭、限制从业、拘留等种类只能由法律、法规设定。此处未援引上位法依据，需核对是否为上位法已有的处罚。',
  suggestion: '写明上位法依据（“依照《××法》第×条的规定，……”），并核对行为、种类、幅度不超出该条；无依据的删除或改为警告、通报批评、限额罚款。',
  basis: [
    { law: '行政处罚法', article: '第十三条' },
    { law: '行政处罚法', article: '第十四条' },
  ],
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'off',
    'normative-document': 'off',
    'policy-document': 'off',
    internal: 'off',
  },
  match: {
    type: 'clause',
    anchors: ['没收', '吊销', '暂扣', '责令停产', '责令停业', '责令关闭', '责令其', '责令该', '责令当事人', '拘留', '降低资质', '限制从业', '限制开展生产经营'],
    check: regexCheck([
      {
        re: '(?<m>(?:没收|吊销|暂扣)[^。；，]{0,12}(?:违法所得|非法财物|许可证|执照|证照|资质证书|资格证|驾驶证|经营证|从业证|财物|工具|车辆|物品))',
        soften: SOFT_BASIS,
      },
      { re: '(?<m>责令(?:其|该(?:企业|单位|经营者|场所)|当事人)?(?:停产停业|停业整顿|停产整顿|停业整治|停产整治|停止营业|停止生产经营|停止经营|停业|停产|关闭|关停))', soften: SOFT_BASIS },
      { re: '(?<m>(?:处以?|给予|予以)[^。；，]{0,6}(?:行政)?拘留)', soften: SOFT_BASIS },
      { re: '(?<m>降低资质等级|限制从业|限制开展生产经营活动)', soften: SOFT_BASIS },
    ]),
  },
  examples: {
    bad: [
      { text: '违反本办法第十条规定，擅自设置户外广告的，由城市管理部门[[没收违法所得]]，并处五千元罚款。', docType: 'government-rule' },
      { text: '养老机构发生重大安全事故的，由民政部门[[责令停业整顿]]。', docType: 'department-rule' },
      { text: '从业人员以欺骗手段取得证书的，[[吊销其从业资格证]]。', docType: 'government-rule' },
    ],
    good: [
      { text: '违反本办法规定的，由市场监督管理部门依照《中华人民共和国食品安全法》第一百二十二条的规定没收违法所得。', docType: 'government-rule' },
      { text: '违反本办法第八条规定的，由城市管理部门责令限期改正，给予警告，可以并处五百元以上一千元以下罚款。', docType: 'government-rule' },
      { text: '有前款情形之一，依法应当吊销许可证的，由原发证机关办理注销手续。', docType: 'department-rule' },
      { text: '对擅自设置户外广告的，没收违法所得，并处五千元罚款。', docType: 'local-regulation' },
    ],
  },
});
