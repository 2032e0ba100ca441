import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, BINDS_ADMIN, uniqueHits } from '../rights-reduction/_shared';
import { NEGATED_BEFORE, STATUTE_ARTICLE, TRANSITION } from './_retro';

/**
 * The new rule reaching back: conduct, permits or facts from before the effective date are to be handled under it
 * (本办法施行前…按照本办法处理、补缴、重新办理), or the text is declared to apply retroactively (追溯至…执行).
 * 立法法第一百零四条 forbids it, except for provisions that better protect the parties (有利溯及). Ordinary
 * transitional provisions (已受理的按原规定办理、继续有效) and favourable reach-backs are left alone.
 */
const BEFORE_EFFECTIVE =
  /本(?:办法|规定|细则|通知|意见|条例|决定|规则|标准|方案|措施|文件|政策|制度|法)(?:施行|实施|生效|发布|印发|公布|出台|执行)(?:之日)?(?:以|之)?前|(?:施行|实施|生效)之日(?:以|之)?前|此前已|早前已/g;
/** The thing dated is a body of rules (施行前有关行政许可的规定，…依照本法清理): not conduct. */
const RULES_NOT_CONDUCT = /^[^，。；]{0,20}?(?:规定|文件|规章|法律|法规|政策|制度)(?:与|和|同|，|不)/;
const BURDEN =
  /查处|补收|按照本|依照本|适用本|执行本|按本|按新|参照本|依本|重新(?:办理|申请|审批|核定|登记|认定|评估|审查|核发|备案)|补缴|补交|追缴|补办|收回|撤销|拆除|清理|注销|不予认可|停止享受|退还|返还|处罚|予以处理|追究|整改|改造|停止(?:使用|经营)|取消|一律无效/;
const TRANSITIONAL =
  /原(?:规定|办法|标准|政策|合同|协议|批准|许可|文件|有规定)|继续有效|继续执行|继续享受|不溯及|不受影响|不再追究|可以(?:选择|申请|自愿)|自愿|从轻|较轻|有利|保留|维持|仍然有效|仍按|仍适用|当时的?规定|已受理|尚未办结|未办结|正在办理|有效期内/;
/** Conduct unlawful under the old rules too: requiring it to be put right now is not reach-back (but punishing it under the new rule is). */
const ILLEGAL_ANYWAY = /违法|违规|违章|未经批准|擅自|未批先建/;
const REMEDY = /^(?:补办|整改|拆除|清理|改造|重新)/;
const FAVOURABLE = /补贴|奖励|优惠|扶持|减免|免征|待遇|补助|救助|抚恤|提高|增加/;
const ADVERSE = /补缴|追缴|收回|退还|返还|处罚|拆除|撤销|注销|取消|追究/;
const RETRO = /(?:追溯|溯及)(?:至|到|自)?[^。；，]{0,20}?(?:执行|施行|适用|生效|实施|起)/g;

/**
 * A benefit already received (2020年以来已享受的补贴、此前已领取的奖励) re-examined under this document's conditions and
 * clawed back: the new conditions reach back to grants made under the old ones.
 */
const RECEIVED =
  /(?:以来|以前|之前|此前|期间|起)(?:已经?|已)(?:享受|领取|获得|取得|申领|兑现|发放|拨付)(?:的)?[^。；，]{0,12}?(?:补贴|补助|奖励|奖金|待遇|资金|优惠|津贴|奖补|贴息|补偿|政策|扶持)/g;
const UNDER_THIS = /(?:不符合|按照|依照|对照|根据|达不到)本(?:办法|规定|细则|通知|意见|条例|决定|规则|标准|方案|措施|文件|政策)/;
const CLAW = /退还|返还|退回|收回|追回|追缴|缴回|停止发放|停发|取消|清退/;

function check(c: ClauseContext): LocalHit[] {
  // the patterns in the clause first, the sentence-level tests only when one matched
  const before = allMatches(BEFORE_EFFECTIVE, c.text);
  const retro = allMatches(RETRO, c.text);
  const received = allMatches(RECEIVED, c.text);
  if (!before.length && !retro.length && !received.length) return [];
  if (received.length && UNDER_THIS.test(c.sentence) && CLAW.test(c.sentence) && !/虚假|骗取|冒领|伪造|弄虚作假|重复享受|重复领取/.test(c.sentence)) {
    const bound = adminBoundBefore(c);
    const own = received.filter((m) => !bound(m.index)).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (!before.length && !retro.length) return uniqueHits(own);
    return uniqueHits([...own, ...checkDated(c, before, retro)]);
  }
  if (!before.length && !retro.length) return [];
  return checkDated(c, before, retro);
}

