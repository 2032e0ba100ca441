import { defineRule, ONLY_LEGISLATION } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';
import { ACTIVITY, APPROVAL, DISGUISED, NAMED_LICENCE } from './_license';

/** Certificates of a legal status (identity, property, marriage, business licence): showing one is not a licence. */
const STATUS_CERTIFICATE = /证照|身份证|有效证件|营业执照|户口|不动产权证|房产证|房屋所有权证|土地使用权证|结婚证|驾驶证|行驶证|社保卡|护照|通行证件|学历证|学位证|毕业证|执业证书|资格证书/;

const OUTRIGHT = new RegExp(`^(?:${APPROVAL})$`);
/**
 * The object of the approval decides: a named licence (许可证、执照) is most likely a restated statutory one (info), an
 * outright approval a warning to check, a disguised form (备案、评审、同意、核验…) an error (the docTypes default).
 */
const byObject = (m: RegExpExecArray) => {
  const o = m.groups?.o ?? '';
  // 联合验收、会同…审查、集体审核: several bodies' joint sign-off is the document's own gate, whatever the verb
  if (/联合|会同|集体|多部门/.test(m[0])) return undefined;
  if (NAMED_LICENCE.test(o) || o === '验收') return 'info' as const;
  return OUTRIGHT.test(o) ? ('warning' as const) : undefined;
};

/**
 * A step that an applicant must pass before acting — 未经…备案不得、须经…同意方可、凭备案证明开展、评审通过后才可办理 —
 * is a licence whatever its name (行政许可法第二条). A document without licensing power may not create it, nor make an
 * existing 备案 (notice filing) into a prior check.
 */
