import { describe, expect, it } from 'vitest';
import { detectMeta, issuerKindOf, issuerLevelOf } from '../../lib/engine/document';
import { review } from '../../lib/engine';

const NOTICE = `某市人民政府办公室关于印发《某市城市道路占道管理办法》的通知
某府办发〔2024〕12号
各区人民政府，市政府各部门：
经市人民政府同意，现将《某市城市道路占道管理办法》印发给你们，请认真贯彻执行。
第一条 为了规范城市道路占道管理，制定本办法。
第二条 本办法自2024年5月1日起施行，有效期5年。
某市人民政府办公室
2024年4月10日`;

describe('document metadata', () => {
  it('detects title, 文号, issuer, type and dates from a notice', () => {
    const m = detectMeta(NOTICE.split('\n'));
    expect(m.title).toBe('某市人民政府办公室关于印发《某市城市道路占道管理办法》的通知');
    expect(m.docNumber).toBe('某府办发〔2024〕12号');
    expect(m.issuer).toBe('某市人民政府办公室');
    expect(m.issuerKind).toBe('government-office');
    expect(m.issuerLevel).toBe('city');
    expect(m.docType).toBe('normative-document');
    expect(m.effectiveDate).toBe('2024-05-01');
    expect(m.publishDate).toBe('2024-04-10');
    expect(m.validityYears).toBe(5);
  });

  it('classifies issuers', () => {
    expect(issuerKindOf('某县安全生产委员会办公室')).toBe('coordination-body');
    expect(issuerKindOf('某市市场监督管理局')).toBe('department');
    expect(issuerKindOf('某市市场监督管理局登记注册处')).toBe('internal-body');
    expect(issuerKindOf('某省人民代表大会常务委员会')).toBe('people-congress');
    expect(issuerLevelOf('某省人民政府')).toBe('province');
    expect(issuerLevelOf('某省某市人民政府')).toBe('city');
    expect(issuerLevelOf('某县人民政府')).toBe('county');
  });

  it('reads a government order as a rule and Chinese-numeral dates', () => {
    const m = detectMeta(['某市人民政府令', '第56号', '《某市养犬管理办法》已经市政府同意，现予公布，自二〇二四年三月一日起施行。'.replace('第56号', ''), '某市人民政府令第56号']);
    expect(m.docType).toBe('government-rule');
    expect(m.effectiveDate).toBe('2024-03-01');
  });

  it('lets the caller override the type and metadata', () => {
    const r = review(NOTICE, { docType: '地方性法规', meta: { issuer: '某市人大常委会' } });
    expect(r.document.docType).toBe('local-regulation');
    expect(r.document.docTypeSource).toBe('caller');
    expect(r.document.issuer).toBe('某市人大常委会');
    expect(r.document.articleCount).toBe(2);
  });
});
