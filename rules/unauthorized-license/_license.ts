/** Words shared by the licence rules. */

/** Forms of disguised licensing listed in 优化营商环境条例第三十九条 and the review guide. */
export const DISGUISED = '备案|登记|注册|年检|年审|年报|认定|认证|审定|评审|联审|会审|核验|核查|审查|验收|考核|准入|同意|签字|盖章|意见';

/** Words of an outright approval (may be a restated statutory licence, so a warning rather than an error). */
export const APPROVAL = '批准|审批|核准|许可|审核';

/** What a licence unlocks: operating, opening, starting work. */
export const ACTIVITY = '从事|开展|经营|营业|开业|开工|施工|建设|生产|销售|进入|上岗|入驻|投放|运营|办理|发放|核发|颁发|受理|进行|设立|举办';
