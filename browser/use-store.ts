import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store';

/** A session's state that re-renders the component whenever the session changes it. */
export function useStore<T>(store: Store<T>): T {
  const [state, setState] = useState(store.get);
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
