// @vitest-environment node
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { opinionToDocx } from '../../lib/export/docx';
import { buildOpinion, chineseDate, chineseNumber } from '../../lib/export/opinion';
import { FIXED_CLOCK, seeded } from './seed';
import { readZipEntry } from './unzip';

async function opinion() {
  const { s, snapshot } = await seeded();
  const doc = snapshot.documents[0]!;
  const version = snapshot.versions.find((v) => v.id === doc.latestVersionId)!;
  const input = { document: doc, version, notes: snapshot.notes, decisions: snapshot.decisions, reviewer: (await s.getProfile())! };
  return { op: buildOpinion(input, { clock: FIXED_CLOCK, opinionNumber: '某司法审〔2025〕12号' }) };
}

describe('审核意见书', () => {
  it('numbers in Chinese and dates like an official document', () => {
    expect([1, 4, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '四', '十', '十二', '二十', '三十五']);
    expect(chineseDate(Date.UTC(2025, 2, 4, 20, 0))).toBe('2025年3月5日');
  });

  it('builds the sections: basic facts, basis, problems with quotes and decisions, declined hints, conclusion', async () => {
    const { op } = await opinion();
    expect(op.title).toBe('关于《关于加强本市市场经营秩序管理的若干规定》的合法性审核意见书');
    expect(op.numberLine).toBe('某司法审〔2025〕12号');
    expect(op.recipient).toBe('某市人民政府办公室：');
    expect(op.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、审核依据', '三、发现的问题及修改建议', '四、未予采纳的提示及理由', '五、审核结论']);
    const problems = op.sections[2]!.items;
    expect(problems.map((p) => p.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(problems[0]).toMatchObject({ quote: '须经主管部门审查同意后方可', basis: ['《行政许可法》第十七条'], article: '第二条' });
    expect(problems[0]!.decision).toMatch(/^采纳；张三，2025年3月3日/);
    const orphan = problems.find((p) => p.quote === '外地企业，应当在本市设立分支机构')!;
    expect(orphan.orphan).toBe(true);
    expect(orphan.problem).toContain('起草单位：拟删除');
    expect(op.sections[1]!.paragraphs[0]).toBe('1. 《行政许可法》');
    expect(op.sections[3]!.items[0]!.decision).toContain('误报：有效期为五年，未超过规定');
    expect(op.sections[4]!.paragraphs[0]).toMatch(/存在上述合法性问题/);
    expect(op.signature).toBe('市司法局合法性审核处');
    expect(op.date).toBe('2025年3月5日');
  });

  it('writes a .docx whose text mammoth reads back, in 公文 fonts and layout', async () => {
    const { op } = await opinion();
    const bytes = await opinionToDocx(op);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).toBe(op.title);
    expect(lines[1]).toBe('某司法审〔2025〕12号');
    expect(lines[2]).toBe('某市人民政府办公室：');
    for (const h of ['一、基本情况', '二、审核依据', '三、发现的问题及修改建议', '五、审核结论']) expect(lines).toContain(h);
    expect(text).toContain('原文：“须经主管部门审查同意后方可”（第二条）');
    expect(text).toContain('依据：《行政许可法》第十七条');
    expect(text).toContain('修改建议：删除“须经主管部门审查同意后方可”');
    expect(text).toContain('处理情况：采纳；张三');
    expect(text).toContain('（该内容在最新稿中未能定位）');
    expect(lines.at(-2)).toBe('市司法局合法性审核处');
    expect(lines.at(-1)).toBe('2025年3月5日');

    const xml = readZipEntry(bytes, 'word/document.xml')!;
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体"');
    expect(xml).toMatch(/<w:jc w:val="center"\/>/);
    expect(xml).toMatch(/<w:jc w:val="right"\/>/);
    expect(xml).toContain('w:lineRule="exact"');
    expect(xml).toContain('<w:pgSz w:w="11907" w:h="16840"');
  });

  it('concludes without problems when there are none', async () => {
    const { snapshot } = await seeded();
    const doc = snapshot.documents[0]!;
    const op = buildOpinion({ document: { ...doc, issuer: undefined }, version: { n: 1, createdAt: 0 }, notes: [], decisions: [] }, { clock: FIXED_CLOCK });
    expect(op.recipient).toBe('起草单位：');
    expect(op.numberLine).toBe('〔2025〕　号');
    expect(op.sections.at(-1)!.paragraphs[0]).toMatch(/未发现合法性问题，同意按程序提请审议/);
    expect(op.sections[2]!.paragraphs).toEqual(['未发现需要修改的问题。']);
  });
});
