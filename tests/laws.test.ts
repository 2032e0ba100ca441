/** The statute index: the compact catalogue (names, article numbers, repeals) and the full-text article lookup. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allLaws,
  allRepealed,
  articleExists,
  checkCitation,
  findLaw,
  findRepealed,
  isKnownLaw,
  keyToLabel,
  lawKey,
  parseArticleRef,
  parseCitedName,
} from '../lib/laws/catalog';
import { articleText, getLaw, listLaws, paragraphsOf, searchLaws } from '../lib/laws/articles';
import { buildCatalog } from '../scripts/build-laws';
import { review } from '../lib/engine';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data') + '/';

describe('catalogue data', () => {
  it('is small enough for the content script and up to date with laws.json / repealed.json', () => {
    const size = statSync(dataDir + 'laws/catalog.json').size;
    expect(size).toBeLessThan(60 * 1024);
    const laws = JSON.parse(readFileSync(dataDir + 'laws/laws.json', 'utf8'));
    const repealed = JSON.parse(readFileSync(dataDir + 'laws/repealed.json', 'utf8'));
    const fresh = JSON.stringify(buildCatalog(laws, repealed));
    expect(readFileSync(dataDir + 'laws/catalog.json', 'utf8').trim(), 'run `npx tsx scripts/build-laws.ts`').toBe(fresh);
    expect(allLaws()).toHaveLength(laws.length);
    expect(allRepealed()).toHaveLength(repealed.length);
  });

  it('holds a common-character list of a few thousand characters', () => {
    const { chars } = JSON.parse(readFileSync(dataDir + 'common-chars.json', 'utf8')) as { chars: string };
    expect(chars.length).toBeGreaterThan(3500);
    expect(chars.length).toBeLessThan(6000);
    for (const ch of '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质') {
      expect(chars.includes(ch), ch).toBe(true);
    }
    for (const ch of '鍏簬鍔犲琛屾瑙勮寖') expect(chars.includes(ch), ch).toBe(false);
  });
});

describe('name resolution', () => {
  it('resolves full names, short names, aliases, year notes and nested titles', () => {
    expect(findLaw('《中华人民共和国行政许可法》')?.name).toBe('行政许可法');
    expect(findLaw('行政许可法')?.name).toBe('行政许可法');
    expect(findLaw('中华人民共和国行政许可法（2019年修正）')?.name).toBe('行政许可法');
    expect(findLaw('行政许可法(2019修正)')?.name).toBe('行政许可法');
    expect(findLaw('地方组织法')?.name).toBe('地方各级人民代表大会和地方各级人民政府组织法');
    expect(findLaw('最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释')?.name).toBe('最高人民法院关于适用《行政诉讼法》的解释');
    expect(findLaw('某某省物业管理条例')).toBeUndefined();
    expect(isKnownLaw('合同法')).toBe(true);
    expect(isKnownLaw('某某市停车管理办法')).toBe(false);
    expect(lawKey('《中华人民共和国民法典》')).toBe('民法典');
  });

  it('reads the stated version of a citation', () => {
    expect(parseCitedName('中华人民共和国立法法（2015年修正）')).toMatchObject({ name: '中华人民共和国立法法', year: 2015 });
    expect(parseCitedName('行政处罚法', '（1996年3月17日通过，2021年1月22日修订）').year).toBe(2021);
    expect(parseCitedName('行政许可法（二〇一九年修正）').year).toBe(2019);
    expect(parseCitedName('优化营商环境条例').year).toBeUndefined();
    expect(parseCitedName('某某办法（试行）')).toEqual({ name: '某某办法（试行）' });
  });

  it('parses article references', () => {
    expect(parseArticleRef('第十七条')).toMatchObject({ n: 17 });
    expect(parseArticleRef('第十六条第四款')).toMatchObject({ n: 16, para: 4 });
    expect(parseArticleRef('第十二条第（一）项')).toMatchObject({ n: 12, item: 1 });
    expect(parseArticleRef('第十条之一')).toMatchObject({ n: 10, sub: 1 });
    expect(parseArticleRef('第一百零三条')).toMatchObject({ n: 103 });
    expect(parseArticleRef('第1260条')).toMatchObject({ n: 1260 });
    expect(parseArticleRef('本条')).toBeUndefined();
    expect(keyToLabel('10.1')).toBe('第十条之一');
    expect(keyToLabel('1260')).toBe('第一千二百六十条');
  });
});

describe('article existence', () => {
  it('knows which articles, paragraphs and items exist', () => {
    expect(articleExists('行政许可法', { n: 83 })).toEqual({ exists: true });
    expect(articleExists('行政许可法', { n: 84 })).toMatchObject({ exists: false, missing: 'article', count: 83 });
    expect(articleExists('行政许可法', { n: 16, para: 4 })).toEqual({ exists: true });
    expect(articleExists('行政许可法', { n: 16, para: 5 })).toMatchObject({ exists: false, missing: 'paragraph' });
    expect(articleExists('民法典', { n: 1260 })).toEqual({ exists: true });
    expect(articleExists('行政许可法', { n: 12, item: 6 })).toEqual({ exists: true });
    expect(articleExists('行政许可法', { n: 12, item: 9 })).toMatchObject({ exists: false, missing: 'item' });
  });

  it('does not judge superseded texts or unknown laws', () => {
    expect(articleExists('治安管理处罚法', { n: 140 })).toBeUndefined();
    expect(articleExists('某某条例', { n: 1 })).toBeUndefined();
  });
});

describe('citation checks', () => {
  it('reports repealed acts with their replacement and the repealing provision', () => {
    const [issue] = checkCitation('中华人民共和国合同法', '第五十二条');
    expect(issue.kind).toBe('repealed');
    if (issue.kind !== 'repealed') return;
    expect(issue.entry.replacedBy).toBe('民法典');
    expect(issue.entry.repealedBy).toEqual({ law: '民法典', article: '第一千二百六十条' });
    expect(findRepealed('法规规章备案条例')[0].replacedBy).toBe('法规规章备案审查条例');
  });

  it('respects the draft date: an act still in force then is not reported', () => {
    expect(checkCitation('合同法', '第五十二条', { asOf: '2019-05-01' })).toEqual([]);
    expect(checkCitation('合同法', '第五十二条', { asOf: '2021-05-01' })[0]?.kind).toBe('repealed');
  });

  it('maps the numbers of a stated old version to the current text', () => {
    const [issue] = checkCitation('中华人民共和国立法法（2015年修正）', '第八十二条');
    expect(issue).toMatchObject({ kind: 'old-version', year: 2015, newArticle: '第九十三条', current: '2023-03-13' });
    const [p] = checkCitation('行政处罚法', '第十四条', { after: '（2017年修正）' });
    expect(p).toMatchObject({ kind: 'old-version', newArticle: '第十六条' });
    expect(checkCitation('行政许可法（2003年）', '第十六条')[0]).toMatchObject({ kind: 'old-version', year: 2003, current: '2019-04-23' });
  });

  it('accepts the current version, stated or not', () => {
    expect(checkCitation('行政许可法（2019年修正）', '第十七条')).toEqual([]);
    expect(checkCitation('行政许可法', '第十七条')).toEqual([]);
    expect(checkCitation('民法典', '第四百六十九条')).toEqual([]);
  });

  it('reports articles missing from the current text, not from superseded texts', () => {
    expect(checkCitation('行政许可法', '第九十条')[0]).toMatchObject({ kind: 'no-article', missing: 'article' });
    expect(checkCitation('治安管理处罚法', '第一百三十条').map((i) => i.kind)).not.toContain('no-article');
  });

  it('hints at renumbering when no version is stated', () => {
    expect(checkCitation('公司法', '第一百零一条')[0]).toMatchObject({ kind: 'renumbered' });
    expect(checkCitation('治安管理处罚法', '第十九条')[0]).toMatchObject({ kind: 'revised' });
  });

  it('stays quiet on unknown acts', () => {
    expect(checkCitation('某某市城市管理条例', '第九百条')).toEqual([]);
  });
});

describe('article texts', () => {
  it('returns an article, a paragraph or an item', () => {
    expect(articleText('行政许可法', '第十七条')).toBe('除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。');
    expect(articleText('中华人民共和国行政许可法', '第十六条第四款')).toMatch(/^法规、规章对实施上位法设定的行政许可作出的具体规定/);
    expect(articleText('行政许可法', '第十二条第（一）项')).toMatch(/^（一）|^\(一\)/);
    expect(articleText('行政许可法', '第九十条')).toBeUndefined();
    expect(articleText('行政许可法', '第十六条第九款')).toBeUndefined();
    expect(articleText('国办发〔2018〕37号', '第一条')).toBeUndefined();
  });

  it('keeps a paragraph together with its items', () => {
    const paras = paragraphsOf('导语：\n（一）甲；\n（二）乙。\n第二款。');
    expect(paras).toEqual(['导语：\n（一）甲；\n（二）乙。', '第二款。']);
  });

  it('serves as the engine lawText option', () => {
    const { findings } = review('违反本通知规定，擅自占道经营的，由城管部门处五百元以上二千元以下罚款。', {
      lawText: articleText,
    });
    const f = findings.find((x) => x.ruleId === 'penalty-set-by-normative-document');
    expect(f?.basis.find((b) => b.law === '行政处罚法' && b.article === '第十六条')?.text).toBe('除法律、法规、规章外，其他规范性文件不得设定行政处罚。');
  });

  it('searches by citation and by wording', () => {
    expect(searchLaws('《行政许可法》第十七条')[0]).toMatchObject({ law: '行政许可法', num: '第十七条' });
    expect(searchLaws('行政许可法第十六条第四款')[0].text).toMatch(/^法规、规章对实施上位法/);
    const hits = searchLaws('其他规范性文件不得设定行政处罚', { limit: 3 });
    expect(hits[0]).toMatchObject({ law: '行政处罚法', num: '第十六条' });
    expect(searchLaws('设定行政许可', { law: '行政许可法', limit: 50 }).every((h) => h.law === '行政许可法')).toBe(true);
    expect(searchLaws('')).toEqual([]);
    expect(getLaw('地方组织法')?.articles.length).toBe(90);
    expect(listLaws().find((l) => l.name === '民法典')?.articles).toBe(1260);
  });
});
