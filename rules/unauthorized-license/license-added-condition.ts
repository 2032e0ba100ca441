import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

/** What an applicant is made to do on top of the statutory conditions: sign with, join, pay, buy, entrust, pledge. */
const EXTRA =
  '签订|挂靠|加入|缴纳|交纳|购买|安装|委托|入驻|参加[^。；，]{0,8}?培训|接受[^。；，]{0,10}?(?:培训|评估|检测|中介|审查)|使用[^。；，]{0,6}?(?:指定|统一配发|统一采购)|取得[^。；，]{0,12}?(?:同意|意见|证明|回执)|经[^。；，]{0,12}?(?:同意|审核|审查|核查|核验)|完成[^。；，]{0,8}?(?:核查|核验|评审|审查|评估)';
const LICENCE = '许可证|许可|执照|资质|资格证|经营证|准营证|登记证|施工许可|开工许可|备案|年审|年检|审批|营业执照';

/**
 * Implementing an existing licence by adding conditions or prior steps (与批发企业签订协议、挂靠公司、交纳安装费、取得
 * 某部门意见) — a rule may give details of a statutory licence but not add conditions (行政许可法第十六条第四款); a
 * normative document may not add any (国办发〔2018〕37号).
 */
export default defineRule({
  id: 'license-added-condition',
  category: 'unauthorized-license',
  title: '办理行政许可增设条件或前置环节',
  message:
    '在申请或办理行政许可（含年审、备案、登记）时要求相对人另行签订协议、挂靠或加入某组织、缴纳费用、购买安装特定产品、委托机构或取得其他部门意见，属于增设许可条件和环节。规章对上位法许可只能作具体规定、不得增设违反上位法的条件；规范性文件不得增加办理行政许可事项的条件。',
  suggestion: '删除上位法规定之外的条件和前置环节；确有必要的管理要求改为事中事后监管，不与许可办理挂钩。',
  basis: [
    { law: '行政许可法', article: '第十六条第四款' },
    { law: '优化营商环境条例', article: '第三十五条' },
    { law: '国办发〔2018〕37号' },
  ],
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'warning',
    'department-rule': 'warning',
    'government-rule': 'warning',
    internal: 'off',
  },
  match: {
    type: 'clause',
    anchors: ['申请', '办理', '领取', '核发', '换发', '年审', '年检'],
    check: regexCheck([
      // 申请办理《X许可证》的，必须与…签订…
      {
        re: `(?<m>(?:申请|领取|换发)(?:办理|领取|核发|换发|延续)?[^。；]{0,25}?(?:${LICENCE})[^。；]{0,30}?(?:必须|须|需|应当|应|要|一律)(?:先|事先|另行|同时|统一)?(?:与[^。；，]{0,15}?|向[^。；，]{0,15}?|到[^。；，]{0,10}?|在[^。；，]{0,10}?)?(?:${EXTRA}))`,
        soften: SOFT_BASIS,
      },
      // 在办理…许可证前要向…交纳… / 办理…备案事项时，要求企业完成…
      {
        re: `(?<m>办理[^。；]{0,25}?(?:${LICENCE})(?:事项|手续)?(?:前|之前|时|过程中)[，,]?[^。；]{0,30}?(?:须|必须|要求?|需|应当|应|先|一律)[^。；，]{0,15}?(?:${EXTRA}))`,
        soften: SOFT_BASIS,
      },
      // 未签订/未加入/未缴纳…的，不予办理…
      {
        re: `(?<m>(?:未|没有|不)(?:${EXTRA})[^。；]{0,25}?(?:的|者)[，,]?[^。；]{0,8}?(?:不予|不得|不能|一律不|暂停|暂缓)(?:办理|核发|发放|受理|审批|换发|延续|年审|年检|通过|颁发)(?:[^。；，]{0,10}?(?:${LICENCE}))?)`,
      },
    ]),
  },
  examples: {
    bad: [
      '[[申请办理《烟花爆竹零售许可证》的零售店（点），必须与辖区内批发企业签订]]连锁经营协议。',
      { text: '开发公司在[[办理房屋开工许可证前要向县燃气公司交纳]]管道燃气用户建设安装费。', docType: 'policy-document' },
      '[[未加入本市出租汽车行业协会的，不予办理]]道路运输经营许可证年审。',
      { text: '[[申请道路运输经营许可，应当先取得所在地街道办事处同意]]意见。', docType: 'government-rule' },
    ],
    good: [
      '申请食品经营许可，应当依照《中华人民共和国食品安全法》的规定向所在地县级以上市场监督管理部门提出申请。',
      '申请人申请行政许可，应当如实提交有关材料，对申请材料实质内容的真实性负责。',
      '办理行政许可不得要求申请人另行签订协议、购买指定商品或者接受有偿服务。',
      '申请办理营业执照的，可以通过政务服务网在线提交材料，也可以到政务服务中心窗口办理。',
    ],
  },
});
