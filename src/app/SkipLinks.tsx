import type { MouseEvent } from 'react';

/** Each link's part of the page (its heading) and where focus goes in it: the first of these there is. */
const TARGETS = [
  ['map', 'map-heading', '.map'],
  ['timeline', 'timeline-heading', '.timeline input, .timeline button, .timeline [tabindex="0"]'],
  ['events', 'list-heading', '.event-list .list-item'],
] as const;

function skip(e: MouseEvent<HTMLAnchorElement>, selector: string) {
  // An empty list has no item: then the search, to find some.
  const target = document.querySelector<HTMLElement>(selector) ?? document.getElementById('event-search');
  if (!target) return;
  // Focus itself moves, not only the place Tab starts from, and the address keeps no fragment.
  e.preventDefault();
  target.focus();
}

/** The first Tab stops: straight to the map, the timeline or the events, over the header's buttons. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {TARGETS.map(([name, heading, selector]) => (
        <a key={name} href={`#${heading}`} onClick={(e) => skip(e, selector)}>
          Skip to {name}
        </a>
      ))}
    </nav>
  );
}
