/**
 * A lazy chunk fetched once, whoever asks first: `load()` gives the same promise
 * to every caller, and `loaded()` the module once it has arrived (else null).
 * A failed fetch is forgotten, so the next `load()` tries again.
 */
export interface LazyModule<T> {
  load(): Promise<T>;
  loaded(): T | null;
}

export function lazyModule<T>(fetch: () => Promise<T>): LazyModule<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load() {
      loading ??= fetch().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}
