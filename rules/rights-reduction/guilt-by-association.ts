import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, RELATIVES, uniqueHits, WRONGDOING } from './_shared';

/**
 * 株连: a person suffers an adverse consequence for what a relative did (犯罪嫌疑人的子女限制入学), or an employee is
 * disciplined because a relative did not comply (亲属不签协议的，对本人停职). Responsibility is personal; no law
 * allows an administrative document to punish family members.
 */
const RELATIONAL = new RegExp(`(?:的|其|人|员|者|户|部|主|及)(?:${RELATIVES})`, 'g');
const ANY_RELATIVE = new RegExp(`(?:${RELATIVES})`, 'g');
const WRONG = new RegExp(WRONGDOING);
const ADVERSE =
  /限制|取消|不得|不予|停发|扣发|扣减|调离|从严审核|从严审查|从严把关|停薪|停职|停岗|停工|下岗|免去|免职|追责|问责|处分|辞退|解聘|清退|劝退|一票否决|暂停|降级|待岗|撤职|诫勉|严肃处理|一并处理|受到处理|予以处理/g;
const DISCIPLINE = /停薪|停职|停岗|停工|下岗|调离|免去|免职|追责|问责|处分|辞退|解聘|待岗|降级|撤职|诫勉|严肃处理|一并处理|受到处理|予以处理/;
/** 不得以…为由、不得因…: the 不得 forbids the adverse treatment instead of imposing it. */
const FORBIDS = /^不得(?:以|因|将|把|对|向|要求|拒绝|限制|取消|歧视|擅自|随意|株连|牵连)/;

function check(c: ClauseContext): LocalHit[] {
  if (!WRONG.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  const relational = allMatches(RELATIONAL, c.text);
  const relatives = relational.length ? relational : allMatches(ANY_RELATIVE, c.text);
  if (!relatives.length) return [];
  for (const a of allMatches(ADVERSE, c.text)) {
    if (bound(a.index) || FORBIDS.test(c.text.slice(a.index, a.index + 6))) continue;
    // a relative named by relation to the wrongdoer, or a relative's conduct answered with workplace discipline
    if (!relational.length && !DISCIPLINE.test(a[0])) continue;
    let rel: RegExpExecArray | undefined;
    for (const r of relatives) {
      if (r.index >= a.index) break;
      rel = r;
    }
    const start = rel && a.index - rel.index <= 40 ? rel.index + (relational.length ? 1 : 0) : a.index;
    hits.push({ start, end: a.index + a[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'guilt-by-association',
  category: 'rights-reduction',
  title: '株连：因他人行为对其亲属施加不利后果',
  message:
    '本条因当事人的违法或不配合行为，对其子女、配偶、父母等亲属（或因亲属的行为对本人）施加限制入学、就业审查、停职停薪、处分等不利后果，违反责任自负原则，没有任何法律依据，侵犯公民受教育权、劳动权等基本权利。',
  suggestion: '删除对亲属的不利后果；对违法行为人本人，依照法律、法规规定的责任追究。',
  basis: [
    { law: '宪法', article: '第三十三条' },
    { law: '宪法', article: '第四十六条' },
    { law: '立法法', article: '第九十三条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'error',
  docTypes: { law: 'off', 'administrative-regulation': 'warning' },
  gates: { prohibition: false },
  unless: ['失管失教|管教不严|家风|监护|管教|抚养|赡养|扶养|回避|经商办企业|利用职权|利用职务|影响力|谋取|代为|委托|探视|会见|通知[^。]{0,4}家属|告知[^。]{0,4}家属'],
  match: { type: 'clause', anchors: RELATIVES.split('|'), check },
  examples: {
    bad: [
      '对参与非法集资人员的[[子女，在公务员招录、参军入伍政审中从严审核]]。',
      '涉毒违法人员的[[子女一律不予安排到城区学校就读]]。',
      '公职人员亲属拒不签订征收协议的，对该公职人员[[停职]]处理。',
    ],
    good: [
      '未成年人有违法行为的，公安机关应当责令其父母或者其他监护人严加管教。',
      '学校不得因学生父母的违法犯罪行为，限制或者取消学生的入学资格。',
      '领导干部配偶、子女违规经商办企业的，对领导干部按照有关规定予以处理。',
      '最低生活保障家庭的认定，以共同生活的家庭成员人均收入为依据。',
      '用人单位不得以劳动者的亲属关系为由拒绝录用。',
    ],
  },
});
