/**
 * Shared vocabulary and helpers for the fair-competition rules on who a company or citizen must deal with
 * (designated-dealing), who gets a preference (selective-preference) and which agency an applicant must use
 * (designated-intermediary). One owner. Regexes are linear: literal alternations and bounded character-class gaps.
 *
 * The core question these rules ask is whether a named/specific operator is singled out ("某公司""学子公司"
 * "县城投集团""××有限公司") or a class is described by open criteria ("具备相应资质的企业""符合条件的医疗机构").
 */
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';

/** Nouns that end the name of a market operator. Longest first so a match keeps the full suffix. */
export const OPERATOR_SUFFIX =
  '(?:有限责任公司|股份有限公司|有限公司|集团公司|集团|公司|企业|厂家|厂商|医院|供应商|服务商|运营商|经销商|驾校|检测站|检测场|加油站|药店|药房|银行|保险公司|旅行社|酒店|宾馆|商场|超市)';

/**
 * Words that describe a class of operators by open criteria, a competitive selection, or the operator's own choice:
 * a name containing one is not a specific operator.
 */
const CRITERIA =
  /的|具有|具备|符合|取得|相应|资质|资格|认定|认证|合格|依法|以上|以下|中标|成交|选定|招标|遴选|比选|竞争|自主|自行|任何|所有|其他|各类|各个|有关|相关|第三方|每家|多家|若干|一批|市场主体|经营者|申请人|用人单位|生产经营单位/;

/**
 * Role and industry words that name a class rather than one operator (物业公司、燃气企业、项目运营公司).
 * A name made only of these (after the suffix is removed) is generic.
 */
const GENERIC_WORDS = [
  '物业服务', '物业', '商业银行', '开户', '托管', '合作', '代理', '政策性', '服务', '保险', '燃气', '供水', '供电', '电力', '供热', '供气', '电信', '通信', '网络', '运营', '快递',
  '物流', '中介', '代理', '施工', '建筑', '建设', '开发', '房地产', '运输', '出租车', '出租汽车', '客运', '公交', '劳务', '保安',
  '环卫', '保洁', '餐饮', '生产', '销售', '经营', '工程', '项目', '平台', '管理', '专业', '社会', '民营', '国有', '私营', '外资',
  '外商投资', '骨干', '龙头', '重点', '中小', '小微', '小型', '微型', '大型', '中型', '承包', '监理', '设计', '勘察', '咨询',
  '检测', '评估', '医疗', '卫生', '综合', '专科', '公立', '定点', '指定', '合作', '商业', '金融', '科技', '高新技术', '规模以上',
  '上市', '新', '本地', '外地', '国内', '境内', '境外', '单位', '机构', '二级', '三级', '甲等', '乙等', '成员', '会员', '下属',
  '所属', '直属', '所在地', '当地', '属地', '辖区内', '辖区', '本辖区', '参建', '入驻', '落户', '新引进', '引进', '配套', '链主', '领军', '头部', '独角兽', '瞪羚', '专精特新', '制造', '制造业', '工业', '农业', '服务业',
  '商贸', '外贸', '电商', '电子商务', '软件', '信息', '数字', '文化', '旅游', '体育', '教育', '培训', '家政', '养老', '托育',
  '物业管理', '经营性', '营利性', '非营利性', '合资', '独资', '控股', '参股', '子', '分', '母', '总', '一般', '特殊',
];
const GENERIC_SET = new Set(GENERIC_WORDS);
const GENERIC_MAX = Math.max(...GENERIC_WORDS.map((w) => w.length));

/** Whether `stem` splits entirely into generic words (word-break by dynamic programming, no regex backtracking). */
function genericOnly(stem: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= stem.length; i++) {
    ok[i] = false;
    for (let l = 1; l <= Math.min(GENERIC_MAX, i) && !ok[i]; l++) ok[i] = ok[i - l] && GENERIC_SET.has(stem.slice(i - l, i));
  }
  return ok[stem.length];
}

/** Markers of one definite operator: a placeholder (某/该/××), a legal-form word, or a place name. */
const NAMED_MARKER = /某|该|上述|前述|有限|股份|集团|[×＊*XＸ]{2}|[〇○]{2}|[省县镇乡州旗]|市(?!场)|(?<!社|园|片|小|景|城|厂|街|校|矿|林|垦|开发|功能|示范|保税|试验|自贸|新)区(?!域|块|分|别|间)/;

/** Whether the stem of a name carries an explicit marker of one operator (某、该、有限、集团、a place). */
export function hasNamedMarker(name: string): boolean {
  return !CRITERIA.test(name) && NAMED_MARKER.test(name.replace(new RegExp(`${OPERATOR_SUFFIX}$`), ''));
}

/** Encouragement before a position in the clause: a designation that is only encouraged is still a risk (warning). */
export function encouragedInClause(c: ClauseContext, pos: number): boolean {
  return /鼓励|引导|支持|倡导|提倡|推荐|建议/.test(c.text.slice(0, pos));
}

