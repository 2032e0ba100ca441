import { useEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { StringsContext } from '@/components/strings';
import { getStrings, uiLocale } from '@/locales';
import { disableSite, enableSite, loadPopupState, openSidebar, requestSitePermission, type PopupState } from '@/lib/sidebar/popup-model';

const t = getStrings(uiLocale());

export function PopupApp() {
  const [state, setState] = useState<PopupState>({ site: { kind: 'loading' } });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reload = () => loadPopupState().then(setState, (e: unknown) => setError(String(e)));
  useEffect(() => void reload(), []);

  const onEnable = () => {
    const { pattern, tabId } = state;
    if (!pattern) return;
    setBusy(true);
    // the permission request comes first, inside the click's user gesture
    requestSitePermission(pattern)
      .then(async (granted) => {
        if (!granted) return setError(t.popupPermissionDenied);
        await enableSite(pattern, tabId);
        await new Promise((r) => setTimeout(r, 400)); // let the injected script mount before asking for counts
        await reload();
      })
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setBusy(false));
  };
  const onDisable = () => {
    if (!state.pattern) return;
    setBusy(true);
    disableSite(state.pattern)
      .then(reload, (e: unknown) => setError(String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <StringsContext.Provider value={t}>
      <Popup
        site={state.site}
        counts={state.counts}
        error={error}
        busy={busy}
        onEnable={onEnable}
        onDisable={onDisable}
        onOpenSidebar={() => {
          if (state.tabId !== undefined) void openSidebar(state.tabId).then(() => window.close());
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close())}
      />
    </StringsContext.Provider>
  );
}
