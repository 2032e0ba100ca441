/** Chinese UI strings (the default locale). Every user-visible string of the extension's UI lives here. */
export const zh_CN = {
  appName: '法审助手',
  sidebarLabel: '法审助手 审核侧栏',
  collapse: '收起侧栏',
  expand: '展开法审助手侧栏',
  resize: '拖动调整侧栏宽度（左右方向键也可调整）',
  localOnly: '本机处理',
  localOnlyTitle: '全部审查在本机完成，草稿内容不会发送到任何服务器',

  editor: '编辑器',
  editorPick: '选择要审查的编辑器',
  noEditor: '本页未发现可审查的编辑器。',
  readonlyEditor: '只读',

  docMeta: '文件信息',
  docType: '文件类型',
  docTypeDetected: '自动识别',
  docTypeDefault: '默认',
  docTypeCorrected: '已更正',
  docTypeReset: '恢复自动识别',
  issuer: '制定机关',
  docNumber: '文号',
  title: '标题',
  unknown: '未识别',

  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  total: '共',
  items: '项',
  noFindings: '未发现问题。',
  showMore: (n: number) => `还有 ${n} 项，显示更多`,
  allIgnored: '问题均已忽略。',

  groupBy: '分组',
  groupByCategory: '按问题类别',
  groupByArticle: '按条文',
  noArticle: '未编入条文',

  basis: '法律依据',
  showArticle: '查看条文',
  hideArticle: '收起条文',
  suggestion: '修改建议',
  replacementLabel: '替换为',
  emptyReplacement: '（删除）',

  goTo: '定位',
  goToTitle: '在编辑器中定位到这段文字',
  apply: '应用修改',
  applyTitle: '用建议文字替换原文（可用 Ctrl+Z 撤销）',
  applyRefused: '未能应用修改：',
  ignore: '忽略',
  ignoreReason: '忽略理由',
  ignoreReasons: ['已有上位法依据', '误报', '已与起草单位沟通', '其他'],
  ignoreReasonDetail: '补充说明（可选）',
  ignoreConfirm: '确认忽略',
  cancel: '取消',
  ignoredSection: '已忽略',
  restore: '恢复',
  note: '备注',
  notePlaceholder: '写下审核意见或备忘……',
  noteSave: '保存备注',
  noteSaved: '备注',

  reviewing: '正在审查……',
  reviewStats: (chars: number, ms: number) => `${chars} 字 · 用时 ${ms} 毫秒`,
  saveFailed: '保存失败：',

  // popup
  popupSite: '当前网站',
  popupEnabled: '已在本站启用',
  popupEnabledPreset: '已由单位预设启用',
  popupNotEnabled: '本站未启用，法审助手不会读取本页内容。',
  popupEnable: '在本站启用',
  popupDisable: '在本站停用',
  popupOpenSidebar: '打开侧栏',
  popupUnsupported: '此页面不支持审查（仅支持 http / https 网页）。',
  popupPermissionDenied: '未获得访问本站的权限。',
  popupCounts: '本页问题',
  popupNoSidebar: '本页尚未加载审查侧栏，请刷新页面。',
  popupOptions: '设置',

  // options
  optionsTitle: '法审助手 设置',
  sitesTitle: '启用的网站',
  sitesHint: '法审助手只在下列网站上运行。可在工具栏弹窗中一键启用当前网站。',
  sitesEmpty: '尚未启用任何网站。',
  siteSourcePreset: '单位预设',
  siteSourceManaged: '策略管理',
  siteSourceUser: '手动启用',
  siteRemove: '移除',
  siteNoPermission: '未授权',
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends (...args: infer A) => string
      ? (...args: A) => string
      : T;

/** The shape every locale must fill. */
export type Strings = { readonly [K in keyof typeof zh_CN]: Widen<(typeof zh_CN)[K]> };
