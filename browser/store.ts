/** A session's state as its view reads it: the session changes it, the view re-renders on each change. */
export interface Store<T> {
  get(): T;
  subscribe(listener: (state: T) => void): () => void;
}

/** A store with the setter its session keeps to itself. */
export function createStore<T extends object>(initial: T): Store<T> & { set(change: Partial<T>): void } {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    get: () => state,
    set(change) {
      state = { ...state, ...change };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
