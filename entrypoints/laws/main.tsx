import { createRoot } from 'react-dom/client';
import { getStrings, uiLocale } from '@/locales';
import { LawsApp } from './LawsApp';

const locale = uiLocale();
const t = getStrings(locale);
document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
document.title = t.lawsTitle;
createRoot(document.getElementById('root')!).render(<LawsApp t={t} />);
