import { defineRule } from '../define-rule';

const BODY =
  /(?:领导小组|协调小组|工作小组|指挥部|联席会议|工作专班|专班|安委办|安委会|协调委员会|安全生产委员会|食品安全委员会|爱国卫生运动委员会|精神文明建设委员会|文明委|创建办|攻坚办|推进办|整治办)(?:办公室)?/g;
/** The body decides (研究决定、议定) a measure that binds outsiders: a sanction, a ban, a duty. */
const DECIDES = /^[^。；，]{0,4}?(?:研究决定|决定|议定|研究同意|同意|审定|明确)/;
const OUTSIDERS = /企业|经营|商户|门店|摊点|作坊|餐饮|单位|个人|业主|居民|村民|开发商|市场主体|从业人员|车主/;
const BINDING = /停产|停业|关闭|关停|取缔|罚款|没收|不予|取消|暂停|一律|必须|须|应当|不得|禁止|限期|清退|拆除/;
const ACT = /^[^。；，]{0,25}?(?:审批|审核|核验|评审|批准|核准|认定|验收|会审|联审|审定|同意)/;
/** The act gates an outsider: a company, an applicant, a licence or registration. */
const GATE = /经营者|企业|申请人|申请单位|个人|群众|商户|业户|项目单位|建设单位|营业执照|许可证|登记|办理|准入|开业|经营/;
const SEQUENCE = /通过后|同意后|后方可|后才|才可|才能|方可|作为[^。；]{0,12}前置|前置条件|否则/;

/**
 * A coordination body (领导小组, 协调小组, 指挥部, 联席会议, 专班) is made a gate for citizens or companies: its review,
 * verification or consent must come before a licence or registration. Coordination bodies have no external
 * administrative powers; such a gate is an unlawful precondition decided outside any legal procedure.
 */
export default defineRule({
  id: 'coordination-body-exercises-power',
  category: 'issuer-procedure',
  title: '议事协调机构对外行使审批职权',
  message: '由议事协调机构（领导小组、协调小组、指挥部、联席会议、工作专班等）对公民、法人和其他组织的申请进行审核、评审或批准，并作为办理许可、登记的前置条件。议事协调机构不具有对外行政管理职权，这一环节缺乏法定依据。',
  suggestion: '删除议事协调机构的审核环节；确需把关的，由法定职能部门依照法律、法规规定的条件和程序办理。',
  basis: [{ law: '国办发〔2018〕37号' }, { law: '行政许可法', article: '第十六条' }, { law: '优化营商环境条例', article: '第六十四条' }],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info' },
  match: {
    type: 'clause',
    anchors: ['领导小组', '协调小组', '工作小组', '指挥部', '联席会议', '专班', '安委办', '安委会', '协调委员会', '安全生产委员会', '食品安全委员会', '爱国卫生运动委员会', '精神文明建设委员会', '文明委', '创建办', '攻坚办', '推进办', '整治办'],
    check: (c) => {
      const gate = GATE.test(c.sentence) && SEQUENCE.test(c.sentence);
      const decides = OUTSIDERS.test(c.sentence) && BINDING.test(c.sentence);
      if (!gate && !decides) return [];
      const hits = [];
      BODY.lastIndex = 0;
      for (let m = BODY.exec(c.text); m; m = BODY.exec(c.text)) {
        const rest = c.text.slice(m.index + m[0].length);
        const a = (gate ? ACT.exec(rest) : null) ?? (decides ? DECIDES.exec(rest) : null);
        if (!a) continue;
        // 报领导小组研究决定 / 由成员单位依法决定: internal routing, not the body acting on outsiders
        if (/(?:报|提请|提交|向)[^。；，]{0,12}$/.test(c.text.slice(Math.max(0, m.index - 14), m.index))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length + a[0].length });
        break;
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '新开办民宿的，由县民宿发展[[协调小组对消防、卫生等条件进行实地核验]]、集体评审，通过后方可办理营业执照。',
      '项目单位申请施工许可前，应当经区重点项目建设[[指挥部审核]]同意后方可报送。',
      '企业入驻园区须经园区招商引资工作[[专班评审]]通过后，才能办理注册登记。',
      '经县[[食品安全委员会办公室研究决定]]，对无证经营的小餐饮一律予以取缔。',
    ],
    good: [
      '县民宿发展协调小组负责统筹协调全县民宿发展中的重大问题，日常工作由县文化和旅游局承担。',
      '领导小组办公室审核后报县人民政府常务会议审议。',
      '联席会议成员单位应当按照职责分工，依法办理企业登记和许可事项，不得增设前置条件。',
      '重大项目由市重点项目建设指挥部统筹协调，项目单位依法办理审批手续后方可开工。',
      '各成员单位要将整治情况报领导小组办公室，由领导小组研究决定下一步工作安排。',
    ],
  },
});
