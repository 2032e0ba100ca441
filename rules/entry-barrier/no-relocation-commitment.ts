import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PLACE, matches, re } from '../local-protection/_locality';
import { EXIT_PEJORATIVE, FIRM_OR_TAX, TIE } from './_market';

/**
 * Exit barriers: operators must promise (or are bound) not to move out, not to change where they register, pay tax or
 * are counted, not to cut registered capital — often for N years and on pain of repaying subsidies. The engine's
 * prohibition gate is off (注册地址不得迁出 binds the company, it is the problem); only a prohibition on the
 * administration (不得要求企业承诺不迁出、不得限制企业迁出) clears it.
 */

const MOVE =
  '(?:迁出|迁离|迁走|外迁|搬离|撤离|迁往|变更注册地址?|改变注册地址?|变更(?:企业)?(?:注册|住所|办公|经营)地址|变更住所|迁移注册地|变更纳税(?:地|关系|义务|主体)?|改变[^，。；]{0,8}?纳税(?:义务|关系|地)|变更[^，。；]{0,6}?税务(?:征管|登记)?关系|改变[^，。；]{0,6}?税务(?:征管)?关系|转移税源|变更统计关系|改变统计关系|转移统计关系|减少注册资本|减资|抽逃(?:注册)?资本|缩减注册资本|转移业务|减少[^，。；]{0,8}?纳税(?:数额|额))';
const NEG = '(?:不得|不能|不准|禁止|严禁|不会|不可|不|未经[^，。；]{0,8}?同意不得)';
const PROMISE_NOT = re(`(?<m>${NEG}[^，。；]{0,10}?${MOVE})`);
// staying power pledged: 在本市的经营期限不少于10年
const STAY_HERE = re(`(?<m>(?:在|于)(?:${PLACE})[^，。；]{0,6}?(?:经营|运营|存续|生产|纳税)(?:期限|年限|时间|期)[^，。；]{0,4}?(?:不少于|不低于|不得少于|不短于|满))`);
const MOVE_OUT = '(?:迁出|迁离|外迁|搬离|迁往(?:外地|区外|市外|县外|省外)|变更注册地址?|改变纳税|变更纳税|变更税务|减少注册资本|减资|变更统计关系|改变统计关系)';
const CLAW = '(?:全额退还|退还|退回|收回|收（扣）回|扣回|追回|返还|缴回|追缴)';
const MOVE_THEN_REPAY = re(`(?<m>${MOVE_OUT}(?:${PLACE})?)(?=[^。；]{0,40}?${CLAW})`);

// a prohibition on the administration inside or right before the match
const ADMIN = /(?:不得|禁止|严禁|不应|无权|防止|避免|杜绝|纠正|清理)[^，。；]{0,8}?(?:要求|强制|强迫|限制|阻碍|妨碍|干预|阻止|刁难|附加|设置|设定|以[^，。；]{0,8}?作为)/;

function check(c: { text: string; sentence: string }): LocalHit[] {
  const { text, sentence } = c;
  if (!TIE.test(sentence) || !FIRM_OR_TAX.test(sentence)) return [];
  const hits: LocalHit[] = [];
  for (const rx of [PROMISE_NOT, MOVE_THEN_REPAY, STAY_HERE]) {
    for (const m of matches(rx, text)) {
      const [s, e] = m.indices!.groups!.m;
      if (ADMIN.test(text.slice(Math.max(0, s - 20), rx === MOVE_THEN_REPAY ? Math.min(text.length, e + 40) : e))) continue;
      hits.push({ start: s, end: e });
    }
  }
  return hits;
}

export default defineRule({
  id: 'no-relocation-commitment',
  category: 'entry-barrier',
  title: '要求企业承诺不迁出、不减资、不改变纳税关系',
  message:
    '要求经营者承诺或规定其在一定年限内不得迁出本地、不得变更注册地、不得改变纳税或统计关系、不得减少注册资本，或以迁出为由追回奖补资金，阻碍经营者自由迁移和退出，属于设置不合理的退出条件、阻碍本地经营者迁出。',
  suggestion:
    '删除不迁出、不减资、不改变纳税（统计）关系等承诺要求及与迁移挂钩的退还条款；奖补资金的追回应仅针对弄虚作假、未履行项目建设内容等与资金使用绩效相关的情形。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '公平竞争审查条例', article: '第九条' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [EXIT_PEJORATIVE],
  // 获得补贴支持的企业… — 支持 here is a noun, not encouragement
  gates: { prohibition: false, quotation: false, encouragement: false },
  match: {
    type: 'clause',
    anchors: ['期限', '年限', '迁出', '迁离', '迁走', '外迁', '搬离', '撤离', '迁往', '注册地', '住所', '地址', '纳税', '税务', '税源', '统计关系', '注册资本', '减资', '转移业务'],
    check,
  },
  examples: {
    bad: [
      '享受本办法奖励的企业，须书面承诺五年内[[不迁离本市]]、[[不减少注册资本]]。',
      '获得补贴资金的企业，自资金到账之日起5年内[[迁出本区的，须全额退还]]补贴资金。',
      '企业接受奖励后10年内注册地址[[不得迁出本县]]，[[不得改变在本县的纳税义务]]。',
      '申请扶持的企业应签订投资协议，保证十年内[[不变更统计关系]]；违反承诺的，收回全部扶持资金。',
      '企业应承诺[[在本市的经营期限不少于]]10年。',
    ],
    good: [
      '各地不得要求企业承诺不迁出、不减资作为享受政策的条件。',
      '有关部门不得限制企业迁出本市，应当依法为企业办理迁移登记手续。',
      '以弄虚作假等手段骗取奖补资金的，由财政部门追回已拨付的资金。',
      '企业迁出本市的，登记机关应当按照规定及时办理档案移交手续。',
      '获得补助的设备自验收之日起5年内不得擅自转让、出租。',
      { text: '企业须承诺五年内不迁出本市。', docType: 'law' },
    ],
  },
});
