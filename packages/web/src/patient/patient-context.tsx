import { createContext, startTransition, useCallback, useContext, useEffect, useState } from 'react';
import { type ReadResult, readThrough } from '../pwa/read-through';
import type { PatientIdentity } from './session';

export interface PatientContextValue {
  readonly user: PatientIdentity;
}

export const PatientContext = createContext<PatientContextValue | null>(null);

export function usePatient(): PatientContextValue {
  const value = useContext(PatientContext);
  if (value === null) throw new Error('usePatient is used outside the patient layout.');
  return value;
}

export type ReadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error }
  | ({ readonly status: 'ready' } & ReadResult<T>);

/** Reads an API path for the signed-in patient, falling back to the copy on the device when offline. */
export function usePatientRead<T>(path: string | null): ReadState<T> & { reload: () => void } {
  const { user } = usePatient();
  const [state, setState] = useState<ReadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    // `generation` makes reload() fetch again even when the path is unchanged.
    void generation;
    // A page's data renders as a transition: in slices, so a slow phone stays responsive (main.tsx).
    const show = (next: ReadState<T>) => live && startTransition(() => setState(next));
    readThrough<T>(user.id, path).then(
      (result) => show({ status: 'ready', ...result }),
      (error: unknown) =>
        show({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [path, user.id, generation]);
  return { ...state, reload };
}
