import { review } from './lib/engine';
import { RulePack } from './lib/rule-pack/schema';
import { pack } from './tests/rule-pack/fixtures';
const p = RulePack.parse(pack());
for (const t of ['第三条 进入景区的游客应当缴纳景区维护费。', '第三条 游客入园前须交景区维护费。'])
console.log(review(t, { extraRules: p.rules }).findings.map(f => [f.ruleId, f.quote, f.severity]));
