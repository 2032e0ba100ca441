import { defineConfig } from 'wxt';

// Build-time site list: organisations pre-enable their portals (FASHEN_SITES='https://oa.example.gov.cn/*,...').
const presetSites = (process.env.FASHEN_SITES ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // FASHEN_OUT_DIR lets a test build a private copy while others build .output (default) at the same time
  ...(process.env.FASHEN_OUT_DIR && { outDir: process.env.FASHEN_OUT_DIR }),
  vite: () => ({
    define: { __FASHEN_SITES__: JSON.stringify(presetSites) },
  }),
  manifest: ({ browser, command }) => ({
    name: '法审助手 Fashen',
    description: '在起草平台中离线审核行政规范性文件与规章草案的合法性',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: presetSites,
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+F' }, description: '打开或收起法审助手侧栏' },
    },
    // no remote code, no remote connections: extension pages talk to nothing but the extension itself
    // (production only: `wxt` dev serves pages from its dev server and sets its own policy)
    ...(command === 'build' && {
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'" },
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'fashen@fashen.local', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
