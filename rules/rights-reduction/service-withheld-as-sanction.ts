import { defineRule } from '../define-rule';
import { entitlementCheck } from './_entitlement';

/**
 * An unrelated public service (登记、办证、过户、年检、审批…) withheld to press a citizen or company about other
 * conduct: 拒不搬迁的不予办理房屋过户、拖欠物业费的暂停办理不动产登记. The link between the conduct and the
 * withheld service must come from a law or regulation.
 */
const SERVICES =
  '(?:出具|开具)[^。；，]{0,4}?证明|办理|登记|办证|申领|发证|年检|年审|换证|过户|审批|备案|营业执照|经营许可|不动产|房产证|开户|网签|通行证|准运证';

const TRIGGER =
  '违法|违规|违章|违反|犯罪|涉嫌|拒不|阻挠|阻碍|妨碍|不配合|上访|缠访|闹访|闹事|超生|计划外生育|非法|私自|擅自|不签|未签|' +
  '(?:拖欠|欠缴|欠交|未缴|未交|未缴清|未结清|拒缴|拒交|未按(?:规定|时|期|要求)?(?:缴纳|交纳|缴清|支付)|不(?:缴纳|交纳|支付))[^。，；]{0,8}?(?:物业费|物业服务费|停车费|水费|电费|燃气费|供热费|暖气费|卫生费|垃圾处理费|租金|管理费|会费)';

export default defineRule({
  id: 'service-withheld-as-sanction',
  category: 'rights-reduction',
  title: '以停办登记、证照等公共服务迫使相对人履行其他义务',
  message:
    '本条以不予办理或暂停办理登记、证照、过户、审批等公共服务作为对相对人其他行为的惩戒（“捆绑”办理）。没有法律、法规或者国务院决定依据，行政规范性文件不得减损公民、法人和其他组织的合法权益或者增加其义务；把与本事项无关的行为作为办理条件，也属增设办理条件。',
  suggestion: '删除该限制，或写明规定该限制的法律、法规条款；与本事项无关的违法行为应依其本身的法律责任处理。',
  basis: [
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '优化营商环境条例', article: '第三十五条' },
    { law: '立法法', article: '第九十三条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'info',
    'department-rule': 'info',
    'government-rule': 'info',
  },
  gates: { prohibition: false },
  unless: ['虚假材料|虚假证明|骗取|冒用|伪造|以欺骗|贿赂|税款|滞纳金|契税|出让金|不动产登记费|违法建设|违法建筑|违章建筑|违反城乡规划|规划许可|未批先建'],
  match: {
    type: 'clause',
    anchors: ['不予', '不得', '不准', '暂停', '停止', '取消', '限制', '暂缓', '中止', '停办', '停发', '拒绝'],
    check: entitlementCheck({ objects: SERVICES, trigger: TRIGGER }),
  },
  examples: {
    bad: [
      '对拒不配合棚户区改造入户调查的住户，不动产登记机构[[暂停办理其名下其他房屋的转移登记]]。',
      '业主拖欠物业服务费的，住房城乡建设部门[[不予办理]]房屋交易网签手续。',
      '存在违章搭建行为的商户，市场监管部门[[暂缓办理营业执照]]年检。',
    ],
    good: [
      '各部门不得以企业存在其他违法行为为由，拒绝办理与该违法行为无关的登记事项。',
      '申请材料不齐全或者不符合法定形式的，不予受理，并一次告知需要补正的全部内容。',
      '申请人隐瞒有关情况或者提供虚假材料的，不予办理，申请人在一年内不得再次申请。',
      '依照《中华人民共和国城市房地产管理法》第三十九条的规定，未按照出让合同约定已经支付全部土地使用权出让金的，不予办理转让登记。',
    ],
  },
});
