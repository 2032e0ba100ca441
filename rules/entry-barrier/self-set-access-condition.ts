import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE, matches, re } from '../local-protection/_locality';
import { UTILITY } from './_market';

/**
 * A draft that sets up its own market-access or exit regime: 准入条件、准入门槛、准入审核、实施准入和退出管理,
 * or exit subject to approval (退出须经批准). Market-access conditions belong to laws, regulations and the national
 * negative list; a normative document may only restate them with their basis.
 */

const ACCESS_REGIME = re(
  `(?<m>(?:市场|行业|项目|企业|经营)?准入(?:和退出|及退出|与退出|、退出)?(?:条件|门槛|标准|资格|审核|审查|审批|许可|管理|监管|制度|机制|目录|名单|名录|要求|评估|程序|核准|备案))`,
);
const EXIT_APPROVAL = re(
  `(?<m>(?:退出|注销|歇业|停业|撤出|转让经营|股权转让|转让股权|变更控股股东)[^。；]{0,14}?(?:须|应当?|必须)?(?:经|报)[^，。；]{0,12}?(?:同意|批准|审批|审核|核准))`,
);
// national regime or reform language, not a self-made gate
const NATIONAL =
  /负面清单|放宽|降低|取消|破除|清理|简化|优化|消除|壁垒|隐性|统一(?:的)?市场准入|职业资格|国家[^，。；]{0,12}准入|准入类|外商投资准入|准入前国民待遇|环境准入|生态环境准入|准入清单|全国统一|依法平等进入|非禁即入/;

// an operator leaving a market (not a soldier leaving service or an official leaving a post)
const EXIT_MARKET = /企业|经营者|公司|市场主体|经营|运营|商户|网点|门店/;

function check(c: { text: string; sentence: string }): LocalHit[] {
  const { text, sentence } = c;
  if (NATIONAL.test(sentence)) return [];
  const hits: LocalHit[] = [];
  for (const m of matches(ACCESS_REGIME, text)) {
    const [s, e] = m.indices!.groups!.m;
    hits.push({ start: s, end: e });
  }
  if (!UTILITY.test(sentence) && EXIT_MARKET.test(sentence)) {
    for (const m of matches(EXIT_APPROVAL, text)) {
      if (/依法/.test(m[0])) continue;
      const [s, e] = m.indices!.groups!.m;
      hits.push({ start: s, end: e });
    }
  }
  return hits;
}

export default defineRule({
  id: 'self-set-access-condition',
  category: 'entry-barrier',
  title: '自行设定市场准入、退出条件或审核',
  message:
    '本文件自行设定市场准入条件、准入门槛、准入审核或准入退出管理，或规定经营者退出须经批准。市场准入条件应由法律、行政法规或国务院决定设定并纳入全国统一的市场准入负面清单，规范性文件不得另行设置准入和退出条件。',
  suggestion:
    '删除自设的准入、退出条件和审核环节；确有法律、行政法规依据的，援引具体条文并以依据规定的条件为限；对已放开的领域以公开标准和事中事后监管代替准入审核。',
  basis: [
    { law: '优化营商环境条例', article: '第二十条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '国发〔2015〕55号' },
  ],
  severity: 'warning',
  docTypes: { ...NOT_FOR_LAWS, 'local-regulation': 'info' },
  unless: [PEJORATIVE],
  match: {
    type: 'clause',
    anchors: ['准入', '退出', '注销', '歇业', '停业', '撤出', '转让经营', '股权转让', '转让股权', '控股股东'],
    check,
  },
  examples: {
    bad: [
      '本市公共算力中心实施[[准入和退出监管]]，[[准入条件]]包括技术水平、经济贡献等方面。',
      '从事冷链物流配送的企业，应当通过市商务局组织的[[准入审核]]。',
      '共享单车运营企业[[退出本市市场的，须经市交通运输局同意]]。',
      '入驻企业须经区投资促进委员会[[准入评估]]，未通过的不得入驻园区。',
    ],
    good: [
      '市场准入负面清单以外的行业、领域、业务等，各类经营主体皆可依法平等进入。',
      '不得另行设置市场准入和退出条件。',
      '持续放宽服务业市场准入，破除隐性壁垒。',
      '供水企业停业、歇业的，应当报经城市供水主管部门批准。',
      '严格执行生态环境准入清单。',
      '市场主体注销依法须经批准的，应当经批准后向登记机关申请注销登记。',
      { text: '依照《食品安全法》第三十五条规定的准入条件办理食品生产许可。', docType: 'normative-document' },
    ],
  },
});
