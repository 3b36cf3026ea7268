import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { MouseEvent } from 'react';

/** Each link's text, its part of the page (its heading) and where focus goes in it: the first of these there is. */
const TARGETS = [
  [msg`Skip to map`, 'map-heading', '.map'],
  [msg`Skip to timeline`, 'timeline-heading', '.timeline input, .timeline button, .timeline [tabindex="0"]'],
  [msg`Skip to events`, 'list-heading', '.event-list .list-item'],
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
  const { t, i18n } = useLingui();
  return (
    <nav
      className="skip-links"
      aria-label={t({
        comment: 'Name of the list of links that skip to parts of the page',
        message: 'Skip to',
      })}
    >
      {TARGETS.map(([label, heading, selector]) => (
        <a key={heading} href={`#${heading}`} onClick={(e) => skip(e, selector)}>
          {i18n._(label)}
        </a>
      ))}
    </nav>
  );
}
