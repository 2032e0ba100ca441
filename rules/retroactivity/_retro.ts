/** Shared by the retroactivity rules. */

/** An explicit transition period: the new rule is applied prospectively with time to adapt (优化营商环境条例第六十五条). */
export const TRANSITION = /过渡期|适应期|施行之日起[^。；]{0,8}?(?:个月|年|日)内|实施之日起[^。；]{0,8}?(?:个月|年|日)内|印发之日起[^。；]{0,8}?(?:个月|年|日)内|给予[^。；]{0,8}?(?:过渡|调整)/;
