import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { lazyModule, type LazyModule } from '../lib/lazy-module';

interface Shown<P> {
  component: ComponentType<P> | null;
  failed?: { error: unknown };
}

/**
 * A component from a lazy chunk, drawn as soon as the chunk is in, and
 * `pending` until then. React's `lazy()` with `<Suspense>` would do the same
 * but later: React reveals a suspended part no sooner than 300 ms after the
 * last fallback it showed anywhere on the page, and a chunk that has arrived
 * still suspends its first render, so the timeline, the clusters' buttons and
 * a dialog's contents each came a third of a second after their chunk. A
 * chunk that fails is thrown in render, to the nearest error boundary, as
 * `lazy()` would. `preload()` asks for the chunk ahead; a chunk that is
 * already a `lazyModule` (asked for as the page starts) can be given as it is.
 */
export function lazyPart<P extends object>(
  source: (() => Promise<ComponentType<P>>) | LazyModule<ComponentType<P>>,
) {
  const chunk = typeof source === 'function' ? lazyModule(source) : source;
  function Part(props: P & { pending?: ReactNode }) {
    const { pending = null, ...rest } = props;
    const [shown, setShown] = useState<Shown<P>>(() => ({ component: chunk.loaded() }));
    const missing = shown.component === null && shown.failed === undefined;
    useEffect(
      function showWhenLoaded() {
        if (!missing) return;
        let gone = false;
        chunk.load().then(
          (component) => !gone && setShown({ component }),
          (error: unknown) => !gone && setShown({ component: null, failed: { error } }),
        );
        return () => {
          gone = true;
        };
      },
      [missing],
    );
    if (shown.failed) throw shown.failed.error;
    const Component = shown.component;
    return Component ? <Component {...(rest as P)} /> : pending;
  }
  return Object.assign(Part, { preload: () => chunk.load() });
}
