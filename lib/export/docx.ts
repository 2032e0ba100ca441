/**
 * A 合法性审核意见书 (lib/export/opinion.ts) → .docx laid out like a Chinese official document (after GB/T 9704):
 * A4, margins 37/35/28/26 mm, title in 二号 黑体 centred, 文号 line centred, 主送 flush left, body in 三号
 * 仿宋 with a two-character first-line indent and a fixed 28 pt line, 一、 headings in 黑体, （一） in 楷体,
 * signature and date at the right, page numbers "— 1 —" at the foot. The docx package is loaded on first use.
 */
import type { Opinion } from './opinion';

const PT = 2; // docx sizes are half-points
const SIZE_2 = 22 * PT; // 二号
const SIZE_3 = 16 * PT; // 三号
const SIZE_4 = 14 * PT; // 四号
const LINE = 28 * 20; // 28 pt in twips
const INDENT_2 = 2 * 16 * 20; // two 三号 characters
const MM = 56.7; // twips per millimetre

const FONT = {
  title: '黑体',
  body: '仿宋',
  h1: '黑体',
  h2: '楷体',
  number: 'Times New Roman',
} as const;

function fonts(eastAsia: string) {
  return { ascii: eastAsia, eastAsia, hAnsi: eastAsia, cs: eastAsia };
}

export async function opinionToDocx(op: Opinion): Promise<Uint8Array<ArrayBuffer>> {
  const { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } = await import('docx');
  const spacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const run = (text: string, font: string, size = SIZE_3, bold = false) => new TextRun({ text, font: fonts(font), size, bold });
  const body = (text: string, opts: { indent?: boolean; font?: string } = {}) =>
    new Paragraph({
      spacing,
      alignment: AlignmentType.BOTH,
      indent: opts.indent === false ? undefined : { firstLine: INDENT_2 },
      children: [run(text, opts.font ?? FONT.body)],
    });
  // a line break inside a paragraph keeps replies with their note
  const multiline = (label: string, text: string, labelFont: string = FONT.body) =>
    new Paragraph({
      spacing,
      alignment: AlignmentType.BOTH,
      indent: { firstLine: INDENT_2 },
      children: [
        run(label, labelFont, SIZE_3, labelFont !== FONT.body),
        ...text.split('\n').flatMap((line, i) => (i === 0 ? [run(line, FONT.body)] : [new TextRun({ break: 1 }), run(line, FONT.body)])),
      ],
    });

  const children: InstanceType<typeof Paragraph>[] = [
    new Paragraph({ spacing: { line: 40 * 20, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.CENTER, children: [run(op.title, FONT.title, SIZE_2)] }),
    new Paragraph({ spacing: { ...spacing, before: 0, after: LINE / 2 }, alignment: AlignmentType.CENTER, children: [run(op.numberLine, FONT.body)] }),
    body(op.recipient, { indent: false }),
    body(op.opening),
  ];
  for (const section of op.sections) {
    children.push(new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(section.heading, FONT.h1)] }));
    for (const p of section.paragraphs) children.push(body(p));
    for (const item of section.items) {
      children.push(new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(`${item.label}${item.heading}`, FONT.h2)] }));
      if (item.quote)
        children.push(multiline('原文：', `“${item.quote}”${item.article ? `（${item.article}）` : ''}${item.orphan ? '（该内容在最新稿中未能定位）' : ''}`));
      children.push(multiline('问题：', item.problem));
      if (item.basis.length) children.push(multiline('依据：', item.basis.join('；')));
      if (item.suggestion) children.push(multiline('修改建议：', item.suggestion));
      if (item.decision) children.push(multiline('处理情况：', item.decision));
    }
  }
  // 成文日期右空四字; the signature sits above it
  children.push(new Paragraph({ spacing, children: [] }));
  children.push(new Paragraph({ spacing, alignment: AlignmentType.RIGHT, indent: { right: 2 * INDENT_2 }, children: [run(op.signature, FONT.body)] }));
  children.push(new Paragraph({ spacing, alignment: AlignmentType.RIGHT, indent: { right: 2 * INDENT_2 }, children: [run(op.date, FONT.body)] }));

  const doc = new Document({
    creator: '法审助手 Fashen',
    title: op.title,
    styles: { default: { document: { run: { font: fonts(FONT.body), size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts(FONT.number), size: SIZE_4 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export { FONT as OPINION_FONTS };
