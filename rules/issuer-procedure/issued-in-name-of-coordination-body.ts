import { defineRule } from '../define-rule';

/**
 * 以…安委办/领导小组/内设机构名义印发: an external document issued in the name of a coordination body or an internal
 * unit, which has no power to issue normative documents and escapes legality review and filing (降格发文).
 */
export default defineRule({
  id: 'issued-in-name-of-coordination-body',
  category: 'issuer-procedure',
  title: '以议事协调机构或内设机构名义发文',
  message: '以议事协调机构（领导小组、指挥部、安委办等）或部门内设机构的名义制发对外文件，主体不适格，且规避合法性审核和备案程序。',
  suggestion: '改由具有对外管理职能的行政机关（或经本级政府同意由政府办公厅（室））按规范性文件程序制发，并履行合法性审核、集体审议和备案。',
  basis: [{ law: '国办发〔2018〕37号' }, { law: '优化营商环境条例', article: '第六十二条' }],
  severity: 'warning',
  // a sentence about correcting or forbidding the practice (对以领导小组名义印发的文件进行清理)
  unless: ['清理|纠正|排查|自查|整改|废止|撤销|严禁|禁止|不得|杜绝|防止|避免'],
  match: {
    type: 'pattern',
    anchors: ['名义', '解释'],
    patterns: [
      // 本细则由市创建文明城市指挥部办公室负责解释: the body that interprets the document is its issuer
      '本(?:办法|细则|规定|通知|方案|意见|措施|规则|标准|实施细则|暂行办法)[^。；，]{0,4}?由(?<m>[^。；，]{0,20}?(?:领导小组|指挥部|联席会议|委员会办公室|安委办|攻坚办|推进办|创建办|工作专班|专班|协调小组|工作组)(?:办公室)?)(?:负责)?解释',
      '(?<m>以[^。；，]{0,30}?(?:领导小组|指挥部|联席会议|委员会办公室|安委办|攻坚办|推进办|工作专班|专班|协调小组|工作组|内设机构|(?<!政府)办公[室厅]|[处科股])(?:办公室)?的?名义(?:制定和?|研究)?(?:印发|下发|发布|制发|出台|发文|对外发文|转发|制定))',
    ],
  },
  examples: {
    bad: [
      '市应急管理局[[以市安全生产委员会办公室名义印发]]《烟花爆竹经营管理工作方案》，对零售点设定申请条件。',
      '该局[[以局政策法规科的名义下发]]通知，要求辖区企业限期办理备案。',
      '县住建局[[以县棚户区改造工作领导小组名义出台]]补偿办法。',
      '本办法由[[市城乡环境综合整治指挥部办公室]]负责解释。',
    ],
    good: [
      '严禁以部门内设机构名义制发行政规范性文件。',
      '经市人民政府同意，以市人民政府办公室名义印发实施。',
      '本通知以市市场监督管理局名义印发。',
      '对以议事协调机构名义印发的规范性文件进行全面清理。',
      '本办法由市市场监督管理局负责解释。',
    ],
  },
});
