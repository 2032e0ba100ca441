import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from './_shared';

/**
 * Citizens made to sign pledges or agreements (逐户签订殡葬改革承诺书、家长必须签署保证书), or penalised for not
 * signing (拒不签订承诺书的，不予办理…). A pledge or contract extracted by an administrative document has no
 * basis and turns a voluntary act into an obligation.
 */
const PERSONS =
  /村民|居民|群众|家长|学生|商户|经营户|个体户|业主|户主|农户|住户|租户|房东|出租人|承租人|市民|当事人|家庭|每户|逐户|信访人|外来人员|流动人口|被征收人|被拆迁人|党员|职工/;
const FORCED =
  /(?:一律|必须|须|强制|统一|逐户|全部|全体|均应|均须|应当)[^。；，]{0,10}?(?:签订|签署|签写|填写|出具|作出|书写)[^。；，]{0,12}?(?:承诺书|保证书|责任状|责任书|具结书|悔过书|保证|承诺)/g;
const REFUSAL =
  /(?:拒不|拒绝|坚持不|不|未)签(?:订|署|写)?[^。，；]{0,14}?(?:承诺书|保证书|责任状|责任书|协议|承诺)?的[^。]{0,24}?(?:不予|暂停|取消|停止|限制|不得|处理|追责|问责|列入|纳入|记入|通报)/g;
/** Without a named group of citizens, only refusing a pledge (not a contract, which a registration may need) counts. */
const PLEDGE = /承诺书|保证书|责任状|责任书|具结书|承诺/;

/**
 * The signing words every finding's clause holds (they were the prefilter's anchors; the anchors are now the pledge
 * and refusal words the patterns need, so the clause is checked here).
 */
const SIGNING = /签订|签署|签写|填写|出具|作出|书写|不签|未签|拒签/;

function check(c: ClauseContext): LocalHit[] {
  if (!SIGNING.test(c.text)) return [];
  // the patterns in the clause first, the sentence-level tests only when one matched
  const forced = allMatches(FORCED, c.text);
  const refusal = allMatches(REFUSAL, c.text);
  if (!forced.length && !refusal.length) return [];
  if (/告知承诺|自愿|真实|如实|信用承诺/.test(c.sentence)) return [];
  const persons = PERSONS.test(c.sentence);
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const m of forced) {
    if (bound(m.index) || !persons) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of refusal) {
    if (bound(m.index)) continue;
    if (!persons && !PLEDGE.test(m[0])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'forced-pledge-or-agreement',
  category: 'rights-reduction',
  title: '强制群众签订承诺书、保证书或协议',
  message:
    '本条要求群众（村民、家长、业主、租户等）签订承诺书、保证书、责任状或协议，或对不签订者施加不利后果。承诺和协议应出于自愿，行政文件强制签订即无依据地为公民增设义务；以不签为由限制其权利更属减损权利。',
  suggestion: '删除强制签订的要求，改为宣传告知或由当事人自愿选择；确需当事人履行的义务，应以法律、法规规定为依据。',
  basis: [
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '立法法', article: '第九十三条' },
    { law: '民法典', article: '第五条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info' },
  match: {
    type: 'clause',
    // the pledge a forced signing asks for, or the refusal (不签、未签、拒绝签)
    anchors: ['承诺', '保证', '责任状', '责任书', '具结书', '悔过书', '不签', '未签', '绝签'],
    check,
  },
  examples: {
    bad: [
      '各村要组织村民[[逐户签订殡葬改革承诺书]]，确保火化率达到百分之百。',
      '学生家长[[必须签署不参与非法宗教活动保证书]]。',
      '出租人[[拒不签订治安责任书的，不予办理]]房屋租赁登记备案。',
    ],
    good: [
      '申请人可以自愿选择告知承诺方式办理，书面承诺符合许可条件的，当场作出许可决定。',
      '县政府与各乡镇人民政府签订年度安全生产目标责任书。',
      '任何单位不得强制要求居民签订承诺书。',
    ],
  },
});
