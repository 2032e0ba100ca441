import { defineRule } from '../define-rule';

/**
 * Access to citizens' communications (通讯记录、通话记录、聊天记录、短信内容…). Under 宪法第四十条 only public
 * security or procuratorial organs, for state security or criminal investigation and by the procedure of law, may
 * inspect communications; no regulation or lower document may grant other bodies that power.
 */
export default defineRule({
  id: 'communication-records-access',
  category: 'rights-reduction',
  title: '授权查阅、调取公民通信记录',
  message:
    '本条授权行政机关或其他单位查阅、复制、调取公民的通讯（通话、聊天、短信）记录。公民的通信自由和通信秘密受宪法保护，除因国家安全或者追查刑事犯罪的需要，由公安机关或者检察机关依照法律规定的程序进行检查外，任何组织或者个人不得侵犯；地方性法规、规章和规范性文件均无权作此授权。',
  suggestion: '删除该授权；确有调查需要的，改为向当事人询问或依照刑事诉讼法等法律规定的程序办理。',
  basis: [
    { law: '宪法', article: '第四十条' },
    { law: '立法法', article: '第十一条' },
  ],
  severity: 'error',
  docTypes: { law: 'off', 'administrative-regulation': 'warning' },
  unless: ['热线|工单|本机关|本单位|录音录像|执法记录仪|调解记录'],
  match: {
    type: 'pattern',
    anchors: ['查阅', '复制', '调取', '查询', '检查', '查看', '获取', '提取', '调阅', '监听', '截取'],
    patterns: [
      '(?<m>(?:查阅|复制|调取|查询|检查|查看|获取|提取|调阅|监听|截取)[^。；，]{0,16}?(?:通讯记录|通话记录|通信记录|通话清单|通话详单|话单|聊天记录|短信记录|短信内容|通信内容|通讯内容|电子邮件内容|微信记录|社交软件记录))',
    ],
  },
  examples: {
    bad: [
      '因调查安全生产事故需要，应急管理部门可以[[调取事故当事人的通话记录]]，通信运营企业应当予以配合。',
      '市场监管部门查处传销案件时，可以[[查阅、复制涉案人员的聊天记录]]和短信内容。',
    ],
    good: [
      '任何单位和个人不得非法查阅、复制公民的通讯记录。',
      '公安机关依照《中华人民共和国刑事诉讼法》的规定，可以调取犯罪嫌疑人的通话记录。',
      '承办单位可以调取12345热线的通话记录和工单，核实办理情况。',
      { text: '因国家安全或者追查刑事犯罪的需要，由公安机关依照法律规定的程序调取通讯记录。', docType: 'law' },
    ],
  },
});
