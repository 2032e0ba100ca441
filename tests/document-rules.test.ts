/**
 * Document-level and drafting rules on whole drafts (title, 文号, articles, signature, date): numbering, 有效期,
 * issuer, cited laws, garbled text — good and bad documents, offsets, robustness on arbitrary input.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { review, type Finding } from '../lib/engine';
import { parseDocType } from '../lib/engine/doc-types';
import { articleText } from '../lib/laws/articles';

const MINE = new Set(['issuer-procedure', 'validity-period', 'numbering-error', 'cited-law-invalid', 'garbled-text']);
const mine = (fs: Finding[]) => fs.filter((f) => MINE.has(f.category));
const brief = (fs: Finding[]) => mine(fs).map((f) => `${f.ruleId}:${f.severity}:${f.quote}`);

function expectOffsets(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.end, `${f.ruleId} empty span`).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end), `${f.ruleId} quote`).toBe(f.quote);
  }
}

const GOOD_DOC = `某市人民政府办公室关于印发某市公共停车场管理办法的通知
某政办发〔2024〕12号
各县（市、区）人民政府，市政府各部门：
经市人民政府同意，现将《某市公共停车场管理办法》印发给你们，请认真贯彻执行。
某市人民政府办公室
2024年12月1日
某市公共停车场管理办法
第一条 为加强公共停车场管理，根据《中华人民共和国道路交通安全法》《中华人民共和国民法典》等法律法规，制定本办法。
第二条 本办法适用于本市行政区域内公共停车场的规划、建设和管理。
第三条 市交通运输局负责本办法的组织实施。
第四条 停车场经营者应当在显著位置公示收费标准，并遵守下列规定：
（一）按照核定的泊位数停放车辆；
（二）保持场内消防通道畅通；
（三）建立车辆进出登记制度。
经营者与车主之间的保管关系，依照《中华人民共和国民法典》第八百八十八条的规定处理。
第五条 违反本办法第四条第二款规定的，依照《中华人民共和国道路交通安全法》第一百零四条的规定处理。
第六条 本办法自2025年1月1日起施行，有效期5年。`;

const BAD_DOC = `某县安全生产委员会办公室关于印发烟花爆竹经营管理办法（试行）的通知
某安办〔2024〕3号
各乡镇人民政府，县直有关部门：
现将《某县烟花爆竹经营管理办法（试行）》印发给你们，请遵照执行。
某县安全生产委员会办公室
2024年3月1日
某县烟花爆竹经营管理办法（试行）
第一条 为规范烟花爆竹经营，根据《中华人民共和国合同法》和《烟花爆竹安全管理条例》，制定本办法。
第二条 本办法适用于本县行政区域。
第四条 零售经营者应当遵守下列规定：
（一）在核定的场所内经营；
（二）建立进货查验制度；
（四）配备消防器材。
第五条 违反本办法第九条规定的，依照《中华人民共和国行政许可法》第九十条的规定处理。
第六条 本办法自2024年4月1日起施行，有效期5年。`;

describe('a well-formed normative document', () => {
  it('gets no document-level or drafting finding', () => {
    const r = review(GOOD_DOC);
    expect(r.document.docType).toBe('normative-document');
    expect(brief(r.findings)).toEqual([]);
  });

  it('is quiet as a government rule too', () => {
    const rule = GOOD_DOC.replace('，有效期5年', '');
    expect(brief(review(rule, { docType: 'government-rule' }).findings)).toEqual([]);
  });
});

describe('a defective normative document', () => {
  const r = review(BAD_DOC);
  const got = brief(r.findings);

  it('reports every defect at its place', () => {
    expect(got).toContain('issuer-not-competent:warning:某县安全生产委员会办公室');
    expect(got).toContain('cited-law-repealed:warning:《中华人民共和国合同法》');
    expect(got).toContain('article-numbering:info:第四条');
    expect(got).toContain('item-numbering:info:（四）');
    expect(got).toContain('internal-reference-missing:info:第九条');
    expect(got).toContain('cited-article-not-found:warning:第九十条');
    expect(got).toContain('validity-too-long:info:有效期5年');
    expectOffsets(BAD_DOC, r.findings);
  });

  it('explains with the replacement act and the new numbers', () => {
    const repealed = r.findings.find((f) => f.ruleId === 'cited-law-repealed');
    expect(repealed?.message).toMatch(/民法典/);
    expect(repealed?.basis[0]).toMatchObject({ law: '民法典', article: '第一千二百六十条' });
    const missing = r.findings.find((f) => f.ruleId === 'cited-article-not-found');
    expect(missing?.message).toMatch(/共八十三条/);
  });

  it('fills basis texts through the lawText option', () => {
    const f = review(BAD_DOC, { lawText: articleText }).findings.find((x) => x.ruleId === 'cited-law-repealed');
    expect(f?.basis[0].text).toMatch(/合同法/);
  });
});

describe('cited-law-invalid', () => {
  it('maps a superseded version to the new article number', () => {
    const text = '第三条 依照《中华人民共和国立法法》（2015年修正）第八十二条第六款的规定，本办法不减损公民、法人和其他组织的权利。';
    const f = review(text).findings.find((x) => x.ruleId === 'cited-version-superseded');
    expect(f?.quote).toBe('《中华人民共和国立法法》（2015年修正）第八十二条第六款');
    expect(f?.message).toMatch(/第九十三条/);
  });

  it('checks every article of a list and range', () => {
    const text = '依照《中华人民共和国行政许可法》第十四条、第十五条和第八十五条的规定执行。';
    expect(brief(review(text).findings)).toEqual(['cited-article-not-found:warning:第八十五条']);
  });

  it('does not treat a repeal clause or a dated draft as an invalid citation', () => {
    const text = '某市合同管理办法\n第一条 为规范合同管理，根据《中华人民共和国合同法》，制定本办法。\n第二条 本办法自2018年5月1日起施行，有效期5年。';
    expect(brief(review(text).findings)).toEqual([]);
    const repeal = '第三十条 本规定自2021年9月1日起施行。2014年8月19日原国家工商行政管理总局令第71号公布的《工商行政管理行政处罚信息公示暂行规定》同时废止。';
    expect(brief(review(repeal, { docType: 'department-rule' }).findings)).toEqual([]);
  });

  it('hints (info) at renumbered acts it cannot verify', () => {
    const f = review('依照《中华人民共和国公司法》第一百零一条的规定执行。').findings.filter((x) => x.category === 'cited-law-invalid');
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
});

describe('validity-period', () => {
  it('reports a missing 有效期 on the title of a whole document only', () => {
    const doc = '某区人民政府关于规范农贸市场管理的通告\n一、农贸市场经营者应当亮照经营。\n二、本通告自2025年1月1日起施行。\n某区人民政府\n2024年12月20日';
    const r = review(doc);
    expect(brief(r.findings)).toEqual(['validity-missing:info:某区人民政府关于规范农贸市场管理的通告']);
    expect(brief(review('本通告自2025年1月1日起施行。').findings)).toEqual([]);
  });

  it('reports 长期有效 and over-long periods, not licence periods', () => {
    const doc = '某市关于支持企业技术改造的若干措施\n一、对技术改造项目给予贴息。\n二、企业技术中心认定证书有效期为6年。\n三、本措施自印发之日起施行，长期有效。';
    expect(brief(review(doc).findings)).toEqual(['validity-indefinite:info:长期有效']);
    const long = '某市关于支持企业技术改造的若干措施\n一、对技术改造项目给予贴息。\n二、本措施自2025年1月1日起施行，有效期至2032年12月31日。';
    expect(brief(review(long).findings)).toEqual(['validity-too-long:info:有效期至2032年12月31日']);
  });

  it('leaves laws, rules and internal documents alone', () => {
    const rule = '某市城市绿化管理办法\n第一条 为加强城市绿化管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自2025年3月1日起施行。';
    for (const docType of ['government-rule', 'local-regulation', 'internal']) expect(brief(review(rule, { docType }).findings)).toEqual([]);
  });
});

describe('numbering-error', () => {
  it('accepts 之一 articles, restarts in an annex, and nested lists', () => {
    expect(brief(review(GOOD_DOC).findings)).toEqual([]);
    const doc = '第一条 为加强管理，制定本办法。\n第二条 本办法适用于全市。\n第二条之一 本办法所称经营者，是指停车场经营单位。\n第三条 本办法自印发之日起施行，有效期3年。';
    expect(brief(review(doc).findings)).toEqual([]);
  });

  it('reports duplicate and backward articles and 本条 references', () => {
    const doc = '第一条 为加强管理，制定本办法。\n第二条 经营者应当依法经营。\n前款规定的经营者应当公示证照。\n第三条 违反本条第三款规定的，责令改正。\n第三条 区市场监管局负责监督。\n第二条 本办法自印发之日起施行，有效期3年。';
    const got = brief(review(doc).findings);
    expect(got).toContain('internal-reference-missing:info:第三款');
    expect(got).toContain('article-numbering:info:第三条');
    expect(got).toContain('article-numbering:info:第二条');
  });
});

describe('issuer-procedure', () => {
  it('reports an internal unit as issuer, lowers it with the government consent, keeps laws quiet', () => {
    const doc = '某市市场监督管理局登记注册科关于个体工商户登记有关事项的通知\n各市场主体：\n一、申请人应当提交经营场所证明。\n某市市场监督管理局登记注册科\n2024年6月1日';
    expect(brief(review(doc).findings)).toContain('issuer-not-competent:warning:某市市场监督管理局登记注册科');
    const office = '某市人民政府办公室关于加强农贸市场管理的通知\n经市人民政府同意，现通知如下：\n一、经营者应当亮照经营。\n二、本通知自印发之日起施行，有效期3年。\n某市人民政府办公室\n2024年6月1日';
    expect(brief(review(office).findings)).toEqual([]);
  });

  it('reports meeting minutes that grant or impose, not ones that assign work', () => {
    const minutes = '某县人民政府常务会议纪要\n会议议定：\n一、县城区生活垃圾清运业务交由县某环境公司独家经营。\n二、会议要求县城管局做好监督。';
    expect(brief(review(minutes).findings)).toEqual(['minutes-set-rights-obligations:warning:交由县某环境公司']);
    const internal = '某县人民政府常务会议纪要\n会议议定：\n一、由县城管局牵头制定垃圾分类实施方案，报县政府审定。\n二、县财政局做好经费保障。';
    expect(brief(review(internal).findings)).toEqual([]);
  });
});

describe('garbled-text', () => {
  it('reports mojibake and repairs UTF-8 read as GBK', () => {
    const text = '本办法自2024年1月1日起施行。鍏充簬鍔犲己琛屾斂瑙勮寖鎬ф枃浠剁殑閫氱煡';
    const f = review(text).findings.filter((x) => x.ruleId === 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0].quote).toBe('鍏充簬鍔犲己琛屾斂瑙勮寖鎬ф枃浠剁殑閫氱煡');
    expect(f[0].replacement).toBe('关于加强行政规范性文件的通知');
    expectOffsets(text, f);
  });

  it('reports GBK read as UTF-8 and the stray pinyin', () => {
    const text = '各县（市、区）?shù)卣坝嘘P(guān)規定';
    const got = brief(review(text).findings);
    expect(got).toContain('mojibake:info:?shù)卣');
    expect(got).toContain('pinyin-annotation-residue:info:(guān)');
  });

  it('merges neighbouring pinyin annotations and offers the clean text', () => {
    const text = '關(guān)於(yú)進一步加強管理的通知';
    const f = review(text).findings.filter((x) => x.ruleId === 'pinyin-annotation-residue');
    expect(f.map((x) => [x.quote, x.replacement])).toEqual([['關(guān)於(yú)', '關於']]);
    const trad = review(text).findings.filter((x) => x.ruleId === 'mixed-traditional-simplified');
    expect(trad.map((x) => x.quote)).toEqual(['進一步加強']);
  });

  it('reports only the first traditional run', () => {
    const text = '为进一步加强規範性文件管理，現就有關事項通知如下。';
    const f = review(text).findings.filter((x) => x.ruleId === 'mixed-traditional-simplified');
    expect(f.map((x) => [x.quote, x.replacement])).toEqual([['規範', '规范']]);
  });

  it('keeps the exact original offsets of other findings in a document with garbled text', () => {
    const text = [
      '某市人民政府关于规范户外广告管理的通知',
      '鍏充簬鍔犲己琛屾斂瑙勮寖鎬ф枃浠剁殑閫氱煡 關(guān)於(yú)廣告',
      '一、违反本通知规定，擅自设置户外广告的，由城管部门处五百元以上二千元以下罚款。',
      '二、依照《中华人民共和国合同法》第五十二条的规定，相关合同无效。',
      '三、本通知自2025年1月1日起施行，有效期3年。',
    ].join('\r\n');
    const r = review(text);
    expectOffsets(text, r.findings);
    const penalty = r.findings.find((f) => f.ruleId === 'penalty-set-by-normative-document');
    const at = text.indexOf('处五百元以上二千元以下罚款');
    expect(penalty && [penalty.start, penalty.end]).toEqual([at, at + '处五百元以上二千元以下罚款'.length]);
    const cite = r.findings.find((f) => f.ruleId === 'cited-law-repealed');
    const c = text.indexOf('《中华人民共和国合同法》');
    expect(cite && [cite.start, cite.end]).toEqual([c, c + '《中华人民共和国合同法》'.length]);
    expect(r.findings.some((f) => f.ruleId === 'mojibake')).toBe(true);
    expect(r.findings.some((f) => f.ruleId === 'pinyin-annotation-residue')).toBe(true);
  });

  it('is quiet on ordinary text with rare names and symbols', () => {
    const text = '菏泽市、吐鲁番市、邵阳县的犇鑫公司经营α-淀粉酶、氟氯烃等产品，温度不超过30°C，面积为3×4米。是否符合规定?请说明。网址为https://example.gov.cn/?id=3';
    expect(brief(review(text).findings)).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws and never returns an empty or misplaced span on arbitrary input', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pool = ['第一条', '第三条', '（一）', '（三）', '一、', '3.', '《合同法》', '第九十条', '《行政许可法》', '（2015年修正）', '有效期', '长期有效', '10年',
      '本办法第九条', '本条第五款', '纪要', '交由某公司', '鍏充簬', '?', '\uFFFD', '(guān)', '關', '\n', '\r\n', '。', '；', '：', '\uD800', '\uDC00', '\u200B', ' ', 'x', '以安委办名义印发'];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) s += rnd() < 0.3 ? String.fromCharCode(Math.floor(rnd() * 0xffff)) : pool[Math.floor(rnd() * pool.length)];
      const r = review(s);
      expectOffsets(s, r.findings);
    }
    expect(review('').findings).toEqual([]);
  });

  it('gives no error or warning of these categories on the single-clause lawful corpus rows', () => {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus') + '/';
    const rows = readFileSync(dir + 'dev-negatives.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; doc_type: string });
    for (const row of rows) {
      const serious = mine(review(row.text, { docType: parseDocType(row.doc_type) }).findings).filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${row.id} ${f.ruleId}:${f.quote}`)).toEqual([]);
    }
  });
});
