import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE, matches, re } from '../local-protection/_locality';
import { OWNERSHIP, TENDER } from './_market';

/**
 * Ownership form as a market condition or privilege: only state-owned bidders or buyers, a mandatory state stake in
 * other operators' projects, priority or franchise rights for state firms, private firms shut out.
 */

const REQUIRE_OWN = re(
  `(?<m>(?:须为|应为|必须为|必须是|应当是|应当为|须是|限于|仅限于?|只限|限定为|要求为|具备|具有|必须具备|资格为|应属于|须属于)[^，。；]{0,15}?${OWNERSHIP})`,
);
const STAKE = re(
  `(?<m>${OWNERSHIP}[^，。；]{0,24}?(?:持股比例|股比|占股|股权比例|出资比例)[^，。；]{0,8}?(?:不得低于|不低于|不少于|应达到|须达到|以上))`,
);
const PRIVILEGE = re(
  `(?<m>(?:(?:对|给予|赋予|向)[^，。；]{0,6}?${OWNERSHIP}[^，。；]{0,30}?|${OWNERSHIP}[^，。；]{0,20}?(?:享有|享受|赋予|给予)[^，。；]{0,20}?)(?:优先权|优先开发|优先承接|优先|特许经营权|独家|专营|排他))`,
);
const SHUT_OUT = re(
  `(?<m>(?:民营|私营|非公有制|非国有|个体)(?:企业|经济|资本|经营者)?[^，。；]{0,6}?(?:不得|不能|不予|禁止|不允许)(?:参与|进入|投资|经营|承接|投标|参股|控股|申报|竞买))`,
);
const PRIVATE_CAP = re(
  `(?<m>(?:民营|私营|非公有制|非国有)(?:资本|企业|经济)[^，。；]{0,10}?(?:持股|参股|股权|出资)?比例[^，。；]{0,6}?(?:不得超过|不超过|不高于|不得高于|应低于|须低于))`,
);
const FORM_LIMIT = re(`(?<m>(?:限定|限制|要求)[^，。；]{0,10}?所有制(?:形式|性质)?)`);

const MARKET = /参与|开发|合作|项目|资源|经营|运营|建设|投资|承接|准入|资格|申请人|竞买人|投标人|供应商|主体/;
const SOE_INTERNAL = /划转|国有资产交易|国有产权|产权转让|出资人|国资监管|混合所有制|混改|改制|无偿划转|企业国有资产|国有资本投资|国有资本运营|控股股东|董事会/;

type Grade = 'error' | 'warning' | undefined;

function add(hits: LocalHit[], found: RegExpExecArray[], sev: Grade): void {
  if (!sev) return;
  for (const m of found) {
    const [s, e] = m.indices!.groups!.m;
    hits.push({ start: s, end: e, severity: sev === 'error' ? undefined : sev });
  }
}

function check(c: { text: string; sentence: string }): LocalHit[] {
  const { text, sentence } = c;
  // the patterns in the clause first, the sentence-level tests only when one matched
  const requireOwn = matches(REQUIRE_OWN, text);
  const stake = matches(STAKE, text);
  const privilege = matches(PRIVILEGE, text);
  const shutOut = matches(SHUT_OUT, text);
  const privateCap = matches(PRIVATE_CAP, text);
  const formLimit = matches(FORM_LIMIT, text);
  if (!requireOwn.length && !stake.length && !privilege.length && !shutOut.length && !privateCap.length && !formLimit.length) return [];
  if (SOE_INTERNAL.test(sentence)) return [];
  const market = MARKET.test(sentence);
  const tender = TENDER.test(sentence);
  const hits: LocalHit[] = [];
  add(hits, requireOwn, tender ? 'error' : market ? 'warning' : undefined);
  add(hits, stake, market ? 'error' : undefined);
  add(hits, privilege, 'error');
  add(hits, shutOut, 'error');
  add(hits, privateCap, 'error');
  add(hits, formLimit, tender || market ? 'error' : undefined);
  return hits;
}

export default defineRule({
  id: 'ownership-form-restriction',
  category: 'entry-barrier',
  title: '以所有制形式设定准入条件或给予特权',
  message:
    '以国有、国有控股等所有制形式作为竞买、投标、参与开发经营的资格条件，强制要求国有企业持股，或对国有企业给予资源开发、特许经营、项目承接等优先权，排斥其他所有制经营者，属于设置不合理、歧视性的准入条件。',
  suggestion:
    '删除所有制限定和对特定所有制企业的优先权，准入、竞买、投标条件应对各类所有制经营者一视同仁；确需由国有资本参与的，应有法律、行政法规依据并在公平竞争审查中说明。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '优化营商环境条例', article: '第十二条' },
    { law: '招标投标法实施条例', article: '第三十二条' },
    { law: '政府采购法实施条例', article: '第二十条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  gates: { quotation: false },
  match: {
    type: 'clause',
    anchors: ['国有', '国企', '央企', '中央企业', '属企业', '属国企', '属平台', '集体', '民营', '私营', '非公有制', '个体', '所有制'],
    check,
  },
  examples: {
    bad: [
      { text: '竞买人须为[[具有独立法人资格的国有或国有控股企业]]。', docType: 'policy-document' },
      '参与开发风能资源的企业中，[[区属国有企业以入股方式参与开发运营的持股比例不得低于20%]]。',
      '[[对市属国有企业给予资源优先开发利用、特许经营权以及重点项目承接的优先权]]。',
      '[[民营企业不得参与]]本区保障性住房项目建设。',
      { text: '申请人[[应为市属国有企业]]或其控股子公司。', docType: 'policy-document' },
    ],
    good: [
      '招标人不得非法限定投标人的所有制形式或者组织形式。',
      '国有企业应当建立健全内部控制制度，加强风险防控。',
      '企业国有资产无偿划转的划入方应为国有独资企业或国有独资公司。',
      '依法平等对待各类所有制市场主体，保障民营企业平等参与政府采购。',
    ],
  },
});
