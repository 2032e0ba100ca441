/**
 * Context gates: facts about where a hit sits that decide whether it is a violation at all.
 * - prohibition: the clause forbids the conduct (不得指定中介机构) rather than imposing it;
 * - citation: the sentence cites its superior-law basis (依照《X法》第X条的规定处罚);
 * - encouragement: the clause only encourages (鼓励、引导、支持、自愿);
 * - quotation: the hit is inside a long quotation of other text.
 */

// 不得少于/低于/超过… set a quantity limit, they do not forbid the conduct
// (rules whose own sanction reads 「集中清理…拆除已有…」 switch this gate off and use a narrower list)
const PROHIBITION = /不得(?![少低超高多迟早晚短长小大]于|超过|少过)|禁止(?!区|的区域|类|性|目录|清单|事项)|严禁|不应|不准|不允许|不许|杜绝|防止|避免|纠正|清理|废止|不能|无权/g;
// only statutes and rules count as a basis (《建筑设计规范》 is a technical standard, not a legal basis)
const LAW_TITLE = '《[^》]{1,60}(?:法|条例|规定|办法|决定|规则|细则|解释|命令|决议)(?:（[^）]{0,20}）)?》';
const CITATION = new RegExp(`(?:依照|依据|根据|按照|遵照|符合|适用)${LAW_TITLE}|${LAW_TITLE}(?:第[一二三四五六七八九十百零〇\\d]+条)?(?:的)?(?:有关)?规定`);
// 支持 as a noun (获得补贴支持的企业, 加大支持力度) does not make a clause an encouragement
const ENCOURAGEMENT = /鼓励|引导|倡导|提倡|自愿|自主选择|自行选择|可以自行|欢迎|(?<!获得|给予|享受|予以|加大|政策)支持(?![的力资政措])/;
const LOOKBACK = 30;

/**
 * Whether a prohibition word governs the hit at `pos`: it stands before it in the same comma-delimited stretch
 * (within LOOKBACK characters). 「三年内不得参加投标，并处二万元罚款」: the fine is not what 不得 forbids.
 */
export function prohibitedBefore(text: string, pos: number): boolean {
  let from = Math.max(0, pos - LOOKBACK);
  const comma = Math.max(text.lastIndexOf('，', pos - 1), text.lastIndexOf(',', pos - 1));
  if (comma >= from) from = comma + 1;
  const recent = text.slice(from, pos);
  PROHIBITION.lastIndex = 0;
  return PROHIBITION.test(recent);
}

export function hasProhibition(text: string): boolean {
  PROHIBITION.lastIndex = 0;
  return PROHIBITION.test(text);
}

export function citesBasis(sentence: string): boolean {
  return CITATION.test(sentence);
}

export function encouragedBefore(text: string, pos: number): boolean {
  return ENCOURAGEMENT.test(text.slice(0, pos));
}

/** Ranges of “…” / 「…」 quotations longer than 12 characters in a paragraph (quoted law, not terms). */
export function quotationRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[“「『"]([^”」』"]{12,})[”」』"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The lead-in of an item list (ends with ：) prohibits what its items list (下列行为…不得 / 禁止下列). */
export function leadInProhibits(lead: string): boolean {
  return hasProhibition(lead);
}
