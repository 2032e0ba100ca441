/**
 * Shared vocabulary of the fair-competition rules (local-protection, entry-barrier): how drafts name "this place",
 * "outsiders", operators, and the contexts that decide severity. Regex sources only (no state), all linear.
 */

/** "This place" spoken deictically: 本市、我县、辖区、区内、当地… */
export const LOCAL_DEICTIC =
  '(?:本地区?|当地|本辖区|辖区|本行政区域|本行政区|本(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治区|自治州|自治县)|我(?:省|市|县|区|州|盟|旗|镇|乡)|(?:省|市|县|区|州|镇)内|本土|域内|属地|市区|城区|县城|县域|市域)';

const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';

/** A named place: 长沙市、惠安县、西藏自治区、广西… (checked afterwards with isPlaceName). */
export const PLACE_NAMED = `(?:${PROVINCES}|[\\u4e00-\\u9fa5]{1,9}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|县|区|州|旗|盟))`;

/** One-character abbreviations used after 在 (在京落地、在沪注册). */
export const PLACE_ABBR = '(?:京|沪|津|渝|粤|苏|浙|鲁|豫|湘|鄂|皖|闽|赣|冀|陕|琼|滇|黔|桂|藏|蒙|蜀|陇)';

/** Optional tail after a place: 境内、行政区域内、辖区… */
export const PLACE_TAIL = '(?:市区|城区|境内|行政辖区内?|行政区域内|行政区划内|辖区内?|区域内|范围内|内)?';

/** Any place: deictic or named. Named matches must pass isPlaceName(). */
export const PLACE = `(?:${LOCAL_DEICTIC}|${PLACE_NAMED})`;

/** Words ending in 区/市/县… that are not administrative areas (小区、社区、景区、超市、城市…). */
const NOT_PLACE =
  /(?:小|社|景|校|厂|院|街|片|楼|营|矿|库|场|服务|功能|住宅|居住|生活|作业|施工|保护|控制|责任|停车|灾|疫|封控|管控|防范|风险|重点|试点|示范|园|商|港|游|病|盲|误|禁|核心|缓冲|实验|限|划定|特定|任何|同一|不同|所在|其他|相关|有关|上述|各)区$|(?:超|城|都|门|菜|夜|股|集|上|入|开|黑|闹|坊|证券|期货|资本|产权|要素|人力|劳动力|交易)市$|.[本我和向从将经]|[的及或时对以与等之其该各所在为把被由是有用选购采使委请聘择须要给予按认只仅]|部门|机关|机构|平台|系统|网站|窗口|中心|协会|登记|申报|办理|管理|服务|开展|国家|中国|全国|境外|海外|国外/;

/** Whether a matched named place (长沙市、晋安区) is an administrative area and not 小区/超市/申报本市…. */
export function isPlaceName(s: string): boolean {
  if (/(?:脱贫|贫困|欠发达|民族|边远|边疆|革命老|农村|沿海|内陆|西部|东部|中部|东北|受灾|特困|偏远|山|牧|林|垦|发达|城镇|产|主产|原产)地?区$/.test(s)) return false;
  if (/^(?:全|同一|不同|其他|其它|相关|有关|上述|所在|任何|各|每|该|外|异|特定|特殊|一定|某|指定)/.test(s)) return false;
  return !NOT_PLACE.test(s);
}

/** Outsiders: 外地、外埠、非本市、区外、市外… */
export const OUTSIDER =
  '(?:外地|外埠|外省|外市|外县|外区|异地(?=企业|生产|产品|商品|车辆|注册)|非本地区?|非本(?:省|市|县|区|州|镇|辖区)|非我(?:省|市|县|区|州)|(?:省|市|县|区|州)外(?!资|商|国|汇|部|包|观|形|围|溢|墙|加|延|伤))';

/** Operators and goods (the ones fair-competition review protects). */
export const FIRM =
  /企业|公司|经营者|经营主体|市场主体|供应商|投标人|竞买人|竞标人|单位|机构|商户|个体工商户|法人|服务商|运营商|厂商|厂家|商家|承包商|合作社|平台|代理|产品|商品|货物|车辆|机动车|申请人|申报主体/;

/** Unmistakable operators (for presence kinds that persons also have, such as social insurance). */
export const STRONG_FIRM = /企业|公司|经营者|供应商|投标人|竞买人|商户|法人|服务商|运营商|承包商|机构|单位/;

