import { defineRule } from '../define-rule';
import { GOVERNMENT_CONSENT, issuerSpan, rightsSpan } from './_issuer';
import { titleParagraph } from '../numbering-error/_structure';

const AUTHORISED = /交通警察|交警|公安|消防救援|派出所|海关|税务|海事|边检|出入境/;

const setsRights = (t: string) => rightsSpan(t) !== undefined;
const hasConsent = (t: string) => GOVERNMENT_CONSENT.test(t);

/**
 * The detected issuer (title or signature) is an internal unit (处、科、股、室) or a coordination body (领导小组、
 * 指挥部、安委办、联席会议) while the document is an external normative document, or a policy document that binds
 * outsiders.
 */
export default defineRule({
  id: 'issuer-not-competent',
  category: 'issuer-procedure',
  title: '发文主体不适格（内设机构、议事协调机构发文）',
  message: '发文机关是部门内设机构或议事协调机构（或其办公室），不具有制发对外行政规范性文件的主体资格。',
  suggestion: '由具有相应职权的行政机关（或经本级政府同意由政府办公厅（室））制发，并履行合法性审核、集体审议、公布和备案程序。',
  basis: [{ law: '国办发〔2018〕37号' }, { law: '优化营商环境条例', article: '第六十二条' }],
  severity: 'warning',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'off',
    'department-rule': 'off',
    'government-rule': 'off',
    internal: 'off',
  },
  match: {
    type: 'document',
    check: (doc) => {
      const kind = doc.meta.issuerKind;
      const issuer = doc.meta.issuer ?? '';
      if (kind !== 'internal-body' && kind !== 'coordination-body') return [];
      if (kind === 'internal-body' && AUTHORISED.test(issuer)) return [];
      if (doc.meta.docType === 'policy-document' && !doc.paragraphs.some((p) => p.memo('issuer-not-competent:rights', setsRights))) return [];
      const span = issuerSpan(doc) ?? (() => {
        const t = titleParagraph(doc);
        return t >= 0 ? { para: t, start: 0, end: Math.min(60, doc.paragraphs[t].text.length) } : undefined;
      })();
      if (!span || span.end <= span.start) return [];
      const consent = doc.paragraphs.some((p) => p.memo('issuer-not-competent:consent', hasConsent));
      const unit = kind === 'internal-body' ? '部门内设机构或下属单位' : '议事协调机构（或其办公室）';
      const weakInternal = kind === 'internal-body' && !/[处科股]$|[^公]室$/.test(issuer);
      return [
        {
          ...span,
          message: `发文机关“${issuer}”属于${unit}，不具有制发对外规范性文件的主体资格${consent ? '；文中虽称经本级政府同意，仍应以有权机关名义发文' : ''}。`,
          ...(consent || weakInternal ? { severity: 'info' as const } : {}),
        },
      ];
    },
  },
  examples: {
    bad: [
      '[[某市安全生产委员会办公室]]关于加强烟花爆竹经营管理的通知\n各烟花爆竹零售店（点）：\n一、零售店（点）必须与辖区批发企业签订连锁经营协议。\n某市安全生产委员会办公室\n2024年3月1日',
      '[[某县卷烟市场整顿工作领导小组]]关于规范公务用烟管理的通知\n一、各单位公务用烟一律实行集中采购。\n某县卷烟市场整顿工作领导小组\n2024年5月4日',
    ],
    good: [
      '某市人民政府办公室关于加强烟花爆竹经营管理的通知\n经市人民政府同意，现就有关事项通知如下：\n一、零售店（点）应当依法取得许可。\n某市人民政府办公室\n2024年3月1日',
      '某市应急管理局关于加强烟花爆竹经营管理的通知\n一、零售店（点）应当依法取得许可。\n某市应急管理局\n2024年3月1日',
      { text: '某局办公室关于调整值班安排的通知\n一、各科室按照排班表值班。\n某局办公室\n2024年3月1日', docType: 'internal' },
    ],
  },
});
