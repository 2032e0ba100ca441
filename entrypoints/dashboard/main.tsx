import { createRoot } from 'react-dom/client';
import { openReviewDb } from '../../lib/db/open';
import { DASHBOARD_LOCALES } from '../../locales/dashboard';
import { pickLocale } from '../../locales/index';
import { DashboardApp } from './App';

async function main() {
  const root = createRoot(document.getElementById('root')!);
  const locale = pickLocale(navigator.languages);
  const t = DASHBOARD_LOCALES[locale];
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  document.title = t.title;
  try {
    const db = await openReviewDb();
    root.render(<DashboardApp db={db} t={t} />);
  } catch (err) {
    root.render(<p role="alert">{err instanceof Error ? err.message : String(err)}</p>);
  }
}

void main();
