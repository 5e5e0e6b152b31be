import { startTransition, useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly data: T };

/** Loads data for a page and reloads it on demand (after a save), ignoring answers that arrive too late. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads; a new closure each render must not refetch.
  useEffect(() => {
    let current = true;
    // A page's data renders as a transition: in slices, so the main thread stays free (main.tsx).
    const show = (next: Loaded<T>) => current && startTransition(() => setLoaded(next));
    load().then(
      (data) => show({ state: 'ready', data }),
      () => show({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [loaded, reload];
}
