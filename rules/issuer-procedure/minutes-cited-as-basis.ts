import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { defineRule } from '../define-rule';

/**
 * Meeting minutes, a meeting's "spirit" or a leader's instruction cited as the basis of a duty, charge or sanction
 * imposed on companies or citizens (根据县政府常务会议纪要精神，开发商须无偿配建…). Minutes and instructions record internal
 * decisions: they are not a legal basis, and a measure that binds outsiders must go through the normative-document
 * procedure (合法性审核、公开征求意见、公平竞争审查、公布). Citing them in the text is the mark of that shortcut.
 */
const CITED = /(?:根据|按照|依据|依照|遵照|落实|按|经)[^。；，]{0,20}?(?:会议纪要|纪要精神|会议精神|会议决定|会议议定|常务会议研究|专题会议研究|协调会议|领导批示|批示精神|指示精神|领导要求)/g;
const OUTSIDERS = /企业|开发商|开发企业|经营者|经营户|商户|业主|居民|村民|个人|市场主体|申请人|投资者|建设单位|施工单位|车主|从业人员/;
const BINDS = /须|必须|应当|一律|不得|禁止|不予|收取|缴纳|交纳|罚款|无偿|配建|承担|停产|停业|关闭|取消|暂停|限期/;

function check(c: ClauseContext): LocalHit[] {
  if (!OUTSIDERS.test(c.sentence) || !BINDS.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  CITED.lastIndex = 0;
  for (let m = CITED.exec(c.text); m; m = CITED.exec(c.text)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
}

export default defineRule({
  id: 'minutes-cited-as-basis',
  category: 'issuer-procedure',
  title: '以会议纪要、领导批示为依据对外设定义务',
  message:
    '本条以会议纪要、会议精神或领导批示为依据，对企业、群众设定义务、收费或不利后果。会议纪要和批示只记载内部决策，不是设定权利义务的依据；涉及公民、法人和其他组织权利义务的事项，应当按行政规范性文件程序制定（合法性审核、征求意见、集体审议、公布），涉及经营者的还应进行公平竞争审查。',
  suggestion: '删除以会议纪要、批示为依据的表述，写明所依据的法律、法规、规章条款；没有上位法依据的义务不得设定，确需规定的按规范性文件程序制发。',
  basis: [
    { law: '国办发〔2018〕37号' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '公平竞争审查条例', article: '第十八条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', 'department-rule': 'info', 'government-rule': 'info', internal: 'off' },
  gates: { citation: 'none' },
  match: { type: 'clause', anchors: ['纪要', '会议精神', '会议决定', '会议议定', '会议研究', '协调会议', '批示', '指示精神', '领导要求'], check },
  examples: {
    bad: [
      '[[按照市政府专题会议纪要]]，入驻物流园区的企业须向园区运营公司缴纳管理费。',
      '[[根据区领导批示精神]]，沿街商户一律于月底前拆除外摆设施。',
    ],
    good: [
      '根据县政府常务会议纪要，县财政局负责做好项目资金保障。',
      '按照会议精神，各成员单位要加强协调配合，按期完成工作任务。',
      '依照《中华人民共和国城乡规划法》第四十条的规定，建设单位应当申请办理建设工程规划许可证。',
    ],
  },
});