function checkDated(c: ClauseContext, before: RegExpExecArray[], retro: RegExpExecArray[]): LocalHit[] {
  const s = c.sentence;
  if (TRANSITIONAL.test(s)) return [];
  if (FAVOURABLE.test(s) && !ADVERSE.test(s)) return [];
  const extra = TRANSITION.test(s) || STATUTE_ARTICLE.test(s) ? { severity: 'info' as const } : {};
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const m of before) {
    if (bound(m.index)) continue;
    const rest = c.text.slice(m.index + m[0].length, m.index + m[0].length + 48);
    const b = BURDEN.exec(rest);
    if (!b || b.index > 40 || RULES_NOT_CONDUCT.test(rest)) continue;
    if (REMEDY.test(b[0]) && ILLEGAL_ANYWAY.test(s)) continue;
    if (NEGATED_BEFORE.test(rest.slice(Math.max(0, b.index - 2), b.index)) || /不再|不予|无需|不需|无须|免于|免予/.test(rest.slice(0, b.index))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length + b.index + b[0].length, ...extra });
  }
  for (const m of retro) {
    if (/不(?:得)?$/.test(c.text.slice(0, m.index)) || BINDS_ADMIN.test(c.text.slice(Math.max(0, m.index - 6), m.index))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'new-rule-applied-to-past-conduct',
  category: 'retroactivity',
  title: '新规适用于施行前的行为或事实',
  message:
    '本条把新规定适用于其施行前已经发生的行为、已经取得的许可或已经形成的事实（按新规处理、补缴、重新办理、追溯执行）。法律、法规、规章和规范性文件不溯及既往，只有为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定才可以例外；对施行前的行为加重义务或给予不利处理，违反信赖保护原则。',
  suggestion: '改为“本办法施行前已经发生的行为，适用当时的规定；本办法施行前已经取得的许可继续有效”，需要调整既有许可的，依照《行政许可法》第八条依法变更、撤回并给予补偿，并留出合理过渡期。',
  basis: [
    { law: '立法法', article: '第一百零四条' },
    { law: '行政许可法', article: '第八条' },
    { law: '行政处罚法', article: '第三十七条' },
    { law: '优化营商环境条例', article: '第六十五条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'info' },
  gates: { prohibition: false, citation: 'none' },
  match: {
    type: 'clause',
    // 施行前, 实施之日以前…, 此前已, 追溯, 溯及
    anchors: [
      ...['施行', '实施', '生效', '发布', '印发', '公布', '出台', '执行'].flatMap((v) => ['前', '以前', '之前', '之日前', '之日以前', '之日之前'].map((t) => v + t)),
      '此前已', '早前已', '追溯', '溯及', '已享受', '已领取', '已获得', '已取得', '已申领', '已兑现', '已发放', '已拨付', '已经享受', '已经领取', '已经获得',
    ],
    check,
  },
  examples: {
    bad: [
      '[[本办法施行前已经建成但不符合本办法规定标准的停车场，应当按照本]]办法重新办理备案。',
      '[[本规定实施前发生的占道经营行为，一并依照本]]规定予以处罚。',
      '本办法自印发之日起施行，收费标准[[追溯至2023年1月1日起执行]]。',
      '2021年以来[[已获得创业担保贷款贴息]]的个人，对照本办法重新审核，不符合条件的追回已拨付资金。',
    ],
    good: [
      '本办法施行前已经受理尚未办结的申请，按照原规定办理。',
      '本办法施行前已经设立的养老机构，应当自本办法施行之日起一年内按照本办法规定完成整改。',
      '本办法实施前已经缴纳的费用，不再补收或者退还。',
      '本办法施行前已经取得的经营许可证，在有效期内继续有效。',
      '此前已领取补贴的人员，经核查存在虚假申报的，依照本办法追回补贴资金。',
      '本办法施行前符合条件的困难家庭，可以申请享受本办法规定的补贴，补贴标准追溯至2024年1月1日起执行。',
      { text: '法律、行政法规、地方性法规、自治条例和单行条例、规章不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。', docType: 'law' },
    ],
  },
});
