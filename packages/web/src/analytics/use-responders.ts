import { useEffect, useState } from 'react';
import { fetchResponders } from './api';
import type { ResponderAnalytics } from './types';

export type RespondersState =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly data: ResponderAnalytics };

/** Loads the responder table for a filter, ignoring answers that arrive after the filter changed. */
export function useResponders(phenotype?: string, riskGroup?: string): RespondersState {
  const [loaded, setLoaded] = useState<RespondersState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    fetchResponders({ ...(phenotype ? { phenotype } : {}), ...(riskGroup ? { riskGroup } : {}) }).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      () => current && setLoaded({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [phenotype, riskGroup]);
  return loaded;
}
