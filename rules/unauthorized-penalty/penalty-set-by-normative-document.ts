import { defineRule, ONLY_LEGISLATION } from '../define-rule';
import { AMOUNT, INTERNAL_TARGET, regexCheck, SOFT_BASIS } from './_powers';

/** Procedure about an existing penalty (hearing, notice, file review), not the penalty itself. */
const PROCEDURE = /听证|陈述|申辩|告知当事人|处罚决定书|法制审核|集体讨论|案卷|处罚信息|罚没收入|缴入国库|上缴国库|执收|收缴分离/;

/**
 * A provision that imposes an administrative penalty (罚款、没收、吊销、暂扣、责令停产停业、拘留、警告、通报批评…) in a
 * document with no power to set penalties. 依法/依照有关法律 without an amount lowers it to info; a cited 《X法》 to info.
 */
export default defineRule({
  id: 'penalty-set-by-normative-document',
  category: 'unauthorized-penalty',
  title: '规范性文件设定行政处罚',
  message:
    '本文件类型无权设定行政处罚（罚款、没收、暂扣、吊销、责令停产停业、限制从业、拘留、警告、通报批评等）。规范性文件只能援引法律、法规、规章已设定的处罚，不得新设或加重。',
  suggestion: '删除该处罚规定，或改为“依照《××法》第×条的规定予以处罚”，并核对行为、种类和幅度不超出上位法。',
  basis: [
    { law: '行政处罚法', article: '第十六条' },
    { law: '行政处罚法', article: '第十四条' },
    { law: '国办发〔2018〕37号' },
  ],
  // 规章 may set 警告、通报批评、限额罚款: their other kinds and limits are checked by penalty-kind-beyond-rule-power and
  // rule-fine-exceeds-limit
  docTypes: { ...ONLY_LEGISLATION, 'department-rule': 'off', 'government-rule': 'off', internal: 'off' },
  match: {
    type: 'clause',
    anchors: ['罚款', '没收', '吊销', '暂扣', '责令停产', '责令停业', '责令关闭', '责令其', '责令该', '责令当事人', '一律停', '一律关', '一律取缔', '一律予以', '拘留', '通报批评', '警告', '降低资质', '限制从业', '限制开展生产经营', '暂停', '取消', '撤销', '停止其', '限制其'],
    check: regexCheck([
      // a fine with an amount: the document fixes the penalty itself, 依法 or not
      { re: `(?<m>(?:处以?|并处|可处|予以|给予)[^。；，]{0,12}${AMOUNT}(?:元|倍)[^。；，]{0,14}罚款)`, skip: PROCEDURE },
      { re: `(?<m>罚款${AMOUNT}元)`, skip: PROCEDURE },
      { re: `(?<m>(?<!加)(?:处以?|并处|可处|予以|给予|进行|实施|作出)[^。；，]{0,6}罚款)`, skip: PROCEDURE, soften: SOFT_BASIS },
      { re: '(?<m>(?:作|按)[^。；，]{0,6}罚款处理)', skip: PROCEDURE, soften: SOFT_BASIS },
      {
        re: '(?<m>没收[^。；，]{0,12}?(?:违法所得|非法财物|财物|工具|车辆|物品|商品|设备|犬只|摊位|货物|原料|产品))',
        skip: PROCEDURE,
        soften: SOFT_BASIS,
      },
      // 吊销其经营备案证 / 暂扣从业资格证
      { re: '(?<m>(?:吊销|暂扣)[^。；，]{0,12}?(?:证|证书|证件|执照|资格|资质))', skip: PROCEDURE, soften: SOFT_BASIS },
      // 暂停其执业资格 / 暂停其在本市的经营活动（限制开展生产经营活动、暂扣许可证件）
      {
        re: '(?<m>(?:暂停|取消|撤销)其?[^。；，]{0,8}?(?:执业|从业|经营|营业|上岗|运营|营运|驾驶|投标)资格|(?:暂停|停止|限制)其[^。；，]{0,8}?(?:经营活动|营业|营运|生产经营|运营|执业|从业|投放))',
        skip: PROCEDURE,
        soften: SOFT_BASIS,
      },
      { re: '(?<m>责令(?:其|该(?:企业|单位|经营者|场所)|当事人)?(?:停产停业|停业整顿|停产整顿|停业整治|停产整治|停止营业|停止生产经营|停止经营|停业|停产|关闭|关停))', skip: PROCEDURE, soften: SOFT_BASIS },
      // 一律停产整顿 / 一律取缔: a closure imposed wholesale
      { re: '(?<m>一律(?:予以)?(?:停产停业|停业整顿|停产整顿|停业整治|停产整治|停止营业|停止生产经营|停业|停产|关闭|关停|取缔))', skip: PROCEDURE, soften: SOFT_BASIS },
      { re: '(?<m>(?:处以?|给予|予以)[^。；，]{0,6}(?:行政)?拘留)', soften: SOFT_BASIS },
      { re: '(?<m>降低资质等级|限制从业|限制开展生产经营活动)', soften: SOFT_BASIS },
      // 警告 / 通报批评 of a company or citizen; of a township, department or official it is internal supervision
      {
        re: '(?<m>(?:处以?|给予|予以|并处)(?:警告|通报批评)|(?:警告|通报批评)(?:、|并处|并)[^。；，]{0,4}罚款)',
        skip: new RegExp(`${INTERNAL_TARGET.source}|${PROCEDURE.source}`),
        soften: SOFT_BASIS,
      },
    ]),
  },
  examples: {
    bad: [
      '违反本通知规定，擅自占道经营的，由城管部门[[处五百元以上二千元以下罚款]]。',
      '对未按要求报送数据的企业，[[责令停业整顿]]。',
      '检查中发现消防通道堵塞的，[[责令其停业整改]]。',
      '未取得环评批复擅自开工的小作坊，[[一律关停]]。',
      '经营者未按规定公示收费标准的，由市场监督管理部门责令改正，[[给予警告]]；拒不改正的，[[处二千元罚款]]。',
      '网约车平台未将车辆信息接入监管平台的，[[没收违法所得]]，并暂停其在本市的经营活动。',
      { text: '对在禁燃区域内燃放烟花爆竹的个人，[[罚款二百元]]。', docType: 'policy-document' },
    ],
    good: [
      '违反本办法规定的，依照《中华人民共和国产品质量法》第五十条的规定处罚。',
      '行政机关不得对未造成危害后果的轻微违法行为处以罚款。',
      { text: '饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。', docType: 'law' },
      '对工作推进不力、未按时完成整治任务的乡镇（街道），由县政府予以通报批评。',
      '拟对个人处以二千元以上罚款的，执法机构应当告知当事人有要求举行听证的权利。',
      { text: '违反本条例规定，在重点管理区未经登记饲养犬只的，没收犬只，并处每只二百元罚款。', docType: 'local-regulation' },
    ],
  },
});
