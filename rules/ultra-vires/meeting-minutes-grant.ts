import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * A meeting decision (会议纪要、会议研究同意、原则同意) that grants rights, exemptions or business to particular
 * parties: 授予某公司一体化经营、免收配套费、先行开工、由某集团独家经营. Exemptions, exclusive rights and waivers
 * must rest on law and follow statutory procedure; a meeting has no power to create them.
 */
const MEETING = /会议纪要|纪要|会议(?:研究|决定|议定|同意|明确|认为|要求)|原则同意|经研究|研究决定|专题会|联席会议|常务会议|办公会/;
const GRANT =
  /授予|免收|免缴|减免|免除|豁免|特许|独家|不再办理|先行(?:开工|建设|使用|营业|施工)|暂不(?:办理|缴纳|执行|收取)|补办|容缺|返还|给予[^。；，]{0,10}?(?:奖励|补贴|补助|返还|优惠)|由[^。；，]{0,14}?(?:公司|集团|企业)(?:负责|承担|实施|经营|承接|统一)/g;
const MONEY = /^(?:给予|由)/;
/** A meeting proper (not the bare 经研究 of an ordinary notice) for the weaker money / assignment wording. */
const MEETING_PROPER = /会议纪要|纪要|会议(?:研究|决定|议定|同意|明确)|原则同意|专题会|联席会议|常务会议|办公会/;
const BUSINESS = /公司|集团|企业|项目|经营者|商户/;

function check(c: ClauseContext): LocalHit[] {
  if (!MEETING.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const m of allMatches(GRANT, c.text)) {
    if (bound(m.index)) continue;
    if (MONEY.test(m[0]) && (!BUSINESS.test(c.sentence) || !MEETING_PROPER.test(c.sentence))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'meeting-minutes-grant',
  category: 'ultra-vires',
  title: '以会议纪要授予特定主体权益或豁免',
  message:
    '本条以会议决定（会议纪要、原则同意等）给予特定单位或企业经营权、费用减免、程序豁免或奖励。会议纪要不能替代法定依据和法定程序，减免收费、授予经营权、先行开工、补办手续等事项须有法律、法规依据并依法定程序作出，否则超越职权，还可能排除、限制竞争。',
  suggestion: '删除该授权或豁免；确需实施的，写明法律、法规依据，并通过法定程序（行政许可、政府采购、招标投标、公平竞争审查）办理。',
  basis: [
    { law: '立法法', article: '第九十一条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'off',
    'department-rule': 'info',
    'government-rule': 'info',
  },
  match: {
    type: 'clause',
    anchors: ['授予', '免收', '免缴', '减免', '免除', '豁免', '特许', '独家', '不再办理', '先行', '暂不', '补办', '容缺', '返还', '给予', '由'],
    check,
  },
  examples: {
    bad: [
      '会议原则同意将县城公共停车资源打包，[[授予]]县城投集团经营。',
      '经研究，同意对该项目[[免收]]城市基础设施配套费，并允许其[[先行开工]]。',
    ],
    good: [
      '会议原则同意《县城停车设施建设实施方案》，请县住建局按程序报县政府审定。',
      '会议强调，不得以会议纪要代替法定程序减免行政事业性收费。',
      '停车场经营权依照《中华人民共和国招标投标法》公开招标确定。',
    ],
  },
});
