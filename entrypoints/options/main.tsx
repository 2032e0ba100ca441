import { createRoot } from 'react-dom/client';
import { getStrings, uiLocale } from '@/locales';
import { OptionsApp } from './OptionsApp';
import { OPTIONS_TABS, type OptionsTab } from './store';

const locale = uiLocale();
const t = getStrings(locale);
document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
document.title = t.optionsTitle;
// the tab is in the address (options.html#packs), so a link or a reload lands on it
const fromHash = OPTIONS_TABS.find((x) => `#${x}` === location.hash);
const onTab = (tab: OptionsTab) => history.replaceState(null, '', `#${tab}`);
createRoot(document.getElementById('root')!).render(<OptionsApp t={t} initialTab={fromHash} onTab={onTab} />);
