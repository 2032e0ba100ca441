/** Shared e2e helpers: the demo server, chromium with (or without) the built extension, the lib/page bundle. */
export { startDemoServer, DEMO_ROOT, type DemoServer, type DemoServerOptions } from './server';
export { launchWithExtension, launchPlain, defaultHeadless, EXTENSION_PATH, CHROMIUM_PATH, type Launched, type LaunchOptions } from './launch';
export { pageBundle } from './page-bundle';
