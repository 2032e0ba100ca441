/** Shared by the certification rules: where a proof demand is lawful or already replaced. */
export const PROOF_REPLACED =
  /告知承诺|承诺制|书面承诺|免于提交|免予提交|无需提交|无须提交|不再要求|不再提交|不再索要|内部核查|部门间核查|共享获取|共享查询|在线核验|网络核验|自行核查|虚假|伪造|变造|骗取|证明事项清单|清单之外|清单以外|兜底|逐一明确|无关的/;

export const DEMAND = /提供|提交|出具|开具|附|持|递交|要求|须|需|应当|报送|上传|携带|办理|申请/;
