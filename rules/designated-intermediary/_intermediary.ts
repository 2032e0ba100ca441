/**
 * Vocabulary of the designated-intermediary rules: agencies, their services, and the marks of a designated or
 * listed agency. Linear regex sources only.
 */

/** Nouns that end the name of a service agency. */
export const AGENCY = '(?:机构|公司|中心|单位|事务所|研究院|设计院|研究所|检测站|检验站|鉴定站|鉴定所|评估所|检验所|测绘院|检测院|检验院)';

/** Technical services an approval may be made to depend on. */
export const SERVICE =
  '(?:出具|编制|评估|评价|检测|检验|鉴定|审查|测绘|测量|论证|审计|勘察|咨询|认证|核查|鉴证|验收|评审|监测|测评|评定|审核|审图|预审|踏勘)';

/** A designated or listed agency: 在省消防总队备案的、名录库内的、指定的、经…认可的、本地的. */
export const DESIGNATED_MARK =
  /备案(?:的|有|并|且)|在[^。；，]{2,12}备案|名录|入库|库内|备选库|预选库|入围|指定|认可的|推荐的|确定的|认定的|中介超市|本地|本市|本县|本区|辖区内|所属|下属|直属|某/;

/** The administration commissions and pays, or the applicant chooses freely. */
export const ADMIN_COMMISSIONS =
  /(?:部门|机关|政府|管委会|审批局|局|委|办)(?:在[^。；，]{0,12})?(?:需要|可以|可|应当|依法|统一)?(?:委托|购买)|自行承担|不得转嫁|政府购买服务|竞争性方式|纳入(?:部门|财政)?预算|财政(?:承担|支付|保障)|免费|自主选择|自行选择|自愿选择|自愿委托|自主委托|可以选择|任意选择|也可以自行|或者自行|可以自行|自行编制|自行开展|自行组织/;

/**
 * Intermediary services that laws or administrative regulations require as approval material (环评、安全评价、
 * 水土保持方案…): a plain "应当委托…编制" restating them is lawful unless the agency is designated or listed.
 */
export const STATUTORY_SERVICE =
  /环境影响|环评|安全评价|安全预评价|安全验收评价|职业病危害|水土保持|地质灾害危险性|地震安全性|压覆矿产|防洪影响|洪水影响|资产评估|审计报告|司法鉴定|文物影响|节能报告|不动产(?:测绘|权籍)|房产测绘|地籍测绘|施工图设计文件审查|建设工程质量检测|特种设备|电梯|锅炉|压力容器|起重机械|定期检验|计量检定|消防设施检测|消防设施维护|年度财务审计|财务审计|年度审计/;

/** Bodies that carry out intermediary services (institutes, centres, associations, firms). */
export const SERVICE_BODY =
  '(?:有限责任公司|有限公司|公司|事务所|研究院|设计院|检验院|检测院|研究所|鉴定所|评估所|测绘院|检测站|检测中心|鉴定中心|评估中心|审查中心|测绘中心|咨询中心|技术中心|服务中心|中心|协会|学会|商会)';

/** Government bodies and statutory public services: not an intermediary. */
export const GOVERNMENT_BODY =
  /政务|行政服务|便民服务|市民服务|登记中心|交易中心|疾病预防控制|疾控|急救|信息中心|指挥中心|监控中心|数据中心|大数据|档案|财政|税务|公安|派出所|法院|检察|管委会|人民政府|[局委办厅]$|委员会|办公室|窗口|征收|执法|应急管理|消防救援|消防大队|消防支队|国库|核算中心|支付中心|结算中心|征收中心|收费中心|卫生院|学校|幼儿园|养老院|福利院|敬老院|派出所|司法所|财政所|供销社|检察院|法院/;
