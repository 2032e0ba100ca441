import { defineRule } from '../define-rule';
import { AMOUNT, regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

const COLLECT = '收取|缴纳|交纳|征收|计收|加收|预交|预缴|征缴|代收|收缴|缴交|缴存|交存|预存|上缴|另行收取';
const CHARGE = '费|保证金|押金|风险金|抵押金|保修金|周转金|诚信金|信誉金|基金|集资款|赞助款|赞助费|建设资金|配套资金';

/** Charges that are statutory, contractual or market-priced: not what this rule is about. */
const LAWFUL_CHARGE =
  /(?:社会保险|医疗保险|养老保险|失业保险|工伤保险|生育保险|保险|水|电|燃气|天然气|热|暖|物业|学|住宿|党|会|诉讼|仲裁|公证|律师|通行|停车|燃料|电话|网络|餐|伙食|托管)费$|税|公积金|罚款|罚没|滞纳金|工资|经费|运费|差旅|(?:投标|履约|工程质量|质量|农民工工资|旅游服务质量)保证金$/;

/** Deposits that are lawful between contracting parties (投标、履约保证金) but not when the administration collects them. */
const CONTRACT_DEPOSIT = /(?:投标|履约|工程质量|质量|旅游服务质量)保证金$/;
/** 向园区管委会缴纳…: the payee is an administrative body (not a trading centre holding bid bonds). */
const ADMIN_PAYEE = /向[^。；，]{0,12}?(?:管委会|管理委员会|人民政府|政府|街道办事处|街道|乡镇|[局委办])(?:指定的?账户)?$/;
function paidToAdministration(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  return ADMIN_PAYEE.test(before) && !/交易中心|招标人|采购人|发包人|建设单位/.test(before);
}

/** A basis named in the sentence (approval, catalogue, price authority), or a fee that is waived, refunded, market-priced. */
const BASIS_OR_NOT_A_CHARGE =
  /免收|免征|免予|减免|减半|免费|无偿|(?:退还|返还|退回|清退)[^。；，]{0,6}?(?:保证金|押金|费用|收费|已缴|已收|多收)|清理|能退尽退|明码标价|收费公示|公示收费|市场调节|市场价|协商确定|双方约定|合同约定|收费目录|目录清单|批准文号|〔\d{4}〕\d+号|经(?:国务院|省(?:级)?人民政府|财政部|国家发展改革委|价格主管部门|省财政厅|省发展改革委)[^。]{0,8}批准|价格主管部门[^。]{0,4}核定|政府定价|政府指导价|虚假|骗取|保函|消费者|乘客|旅客|顾客|患者|购房人|承租人|学员|(?:经营者|商家|平台企业|运营企业|物业服务企业|培训机构|用人单位)(?:向[^。；，]{0,8})?收取|违反[^。]{0,12}收取|违规收取|擅自收取|违法收取|乱收费|超标准收取|多收|一事一议|村民会议|村民代表会议|保险替代|代为缴纳|财政(?:承担|支付|负担|保障)|不得向/;

/**
 * Collecting a fee, deposit or fund from companies or citizens: 行政事业性收费、政府性基金、涉企保证金 need a law, an
 * administrative regulation or State Council approval and must be in the published catalogue (优化营商环境条例第二十五条).
 */
export default defineRule({
  id: 'fee-without-basis',
  category: 'unauthorized-fee',
  title: '无依据收取费用、保证金或设立基金',
  message:
    '设立行政事业性收费、政府性基金和涉企保证金，须有法律、行政法规依据或经国务院批准，并列入目录清单；目录清单之外的收费和保证金一律不得执行。此处要求相对人缴纳费用、押金或保证金，未写明依据。',
  suggestion: '写明收费（保证金）的设立依据和批准文号，并核对是否在本省收费目录清单内；无依据的删除，保证金可改为金融机构保函或信用承诺。',
  basis: [
    { law: '优化营商环境条例', article: '第二十五条' },
    { law: '优化营商环境条例', article: '第六十九条' },
    { law: '行政许可法', article: '第五十八条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', 'department-rule': 'warning', 'government-rule': 'warning', internal: 'off' },
  match: {
    type: 'clause',
    anchors: ['每户', '每人', '每亩', '每辆', '每家', '每台', '每平方米', '每间', '每车', '收取', '缴纳', '交纳', '征收', '计收', '加收', '预交', '预缴', '征缴', '代收', '收缴', '缴交', '缴存', '交存', '预存', '上缴', '保证金', '押金', '元/', '元每'],
    check: regexCheck([
      {
        re: `(?<m>(?:${COLLECT})[^。；，]{0,25}?(?:${CHARGE}))`,
        skip: BASIS_OR_NOT_A_CHARGE,
        soften: /依法|按照(?:国家|省|市)?(?:有关|相关)?规定|依照(?:国家|省)?(?:有关|相关)?规定|按(?:照)?(?:规定的)?收费标准|规定的标准/,
        // 收取的保证金 / 缴纳的费用 describe a charge, they do not impose one
        test: (m, c) =>
          (!LAWFUL_CHARGE.test(m[0]) || (CONTRACT_DEPOSIT.test(m[0]) && paidToAdministration(c.text, m.index))) &&
          !new RegExp(`^(?:${COLLECT})的`).test(m[0]) &&
          !/(?:不|无需|无须|不再|免于|免予|无偿)$/.test(c.text.slice(Math.max(0, m.index - 2), m.index)),
      },
      // 按照每户五十元的标准筹集资金
      {
        re: `(?<m>每(?:户|人|亩|辆|家|台|平方米|间|车)[^。；，]{0,10}?元的?(?:标准)?[^。；，]{0,4}?(?:筹集|集资|收取|缴纳|交纳|分摊|缴交|上交|募集|认捐|捐款|捐赠|认购|赞助)[^。；，]{0,10}?(?:资金|费|款|金))`,
        skip: BASIS_OR_NOT_A_CHARGE,
        soften: SOFT_BASIS,
      },
      // 管理费最低限价50元/月 / 保证金每辆200元
      {
        re: `(?<m>(?:${CHARGE})[^。；，]{0,10}?${AMOUNT}元\\s*(?:\\/|每)\\s*(?:辆|人|次|年|月|日|天|平方米|户|台|件|吨|亩|个|份|车|座|间))`,
        skip: BASIS_OR_NOT_A_CHARGE,
        soften: SOFT_BASIS,
        test: (m) => !LAWFUL_CHARGE.test(m[0].replace(/[^。；，]{0,10}?[\d.,，零〇一二两三四五六七八九十百千万亿]+元.*$/, '')),
      },
    ]),
  },
  examples: {
    bad: [
      '共享单车运营企业应当按照每辆车二百元的标准向区城市管理局[[缴纳运营保证金]]。',
      { text: '以招标遴选方式确定经营者，并向其[[收取车辆占道经营费]]。', docType: 'policy-document' },
      '进入市场经营的摊贩，由市场服务中心统一[[收取管理费]]。',
      { text: '每个合同包1000辆，每辆基础[[管理费最低限价50元/月]]。', docType: 'policy-document' },
      '签订入驻协议的企业，应当向区投资促进局[[缴纳履约保证金]]二十万元。',
    ],
    good: [
      '行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。',
      '用人单位应当依法为职工缴纳社会保险费。',
      '投标人应当按照招标文件要求提交投标保证金，投标保证金不得超过招标项目估算价的百分之二。',
      '对符合条件的小微企业，免收不动产登记费。',
      '中标人应当在签订合同前向招标人缴纳履约保证金。',
      '停车场收费实行市场调节价，经营者应当在显著位置明码标价。',
      { text: '收取的污水处理费按照规定缴入国库。', docType: 'local-regulation' },
    ],
  },
});
