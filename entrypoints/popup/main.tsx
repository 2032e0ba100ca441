import { createRoot } from 'react-dom/client';
import { getStrings, uiLocale } from '@/locales';
import { PopupApp } from './PopupApp';

const locale = uiLocale();
document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
document.title = getStrings(locale).appName;
createRoot(document.getElementById('root')!).render(<PopupApp />);
