import { RULES } from './rules';
import { ruleView, createRuleSearch } from './lib/rule-library';
const views = RULES.map(r => ruleView(r));
const s = createRuleSearch(views);
for (const q of ['许可', '变相许可', '行政处罚法', '罚款', '指定', '红黑名单', '会议纪要', 'mojibake', '乱码', '行政许可法 第十七条', '招标', '保证金', '溯及', '本地']) { const r = s.search(q)!; console.log(q, r.length, r.slice(0, 5).join(' ')); }
