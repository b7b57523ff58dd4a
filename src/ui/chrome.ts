import { createContext, useContext } from 'react';
import type { Chrome } from '../paths';

/** Which chrome the current page renders in; set once by the layout. */
export const ChromeContext = createContext<Chrome>('full');

export function useChrome(): Chrome {
  return useContext(ChromeContext);
}
