/** Shared vocabulary of the entry-barrier rules (market access and exit). */
import { PEJORATIVE } from '../local-protection/_locality';

/** What ties a stay-put duty to a deal: a period, a promise, an agreement, a subsidy, a clawback. */
export const TIE =
  /年内|年之内|年以内|年期间|期限内|期内|承诺|保证|协议|奖励|补贴|补助|奖补|扶持|资金|退还|退回|收回|扣回|追回|返还|缴回|享受|兑现/;

/** The stay-put duty concerns an operator, its registration or its taxes (not a tree, a grave or a household). */
export const FIRM_OR_TAX = /企业|公司|注册|纳税|税收|税务|统计关系|总部|经营者|市场主体|主体|项目|机构|单位/;

/** Evaluative words that mark a description of forbidden conduct (阻碍迁出、不合理退出条件…). */
export const EXIT_PEJORATIVE = `${PEJORATIVE}|(?:阻碍|妨碍|限制|阻止|干预)[^，。；]{0,10}(?:迁出|迁移|退出)`;

/** Ownership forms. */
export const OWNERSHIP =
  '(?:国有或国有控股|国有及国有控股|国有独资或国有控股|国有(?:独资|全资|控股|资本控股|参股)?(?:企业|公司|平台公司|单位)|国有资本|国有控股|国有|国企|央企|中央企业|(?:市|区|县|省|州)属(?:国有)?(?:国企|企业|国有企业|平台公司)|(?:市|区|县|省)级国有企业|集体(?:所有制)?企业|民营企业|私营企业|非公有制(?:企业|经济)?)';

/** Public-utility sectors where 特许经营 is the lawful form (基础设施和公用事业特许经营管理办法). */
export const UTILITY = /供水|自来水|供气|燃气|供热|污水|排水|垃圾(?:处理|焚烧)|公共交通|公交|公共汽车|电车|轮渡|城市客运|城市轨道|轨道交通|环卫|基础设施和公用事业|收费公路|水利|电网/;

/** Ordinary competitive markets where exclusive or auctioned operating rights have no basis. */
export const COMPETITIVE = /共享|单车|电单车|助力车|自行车|停车|广告|网约车|充电|快递|外卖|餐饮|物流|驾校|培训|殡葬用品|婚庆|家政|装修|农贸|菜市场|旅游|景区|加油|通信|宽带|有线电视|数据|算力|平台/;

/** Bidding, procurement and auctions: conditions here are 资格条件 in the sense of the procurement rules. */
export const TENDER = /投标|招标|竞标|供应商|采购|竞买|竞得|竞拍|竞价|遴选|比选|入围|入库|中标|成交|报名|磋商|谈判|出让|拍卖|挂牌/;
