import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { parseAmount } from '../unauthorized-penalty/_powers';

/**
 * A statutory time limit restated shorter than the statute allows: the period for applying for 行政复议 is sixty days
 * (行政复议法第二十条), for suing directly six months (行政诉讼法第四十六条). A lower document that tells the public a
 * shorter period narrows a right the statute fixes. Only the generic periods are checked; special statutes may set
 * other ones, so the finding is a warning.
 */
const NUM = '[\\d零〇一二两三四五六七八九十百]{1,6}';
const REVIEW = new RegExp(`(?<m>(?:之日起|在|于|须在|应当在|应在)(?<n>${NUM})(?<u>日|天|个工作日|个月)内[^。；，]{0,10}?(?:提出|申请)(?:行政)?复议(?:申请)?)`, 'dg');
const SUIT = new RegExp(`(?<m>(?:之日起|在|于|须在|应当在|应在)(?<n>${NUM})(?<u>日|天|个工作日|个月)内[^。；，]{0,14}?(?:提起(?:行政)?诉讼|向人民法院起诉))`, 'dg');
/** The statute's own exceptions and the special periods that follow a review decision or concern other procedures. */
const OTHER = /复议决定|复议机关逾期|期限届满|赔偿|执行|裁定|判决|上一级人民法院|法律(?:另有)?规定的申请期限|另有规定|除外/;

function days(n: string, unit: string): number {
  const v = parseAmount(n);
  if (Number.isNaN(v)) return NaN;
  return unit === '个月' ? v * 30 : unit === '个工作日' ? v * 1.4 : v;
}

/** The suit is against an administrative act (civil periods differ). */
const ADMINISTRATIVE = /行政|处罚|处理决定|决定书|征收|许可|行政机关/;

function check(c: ClauseContext): LocalHit[] {
  if (!/复议|诉讼|起诉/.test(c.text) || OTHER.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const [re, min] of [[REVIEW, 60], [SUIT, 180]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
      const d = days(m.groups?.n ?? '', m.groups?.u ?? '');
      if (!(d < min) || (re === SUIT && !ADMINISTRATIVE.test(c.sentence))) continue;
      const [s, e] = m.indices!.groups!.m;
      hits.push({ start: s, end: e });
    }
  }
  return hits;
}

export default defineRule({
  id: 'review-period-shortened',
  category: 'upper-law-conflict',
  title: '缩短法定的申请复议、提起诉讼期限',
  message:
    '本条规定的申请行政复议或提起行政诉讼的期限短于法律规定（申请行政复议一般为知道或者应当知道行政行为之日起六十日，直接提起行政诉讼一般为六个月）。下位文件缩短法定期限，限制了当事人的救济权利，与上位法不一致。',
  suggestion: '改为“可以自知道或者应当知道该行政行为之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼”，或直接援引法定期限；单行法律另有规定的，写明其条款。',
  basis: [
    { law: '行政复议法', article: '第二十条' },
    { law: '行政诉讼法', article: '第四十六条' },
    { law: '立法法', article: '第一百零七条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  // every match ends its period with 日内 / 天内 / 月内
  match: { type: 'clause', anchors: ['日内', '天内', '月内'], check },
  examples: {
    bad: [
      '当事人对处理决定不服的，可以自收到决定书[[之日起十五日内申请行政复议]]。',
      '申请人可以自知道该行政行为[[之日起三个月内向人民法院提起行政诉讼]]。',
    ],
    good: [
      '公民、法人或者其他组织可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请。',
      '当事人不服复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。',
      '当事人可以自收到处罚决定书之日起六个月内依法向人民法院提起行政诉讼。',
    ],
  },
});
