/** The --help text, in Chinese and English. */
import { DOC_TYPE_NAMES } from '../engine/doc-types';
import { DOC_TYPES } from '../engine/types';

const docTypes = DOC_TYPES.map((t) => `    ${t.padEnd(26)}${DOC_TYPE_NAMES[t]}`).join('\n');

export const HELP = `法审助手 Fashen — 批量合法性审核 (batch legality review)

用法 Usage:
  npm run -s review -- [选项 options] FILE... | -

  FILE  .txt .md .html .htm .docx；可给多个文件；"-" 读标准输入 (several files; "-" reads stdin)

选项 Options:
  -f, --format text|json|sarif   输出格式，默认 text (output format, default text)
                                 json：数组 [{ file, findings, document }] (an array of results)
                                 sarif：一个 SARIF 2.1.0 日志 (one SARIF 2.1.0 log, one run)
  -t, --doc-type T               文件类型，覆盖自动识别；可用下列 id 或中文名 (document type; id or Chinese name):
${docTypes}
  -h, --help                     显示本说明 (show this help)
  -V, --version                  显示版本 (show the version)

输入 Inputs:
  编码自动识别：UTF-8（可带 BOM）、带 BOM 的 UTF-16、GB18030/GBK/GB2312。
  Encodings are detected: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK/GB2312.
  .txt/.md 按原文审查，行列号即文件的行列号；.html 去掉标签、脚本和样式后审查；.docx 提取纯文本后审查，
  行列号指提取出的文本。列号按 UTF-16 码元从 1 计。
  .txt/.md are reviewed as written (line:column are the file's); .html is reviewed without tags, scripts and styles;
  .docx as its extracted plain text (line:column then refer to that text). Columns are 1-based UTF-16 code units.
  超过 5 MB 的文件不审查，报错并继续审查其余文件。Files over 5 MB are refused with a message; the others are reviewed.
  不存在、目录、空文件、二进制文件、损坏的 .docx 同样报错并跳过。
  Missing files, directories, empty, binary and corrupt .docx files are reported on stderr and skipped.

退出码 Exit codes:
  0  没有 error 级问题 (no error-level finding)
  1  至少一处 error 级问题 (at least one error-level finding)
  2  输入或用法错误，优先于 1 (bad input or usage; takes precedence over 1)

示例 Examples:
  npm run -s review -- 草案.docx
  npm run -s review -- --format json --doc-type 行政规范性文件 a.txt b.html
  cat 草案.txt | npm run -s review -- --format sarif - > review.sarif
`;
