import { createContext, useContext } from 'react';
import { getStrings, type Strings } from '../locales';

/** The UI strings in effect; zh_CN unless a provider says otherwise. */
export const StringsContext = createContext<Strings>(getStrings('zh_CN'));

export function useStrings(): Strings {
  return useContext(StringsContext);
}