export default defineRule({
  id: 'license-disguised-as-precondition',
  category: 'unauthorized-license',
  title: '以备案、登记、评审、同意等作为从事活动的前置条件（变相许可）',
  message:
    '把备案、登记、认定、评审、核验、“同意”或审批作为从事某项活动或办理某项手续的前提（未经……不得、须经……方可、凭……方可），实质上是设定行政许可。规章、规范性文件无权设定行政许可，也不得以备案、登记、年检、认定、评审等形式变相设定。',
  suggestion:
    '删除前置要求，或改为告知性备案（备案不作为从事活动的条件，事后监管）；确属上位法已设定的许可，援引其名称和条款（“依照《××法》第×条取得××许可”）。',
  basis: [
    { law: '行政许可法', article: '第十七条' },
    { law: '行政许可法', article: '第十六条' },
    { law: '优化营商环境条例', article: '第三十九条' },
    { law: '国办发〔2018〕37号' },
  ],
  docTypes: { ...ONLY_LEGISLATION, internal: 'off' },
  // the administration's own procedure (budgets, plans, projects, staff), not an operator's activity
  unless: [
    '本机关工作人员|机关工作人员|干部|因私出国|出国（境）|公务接待|公务用车|报销|差旅|资金拨付|财务审批|请示报告|采购计划|可行性研究报告|项目建议书|初步设计|实施方案|专项规划|预算|党组|常务会议|政府投资项目',
  ],
  match: {
    type: 'clause',
    anchors: ['未', '持', '取得', '需报', '须报', '应报', '当报', '要报', '先报', '征得', '当经', '须经', '必须经', '应当经', '应经', '需经', '要经', '报经', '先经', '事先经', '凭', '后方可', '后才', '后再', '方可', '才能', '才可', '方能', '作为', '不合格', '不通过', '会审', '联审', '联合审', '联合踏勘', '会签', '集体评审', '联合验收'],
    check: regexCheck([
      // 未经…备案/同意/批准，不得… / 未在…登记备案的…，一律不得…
      {
        re: `(?<m>(?:未经|未在|未向|未办理|未取得|没有取得|未按规定办理|未进行|未通过|未(?=${DISGUISED}|${APPROVAL}))[^。；]{0,20}?(?<o>${DISGUISED}|${APPROVAL}|许可证|许可|执照)[^。；]{0,14}?[，,]?[^。；]{0,12}?(?:不得|不能|一律不|禁止|不予|(?:予以|一律)?取缔|责令停止))`,
        soften: SOFT_BASIS,
        test: (m, c) =>
          !/^未经(?:本人|其|权利人|当事人|监护人|业主|所有人|被[^。；]{0,6})同意/.test(m[0]) &&
          // a person's own movement (未经同意不得外出) is a liberty matter, not a licence
          !/^[^。；]{0,3}(?:擅自)?(?:离开|外出|出行|离境)/.test(c.text.slice(m.index + m[0].length)) &&
          !/补贴|补助|奖励|扶持|资助|资金|评优|评先/.test(c.text.slice(m.index, m.index + m[0].length + 12)),
        grade: byObject,
      },
      // 须经…审核/同意后方可…
      {
        re: `(?<m>(?:须|必须|应当|应|需|需要|要)(?:先|事先|预先)?(?:经|报经|取得|通过)[^。；]{0,25}?(?<o>${DISGUISED}|${APPROVAL})(?:同意|通过|合格)?(?:后|之后)?[，,]?[^。；]{0,8}?(?:方可|才能|才可|始得|方能|再行?(?:${ACTIVITY})))`,
        soften: SOFT_BASIS,
        grade: byObject,
      },
      // 开展户外促销活动的，需报区城管局审批 / 设立快递驿站，应当经街道办事处同意
      {
        re: `(?<m>(?:${ACTIVITY}|设置|开办|新建|改建|扩建|搭建|占用|挖掘)[^。；]{0,20}?(?:的)?[，,]?(?:须|必须|应当|应|需|要)(?:先|事先|提前|预先)?(?:报经?|经|征得|取得)[^。；，]{0,30}?(?<o>${DISGUISED}|${APPROVAL}|许可))`,
        skip: /预算|经费|资金|人事|干部|公务|请示|报告|因公|出差|出国|采购/,
        soften: SOFT_BASIS,
        grade: byObject,
        test: (m) => !/^(?:备案|登记|年报|注册)$/.test(m.groups?.o ?? ''),
      },
      // 凭备案证明开展业务 / 须持…核发的准运证方可… / 取得…备案回执后，方可…
      {
        re: `(?<m>(?:凭|持|取得)[^。；，]{0,20}?(?<o>备案证明|备案回执|备案凭证|备案证|登记证明|登记回执|审查意见|审核意见|同意书|同意函|同意意见|准入证|认定书|认定证书|评审意见|证明|回执|批复|许可证|执照|[^。；，]{1,4}证)(?:后)?[^。；，]{0,3}?[，,]?(?:方可|才能|才可|方能|${ACTIVITY}))`,
        soften: SOFT_BASIS,
        grade: byObject,
        test: (m, c) =>
          // 未取得批复擅自开工的 describes the violation (a liability clause), it does not set the gate
          !/擅自|私自/.test(m[0]) &&
          !/(?:未|没有|未能)$/.test(c.text.slice(Math.max(0, m.index - 2), m.index)) &&
          !/^取得[^。；，]{0,20}?(?:证明|回执)(?:后)?[^。；，]{0,3}?[，,]?(?:办理|受理|发放|核发|颁发)/.test(m[0]) &&
          !/即可|就可|直接/.test(m[0]) &&
          !STATUS_CERTIFICATE.test(m[0]),
      },
      // 评审通过后，…才可办理营业执照 / 完成现场核查后再进行备案
      {
        re: `(?<m>(?<o>核验|核查|复核|复审|审验|查验|评审|审核|审查|验收|检查|评估|论证|会审|联审|会签|踏勘|考察|审批|批准|同意)(?:通过|合格|同意|完成)?(?:后|之后)[，,]?[^。；]{0,25}?(?:方可|才可|才能|方能|才|再)(?:为[^。；，]{0,10}?)?(?:${ACTIVITY}|备案|登记))`,
        soften: SOFT_BASIS,
        grade: byObject,
      },
      // 由城管、住建、交通等部门会审通过后核发设置许可: a joint review the document puts before the licence
      {
        re: `(?<m>(?<o>会审|联审|联合审查|联合审批|联合踏勘|会签|集体评审|联合验收)(?:通过|同意|合格|完成)?(?:后|之后)[，,]?[^。；，]{0,6}?(?:核发|颁发|发放|办理|出具|准予|批准)[^。；，]{0,8}?(?:许可|执照|证|批复|手续|登记))`,
        soften: SOFT_BASIS,
      },
      // 由市商务局核发经营资格证书后方可营业: a certificate the document has the administration issue, then the activity
      {
        re: `(?<m>(?:核发|颁发|签发|发放|出具|下达)[^。；，]{0,14}?(?<o>许可证|执照|资格证书|证书|[^。；，]{1,4}证|批复|同意书|同意函|意见书|意见)(?:后|之后)[，,]?[^。；]{0,8}?(?:方可|才能|才可|方能)(?:${ACTIVITY}|上路|投放|使用|入场|进场|施工|开业|营业))`,
        soften: SOFT_BASIS,
        grade: byObject,
        // issuing an identity or registration certificate is not a licence the document creates
        test: (m) => !/身份证|户口|结婚证|不动产权证|房产证|营业执照|驾驶证|行驶证|护照|学历证|学位证|毕业证/.test(m[0]),
      },
      // 年度复核不合格的，不得从事道路运输经营: the outcome of a check the document sets up bars the activity
      {
        re: `(?<m>(?<o>复核|复审|审验|年审|年检|核验|核查|评审|考核|检查|验收|评估|审核|审查|联审|会审)(?:不合格|未通过|不通过|未予通过|未获通过)(?:的|者)[，,]?[^。；]{0,8}?(?:不得|不予|一律不得|不能|禁止)[^。；，]{0,4}?(?:继续)?(?:${ACTIVITY}|上路|投放|入场|进场))`,
        soften: SOFT_BASIS,
        grade: byObject,
        // staff appraisal (考核不合格的，不得上岗) is internal management
        test: (_m, c) => !/工作人员|职工|公务员|警察|干部|采购人员|执法人员|教师|医师/.test(c.sentence),
      },
      // 应当取得市交通局核发的准运证: a certificate the document itself requires (a named 许可证 is likely statutory: info)
      {
        re: '(?<m>(?:应当|须|必须|需|要)(?:先|事先|预先)?(?:取得|申领|办理|持有)[^。；，]{0,25}?(?:市|县|区|镇|乡|街道|管委会|局|委|办)[^。；，]{0,12}?(?:颁发|核发|发放|出具|签发)的[^。；，]{0,10}?(?<o>许可证|许可|执照|准运证|准营证|经营证|通行证|上岗证|准入证|资格证|备案证|登记证|合格证|证书))',
        skip: /补贴|补助|奖励|扶持|资助|申报|评选|享受|表彰/,
        soften: SOFT_BASIS,
        grade: (m) => (/许可|执照/.test(m.groups?.o ?? '') ? 'info' : 'warning'),
        test: (_m, c) => new RegExp(ACTIVITY).test(c.sentence),
      },
      // 作为办理…许可证的前置条件
      {
        re: '(?<m>作为(?:办理|申请|核发|审批|发放|受理|取得|准予|换发|延续)[^。；]{0,25}?(?:前置条件|前置环节|前置|必要条件|前提条件|前提|条件))',
        test: (m) => /许可|证|照|审批|登记|备案|年审|年检|资质|准入|开工|施工|经营|营业/.test(m[0]),
      },
    ]),
  },
  examples: {
    bad: [
      '在本市行政区域内从事土地估价业务的机构，应事先向我局申请备案，[[凭备案证明开展土地估价业务]]。',
      '拟开办民宿的，由县民宿发展协调小组组织实地核验、集体[[评审通过后，县市场监督管理局才可为经营者办理营业执照]]。',
      '共享单车运营企业[[未经区城市管理局备案同意，不得]]在辖区投放车辆。',
      '将消防、卫生等部门的会签意见[[作为办理营业执照的前置条件]]。',
      { text: '机动车维修企业提交备案材料后，由区交通运输局组织现场[[核查后再办理备案]]。', docType: 'policy-document' },
      '举办体育赛事活动，[[须经县体育主管部门审核同意后方可]]举办。',
      '从事废旧金属收购的，由区公安分局[[核发收购备案证后方可开业]]。',
      '设置大型户外电子屏的，经规划、城管、公安[[联审同意后核发设置许可]]。',
      '开办民办养老机构，[[须经民政、消防、卫健等部门联合验收合格后方可]]收住老人。',
      '网约车平台企业每年接受区交通运输局组织的服务质量评审，[[评审不合格的，不得从事]]网约车经营服务。',
    ],
    good: [
      '依照《中华人民共和国食品安全法》第三十五条的规定，从事食品生产经营应当依法取得许可。',
      '不得将备案作为从事经营活动的前置条件，备案机关不得以备案为由对企业进行实质性审查。',
      { text: '未经批准，任何单位和个人不得在自然保护区内建设任何生产设施。', docType: 'local-regulation' },
      '未经权利人同意，任何单位不得公开其个人信息。',
      '企业开业后三十日内向主管部门备案，备案不作为开展经营活动的条件。',
      '机关工作人员因公出差，应当事先经单位负责人批准后方可报销差旅费。',
      '执法人员经培训考核不合格的，不得从事行政执法工作。',
      '登记机关核发营业执照后，市场主体即可开展一般经营活动。',
    ],
  },
});
