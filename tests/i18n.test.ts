// @vitest-environment node
/**
 * Languages: every UI string exists in Chinese (default) and English; the browser's UI language picks one; the
 * manifest's name and description come from _locales; and no component or entrypoint carries a hard-coded Chinese
 * string outside locales/ (the dashboard's files, owned elsewhere, have their own locale module).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../locales/en';
import { getStrings, pickLocale, uiLocale } from '../locales';
import { zh_CN } from '../locales/zh_CN';

const root = fileURLToPath(new URL('..', import.meta.url));
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(root + dir)) {
    const p = `${dir}/${e}`;
    if (statSync(root + p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(e)) out.push(p);
  }
  return out;
}

/** The source with comments blanked out (strings, templates and regex literals kept; line numbers kept). */
function stripComments(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    const two = src.slice(i, i + 2);
    if (two === '//') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh_CN).sort());
    for (const [k, v] of [...Object.entries(zh_CN), ...Object.entries(en)]) {
      if (k === 'items') continue; // the measure word after a count: English has none
      if (typeof v === 'string') expect(v.trim().length, k).toBeGreaterThan(0);
      if (typeof v === 'function') expect(typeof (v as (...a: unknown[]) => string)(1, 'x', 2), k).toBe('string');
    }
  });

  it('keeps the English strings English (Chinese only where they show Chinese input)', () => {
    const showsChineseInput = new Set(['gateProhibition', 'gateEncouragement', 'fieldBasis', 'lawsSearchPlaceholder', 'lawsArticlesOf', 'lawsOpenResult']);
    for (const [k, v] of Object.entries(en)) {
      if (showsChineseInput.has(k)) continue;
      const text = typeof v === 'function' ? (v as (...a: unknown[]) => string)('x', 'y', 'z') : String(v);
      expect(CJK.test(text), `en.${k}: ${text}`).toBe(false);
    }
  });

  it('follows the browser UI language: English for English, Chinese otherwise', () => {
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLocale(['zh-TW'])).toBe('zh_CN');
    expect(pickLocale([])).toBe('zh_CN');
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => 'en-US' } });
    expect(uiLocale()).toBe('en');
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => 'zh-CN' } });
    expect(uiLocale()).toBe('zh_CN');
    expect(getStrings(uiLocale()).appName).toBe('法审助手');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });
});

describe('manifest languages', () => {
  const messages = (l: string): Record<string, { message: string }> => JSON.parse(readFileSync(`${root}public/_locales/${l}/messages.json`, 'utf8'));

  it('names the extension through _locales, Chinese by default', () => {
    const config = readFileSync(`${root}wxt.config.ts`, 'utf8');
    expect(config).toMatch(/default_locale:\s*'zh_CN'/);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    const zh = messages('zh_CN');
    const english = messages('en');
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
    for (const k of used) {
      expect(zh[k]?.message, k).toBeTruthy();
      expect(english[k]?.message, k).toBeTruthy();
    }
    expect(zh.extName.message).toContain('法审助手');
    expect(CJK.test(english.extName.message + english.extDescription.message)).toBe(false);
    // the toolbar tooltip comes from the popup's <title>
    expect(readFileSync(`${root}entrypoints/popup/index.html`, 'utf8')).toContain('<title>__MSG_actionTitle__</title>');
  });
});

describe('no hard-coded Chinese UI strings', () => {
  it('keeps components/ and entrypoints/ free of Chinese text outside comments (locales/ holds it)', () => {
    const owned = /^(components|entrypoints)\/dashboard\//;
    const found: string[] = [];
    for (const f of [...files('components', /\.(ts|tsx)$/), ...files('entrypoints', /\.(ts|tsx)$/)]) {
      if (owned.test(f)) continue;
      stripComments(readFileSync(root + f, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (CJK.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would catch one (the scanner sees strings and JSX text, not comments)', () => {
    const src = "// 注释\n/* 说明 */\nconst a = '中文';\nconst b = <p>文字</p>;\nconst c = 'http://x'; // 尾注";
    const lines = stripComments(src).split('\n').filter((l) => CJK.test(l));
    expect(lines).toEqual(["const a = '中文';", 'const b = <p>文字</p>;']);
  });
});