export type OperatorKind = 'named' | 'generic' | 'criteria';

/**
 * Classifies the words naming an operator (suffix included): one specific operator, a bare class
 * (物业公司), or a class described by criteria (具备资质的企业).
 */
export function operatorKind(name: string): OperatorKind {
  // 县公安局推荐的某公司、市住建局指定的企业: picked by the administration
  if (/(?:推荐|指定|选定|认可|明确)的/.test(name) && !/招标|中标|依法|公开|竞争|遴选|比选/.test(name)) return 'named';
  if (CRITERIA.test(name)) return 'criteria';
  const stem = name.replace(new RegExp(`${OPERATOR_SUFFIX}$`), '');
  if (!stem) return 'generic';
  if (NAMED_MARKER.test(stem)) return 'named';
  // 企业、供应商、厂家 name a class unless marked (参建企业、批发企业); 公司、集团、医院 usually name one operator
  if (/(?:企业|厂家|厂商|供应商|服务商|运营商|经销商)$/.test(name)) return 'generic';
  return genericOnly(stem) ? 'generic' : 'named';
}

/**
 * A competitive or lawful selection mentioned in the sentence: the operator came out of a tender or procurement, or
 * the operator is a statutory body. Used as `unless` by the dealing rules.
 */
export const COMPETITIVE_SELECTION =
  '招标|中标|投标|成交供应商|政府采购(?:程序|方式|法)|竞争性(?:谈判|磋商)|公开(?:遴选|比选|选聘|征集|竞争|择优)|择优选定|依法(?:选定|确定|选择|选聘)|比选确定|询价|单一来源采购|框架协议采购';

/** The operator's own free choice (申请人自主选择中介机构). */
export const OWN_CHOICE = '自主选择|自行选择|自愿选择|自由选择|自主委托|自行委托|自愿委托|可以选择|任意选择|自主确定|不受限制';

/** All matches of a global (sticky-free) regex with indices. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Span of the named group `g` (default `m`), or of the whole match. */
export function spanOf(m: RegExpExecArray, g = 'm'): [number, number] {
  return m.indices?.groups?.[g] ?? [m.index, m.index + m[0].length];
}

/** Drop hits that overlap an earlier one. */
export function uniqueHits(hits: LocalHit[]): LocalHit[] {
  const out: LocalHit[] = [];
  for (const h of hits) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out;
}

/** Compiles a pattern with indices, global. */
export const rx = (s: string) => new RegExp(s, 'gd');

/**
 * A superior statute cited as the basis (依照《中华人民共和国…法》、根据《…条例》、国务院批准). Only these can
 * authorise a designation or a preference; a local plan or report in 《》 cannot, so the rules turn the engine's
 * citation gate off and use this instead (lowering to info).
 */
export const STATUTE_CITED =
  /(?:依照|依据|根据|按照|遵照)[^。；，]{0,4}《(?:[^》]{2,40}(?:法|条例|决定)|国务院[^》]{2,40})》|经国务院(?:批准|同意)|国务院(?:批准|规定|决定)的|法律、(?:行政)?法规(?:另有)?规定/;

/** Severity for a hit: info when a statute is cited in the sentence, otherwise the given one. */
export function unlessStatute(c: ClauseContext, severity?: 'error' | 'warning'): { severity?: 'error' | 'warning' | 'info' } {
  if (STATUTE_CITED.test(c.sentence)) return { severity: 'info' };
  return severity ? { severity } : {};
}

/**
 * A liability provision describing the unlawful conduct (违反本法规定…为招标人指定招标代理机构的，责令改正):
 * a wrongdoing word before the hit, a sanction after "…的，".
 */
const WRONG_BEFORE = /违反|以任何方式|滥用行政权力|擅自|非法/;
const SANCTION_AFTER = /^[^。]{0,120}?的[，,][^。]{0,40}?(?:责令|查处|追究|处分|给予警告|依法处理|撤销|予以纠正|处以|处[一二三四五六七八九十百千万\d])/;
export function describesViolation(c: ClauseContext, start: number, end: number): boolean {
  const s = c.offsetInSentence;
  return WRONG_BEFORE.test(c.sentence.slice(0, s + start)) && SANCTION_AFTER.test(c.sentence.slice(s + end));
}

/** A prohibition anywhere earlier in the clause (the engine's gate looks back only 30 characters). */
const PROHIBITED = /不得|禁止|严禁|不准|不允许|不许|杜绝|防止|无权|限定或者?变相限定|指定或者?变相指定|一律不/;
export function prohibitedInClause(c: ClauseContext, pos: number): boolean {
  // 各校不得自行采购，统一由某公司供货: a ban on the buyer's own choice is part of the restriction, not a limit on the administration
  return PROHIBITED.test(c.text.slice(0, pos).replace(/(?:不得|严禁|禁止|不准|不允许)(?:自行|另行|擅自|私自|自主|到其他|向其他|从其他|在其他|选择其他|使用其他|购买其他)/g, ''));
}
