import { defineRule } from '../define-rule';
import type { DocContext, DocHit } from '../../lib/engine/rule-context';
import { parseDate } from '../../lib/engine/document';

/**
 * The effective date (自…起施行) lies before the publication date (落款 / 印发日期): the document reaches back over
 * the time before anyone could know it. Detected from the document metadata; a provision that only grants
 * benefits (补贴、待遇…) is reported as a hint, since favourable reach-back is allowed.
 */
const EFFECTIVE =
  /自\s*([\d〇零Ｏ一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日\s*起(?:施行|实施|执行|生效)/;
const FAVOURABLE = /补贴|奖励|优惠|扶持|减免|免征|待遇|补助|救助|抚恤|提高|增加/;
const ADVERSE = /补缴|追缴|收回|退还|返还|处罚|罚款|拆除|撤销|注销|取消|收费|缴纳/;

/** A paragraph's 自…起施行 date (parsed) and span, or null. */
function effective(t: string): { date: string | undefined; start: number; end: number } | null {
  const m = EFFECTIVE.exec(t);
  return m ? { date: parseDate(m), start: m.index, end: m.index + m[0].length } : null;
}
const favourableIn = (t: string) => FAVOURABLE.test(t);
const adverseIn = (t: string) => ADVERSE.test(t);

function check(d: DocContext): DocHit[] {
  const eff = d.meta.effectiveDate;
  const pub = d.meta.publishDate;
  if (!eff || !pub || eff >= pub) return [];
  for (let i = 0; i < d.paragraphs.length; i++) {
    const m = d.paragraphs[i].memo('effective-before-publication', effective);
    if (!m || m.date !== eff) continue;
    // the words are single-line, so the joined text matches exactly where a paragraph does
    const favourable =
      d.paragraphs.some((p) => p.memo('effective-before-publication:favourable', favourableIn)) &&
      !d.paragraphs.some((p) => p.memo('effective-before-publication:adverse', adverseIn));
    return [
      {
        para: i,
        start: m.start,
        end: m.end,
        message: `本文件的施行日期（${eff}）早于公布日期（${pub}），在公布前的期间内溯及适用。法律、法规、规章和规范性文件不溯及既往，只有为更好保护相对人权益的特别规定可以例外；涉及相对人权利义务的文件未经公布不得作为管理依据。`,
        ...(favourable ? { severity: 'info' as const } : {}),
      },
    ];
  }
  return [];
}

export default defineRule({
  id: 'effective-before-publication',
  category: 'retroactivity',
  title: '施行日期早于公布日期',
  message: '本文件的施行日期早于公布日期，在公布前的期间内溯及适用。法律、法规、规章和规范性文件不溯及既往，只有为更好保护相对人权益的特别规定可以例外；涉及相对人权利义务的文件未经公布不得作为管理依据。',
  suggestion: '把施行日期改为公布之日或其后（一般自公布之日起三十日后施行）；确需对公布前的期间适用的，只能是减轻义务、增加权益的特别规定，并单独写明。',
  basis: [
    { law: '立法法', article: '第一百零四条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '规章制定程序条例', article: '第三十二条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'info' },
  match: { type: 'document', check },
  examples: {
    bad: [
      '某市人民政府关于调整城市道路占用挖掘收费标准的通知\n一、城市道路占用费按新标准收取。\n二、本通知[[自2024年1月1日起施行]]。\n某市人民政府\n2024年3月15日',
      '某县停车管理办法\n第一条 为规范停车秩序，制定本办法。\n第二条 本办法[[自2023年7月1日起施行]]。\n某县人民政府办公室\n2023年9月1日',
    ],
    good: [
      '某市人民政府关于调整城市道路占用挖掘收费标准的通知\n一、城市道路占用费按新标准收取。\n二、本通知自2024年5月1日起施行。\n某市人民政府\n2024年3月15日',
      '某县停车管理办法\n第一条 为规范停车秩序，制定本办法。\n第二条 本办法自公布之日起施行。\n某县人民政府办公室\n2023年9月1日',
      '某市关于提高城乡居民最低生活保障标准的通知\n一、城乡低保标准每人每月提高五十元。\n二、本通知自2024年1月1日起执行。\n某市民政局\n2024年3月1日',
    ],
  },
});