/** The sentence is about persons (welfare, residence), not operators. */
export const PERSON = /个人|居民|家庭|人员|人才|职工|劳动者|毕业生|学生|子女|户籍|居住证|残疾人|老年人|本人|申请人本人|农民工/;

/** Bidding, procurement, auctions, access to a market: an unlawful condition here is clear-cut. */
export const ACCESS =
  /投标|招标|竞标|报名|资格|供应商|竞买|竞得|竞拍|竞价|采购|承接|承包|承揽|发包|遴选|比选|入围|入库|准入|进入|投放|运营|申请从事|从事[^，。；]{0,8}经营|参与|参加|评分|加分|评审|评标|分值|得分|计分|中标|成交|代理机构|候选|入驻|认可/;

/** Subsidies, awards, project applications. */
export const SUBSIDY = /奖励|补贴|补助|奖补|扶持|资助|申报(?!办理|纳税|缴纳|税务)|兑现|贴息|专项资金|资金支持|一次性给予|给予[^，。；]{0,12}万元/;

/** A requirement word (须、必须、应当、应在…), avoiding 供应/相应/适应/对应/响应/反应. */
export const REQUIRE = /必须|须|需要|要求|应当|应该|(?<![供相适对响反回效理])应(?=[在为具有是符满选提于当设取注])|限于|仅限|只限|限定|只能|只认可|仅认可|应具备|具备|满足/;

/** Restrictive consequences after the locality: 方可、才能、不予认可… */
export const RESTRICT_AFTER =
  /方可|才能|才可|方能|为限|不予|不进行|不能|不得参与|不得参加|不认可|优先|作为[^，。；]{0,14}?(?:条件|标准|要求|依据|门槛|前提)/;

/**
 * The sentence describes forbidden conduct in evaluative words (歧视、排斥、不合理、地区封锁…): it is a prohibition or
 * an explanation, not the draft's own measure.
 */
export const PEJORATIVE =
  '歧视|排斥|不合理|专门针对|阻挠|不平等|差别待遇|差异化待遇|区别对待|地区封锁|地方保护|妨碍|阻碍|刁难|限制竞争|变相限制|变相限定|变相强制|以任何方式|非法限定|属于以|一视同仁|同等对待|平等对待|同等待遇|平等参与|平等进入|(?:适用|执行|享受)(?:相同|同等|同样)的?[^，。；]{0,6}?(?:标准|条件|政策|待遇|规则)';

export const PEJORATIVE_RE = new RegExp(PEJORATIVE);

/** Administration-binding prohibitions: 不得/禁止 followed by a restricting verb (不得要求…、禁止限制…). */
export const ADMIN_PROHIBITION =
  /(?:不得|禁止|严禁|不应|不准|不允许|杜绝|防止|避免|纠正|清理|废止|无权|一律不)[^，。；]{0,10}?(?:要求|强制|强迫|限制|限定|阻碍|妨碍|干预|排斥|歧视|设置|设定|设立[^，。；]{0,4}(?:条件|门槛)|以|将|把|对|指定|拒绝|刁难|附加|增设|规定)/;

/** A prohibition word of any kind before `pos` in `text` (within `span` characters). */
export function prohibitionBefore(text: string, pos: number, span = 30): boolean {
  return /不得|禁止|严禁|不应|不准|不允许|不许|杜绝|防止|避免|纠正|清理|废止|无权|不属于|排除|一律不|不再|予以取消|停止执行/.test(
    text.slice(Math.max(0, pos - span), pos),
  );
}

/** Whether an administration-binding prohibition stands before `pos` (within `span`) in `text`. */
export function adminProhibitionBefore(text: string, pos: number, span = 30): boolean {
  return ADMIN_PROHIBITION.test(text.slice(Math.max(0, pos - span), pos));
}

/** Compiles a pattern once with the global + indices flags. */
export function re(source: string): RegExp {
  return new RegExp(source, 'gd');
}

/**
 * The matches of a global regex over text. With `accept`, a rejected match does not consume its text: the search
 * resumes one character after its start (a bogus place name must not hide the real one inside it).
 */
export function matches(rx: RegExp, text: string, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  rx.lastIndex = 0;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    if (accept && !accept(m)) {
      rx.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0].length === 0) rx.lastIndex++;
  }
  return out;
}

/** Accepts a match whose named group `p` is an administrative area (see isPlaceName). */
export const placeOk = (m: RegExpExecArray): boolean => isPlaceName(m.groups?.p ?? '');
