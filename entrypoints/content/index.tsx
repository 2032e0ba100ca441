export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    // Inert until the site is enabled; the sidebar mounts from lib/page (issue 3).
  },
});
