import { dayFromParts, partsFromDay, type Day } from './dates';

/** The same day `months` calendar months later (or earlier), kept inside the month: 31 Jan + 1 = 28/29 Feb. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: d } = partsFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastOfMonth = partsFromDay(dayFromParts(y, m + 1, 1) - 1).day;
  return dayFromParts(y, m, Math.min(d, lastOfMonth));
}

/**
 * The value a date slider moves to for a key, following the WAI-ARIA slider
 * pattern: arrows step a day, Page Up/Down a month (with Shift, a year),
 * Home/End jump to the ends. Null for keys the slider does not handle.
 */
export function nextSliderValue(key: string, shiftKey: boolean, value: Day, min: Day, max: Day): Day | null {
  let next: Day;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = shiftKey ? addMonths(value, 1) : value + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = shiftKey ? addMonths(value, -1) : value - 1;
      break;
    case 'PageUp':
      next = addMonths(value, shiftKey ? 12 : 1);
      break;
    case 'PageDown':
      next = addMonths(value, shiftKey ? -12 : -1);
      break;
    case 'Home':
      next = min;
      break;
    case 'End':
      next = max;
      break;
    default:
      return null;
  }
  return Math.min(max, Math.max(min, next));
}
