import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { normalize } from '../../lib/engine/normalize';
import { garbledRuns, repairUtf8AsGbk, type Run } from './_charset';

const NONE: Run[] = [];
const garbledRunsOrNone = (t: string): Run[] => {
  const r = garbledRuns(t);
  return r.length ? r : NONE;
};

/**
 * Mojibake: text decoded with the wrong encoding. UTF-8 read as GBK gives runs of rare characters (鍏充簬鍔犲己…),
 * GBK read as UTF-8 gives U+FFFD or '?' mixed into Chinese (?shù)卣坝嘘P). Found by a character-frequency model:
 * runs where most characters are outside the common set. UTF-8-as-GBK runs are repaired when the repair is clean.
 */
export default defineRule({
  id: 'mojibake',
  category: 'garbled-text',
  title: '编码错误产生的乱码',
  message: '此处疑似编码错误产生的乱码（如UTF-8文本按GBK打开，或GBK文本按UTF-8打开），内容无法审核，公布后也无法阅读。',
  suggestion: '用正确的编码（UTF-8 或 GB18030）重新打开原始文件后复制，或对照原件重新录入此段文字。',
  basis: [{ law: 'GB/T 9704-2012《党政机关公文格式》' }, { law: '《通用规范汉字表》（2013）' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      const hits: DocHit[] = [];
      doc.paragraphs.forEach((p, i) => {
        const runs = p.memo('mojibake', garbledRunsOrNone);
        if (!runs.length) return;
        const rawEnd = i + 1 < doc.paragraphs.length ? doc.paragraphs[i + 1].rawStart - 1 : doc.raw.length;
        const raw = doc.raw.slice(p.rawStart, Math.max(p.rawStart, rawEnd));
        const norm = normalize(raw);
        for (const r of runs) {
          if (r.end <= r.start || r.end > norm.text.length) continue;
          const start = norm.map[r.start];
          const end = norm.map[r.end - 1] + 1;
          if (end <= start) continue;
          const quote = raw.slice(start, end);
          const fixed = r.replacementChars ? undefined : repairUtf8AsGbk(quote);
          if (fixed) {
            hits.push({
              para: i,
              raw: true,
              start: p.rawStart + start + fixed.from,
              end: p.rawStart + start + fixed.to,
              message: `此处疑似UTF-8文本按GBK编码打开产生的乱码，按正确编码还原应为“${fixed.text}”。`,
              suggestion: '核对原件后替换为还原的文字，或用UTF-8编码重新打开原始文件后复制。',
              replacement: fixed.text,
            });
          } else {
            hits.push({
              para: i,
              raw: true,
              start: p.rawStart + start,
              end: p.rawStart + end,
              ...(r.replacementChars
                ? { message: '此处含有无法解码的字符（�），疑似GBK文本按UTF-8打开后原文已丢失，内容无法审核。' }
                : {}),
            });
          }
        }
      });
      return hits;
    },
  },
  examples: {
    bad: [
      '本办法自2024年1月1日起施行。[[鍏充簬鍔犲己琛屾斂瑙勮寖鎬ф枃浠剁殑閫氱煡]]',
      '各县（市、区）[[?shù)卣]]坝嘘P(guān)規定',
      '申请人应当提交[[���֤��]]复印件。',
    ],
    good: [
      '菏泽市、吐鲁番市、邵阳县和南靖县的经营者应当依法经营。',
      '申请人是否符合规定?请在备注中说明。',
      '本通知所称“四上”企业，是指规模以上工业、资质等级建筑业、限额以上批发零售业和住宿餐饮业、规模以上服务业法人单位。',
      '咖啡馆（café）、犇鑫公司、氟氯烃和α-淀粉酶等名称按原文书写。',
    ],
  },
});
