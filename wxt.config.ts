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
  // the sources zip (Firefox add-on review) without test output and local profiling scratch
  zip: { excludeSources: ['e2e-results/**', '.ci-out/**', 'prof*.ts', '.scratch*'] },
  vite: () => ({
    define: { __FASHEN_SITES__: JSON.stringify(presetSites) },
  }),
  manifest: ({ browser, command }) => ({
    // names in the browser's language: public/_locales/{zh_CN,en}/messages.json
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: presetSites,
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandToggleSidebar__' },
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
