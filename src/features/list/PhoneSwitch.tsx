/** Up to the map, and focus on it. */
function goToMap() {
  document.querySelector('.map-area')?.scrollIntoView({ block: 'start' });
  document.querySelector<HTMLElement>('.map')?.focus({ preventScroll: true });
}

/** Down to the list, and focus on its first event (or the search, when it has none). */
function goToList() {
  document.getElementById('list-heading')?.scrollIntoView({ block: 'start' });
  const first = document.querySelector<HTMLElement>('.event-list .list-item');
  (first ?? document.getElementById('event-search'))?.focus({ preventScroll: true });
}

/**
 * On a phone, where the list is a screen or more below the map: a bar along
 * the bottom of the screen to switch between the two, the one in view marked.
 * The page keeps room for it at its end, so it covers nothing for good.
 */
export function PhoneSwitch({ listInView, count }: { listInView: boolean; count: number }) {
  return (
    <nav className="phone-switch" aria-label="Map or list">
      <button
        type="button"
        className="button"
        aria-current={listInView ? undefined : 'true'}
        onClick={goToMap}
      >
        Map
      </button>
      <button
        type="button"
        className="button"
        aria-current={listInView ? 'true' : undefined}
        onClick={goToList}
      >
        List ({count.toLocaleString('en-GB')})
      </button>
    </nav>
  );
}
