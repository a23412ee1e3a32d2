import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** A Dexie query that re-renders the component whenever its result changes. */
export function useLive<T>(query: () => Promise<T>, initial: T, deps: unknown[] = []): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => setValue(initial) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
