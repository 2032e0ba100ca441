/** Shared by the retroactivity rules. */

/** An explicit transition period: the new rule is applied prospectively with time to adapt (优化营商环境条例第六十五条). */
export const TRANSITION = /过渡期|适应期|施行之日起[^。；]{0,8}?(?:个月|年|日)内|实施之日起[^。；]{0,8}?(?:个月|年|日)内|印发之日起[^。；]{0,8}?(?:个月|年|日)内|给予[^。；]{0,8}?(?:过渡|调整)/;

/**
 * A statute article cited in the sentence (依照《城市房地产管理法》第二十六条…无偿收回): the statute may authorise the
 * measure, so the finding becomes a hint. A mere standard or normative document (依据《××设置管理规范》) does not.
 */
export const STATUTE_ARTICLE = /《[^》]{2,40}(?:法|条例)》第[一二三四五六七八九十百零〇\d]+条/;

/** A negation right before the burden: 不再补收、无需重新办理、免于处罚. */
export const NEGATED_BEFORE = /(?:不再|不予|无需|不需|无须|免于|免予|不得|不)$/;
