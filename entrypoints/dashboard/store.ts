/** The dashboard's one store (UI state only; the data lives in Dexie). A factory, so each mounted app has its own. */
import { createStore } from 'zustand/vanilla';
import type { RecordFilter } from '../../lib/db/filter';

export type Tab = 'records' | 'documents' | 'events' | 'charts';

export interface Busy {
  label: string;
  done: number;
  total: number;
}

export interface NoticeState {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface DashboardState {
  tab: Tab;
  filter: RecordFilter;
  selectedId?: string;
  busy?: Busy;
  notice?: NoticeState;
  setTab: (tab: Tab) => void;
  setFilter: (filter: RecordFilter) => void;
  select: (id?: string) => void;
  setBusy: (busy?: Busy) => void;
  setNotice: (notice?: NoticeState) => void;
}

export function createDashboardStore() {
  return createStore<DashboardState>()((set) => ({
    tab: 'records',
    filter: {},
    setTab: (tab) => set({ tab }),
    setFilter: (filter) => set({ filter }),
    select: (selectedId) => set({ selectedId }),
    setBusy: (busy) => set({ busy }),
    setNotice: (notice) => set({ notice }),
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
