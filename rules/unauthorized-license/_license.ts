/** Words shared by the licence rules. */

/** Forms of disguised licensing listed in 优化营商环境条例第三十九条 and the review guide: a prior step is an error. */
export const DISGUISED = '备案|年检|年审|年报|认定|认证|审定|评审|联审|会审|核验|核查|准入|同意|签字|盖章|意见|论证';

/**
 * Words of an outright approval or a check that statutes often impose themselves (建设工程竣工验收、市场主体登记):
 * a restated statutory licence is likely, so a warning to check rather than an error.
 */
export const APPROVAL = '批准|审批|核准|审核|审查|验收|检查|考核|登记|注册';

/** A named licence or certificate (许可证、执照): most often a statutory one being restated — info. */
export const NAMED_LICENCE = /许可|执照/;

/** What a licence unlocks: operating, opening, starting work. */
export const ACTIVITY = '从事|开展|经营|营业|开业|开工|施工|建设|生产|销售|进入|上岗|入驻|投放|运营|办理|发放|核发|颁发|受理|进行(?:备案|登记|经营|营业|生产|施工)|设立|举办';
