/**
 * How a link carries a lesson (lesson-link.ts packs and unpacks it), apart from the packing: the page's
 * first chunk asks whether an address holds a lesson, and how long a link may be, without the rest.
 */

/** What a link's fragment starts with when it carries a lesson. */
export const LESSON_FRAGMENT = '#lesson=';

/**
 * The longest link a lesson is shared as, in characters. 8,000 is what HTTP asks every part of the
 * web to accept at least (RFC 9110, section 4.1); past it, some of the places a teacher pastes a link
 * (mail, chat, learning platforms, link shorteners) cut it or refuse it, and a cut link holds no
 * lesson at all. A longer lesson goes as a JSON file.
 */
export const MAX_LINK_LENGTH = 8000;
