import { describe, expect, it } from 'vitest';
import { dayFromParts } from './dates';
import { addMonths, nextSliderValue } from './slider-keys';

const min = dayFromParts(2003, 1, 1);
const max = dayFromParts(2025, 4, 17);
const mid = dayFromParts(2020, 1, 31);

describe('addMonths', () => {
  it('keeps the day of the month where it can', () => {
    expect(addMonths(dayFromParts(2020, 3, 15), 1)).toBe(dayFromParts(2020, 4, 15));
    expect(addMonths(dayFromParts(2020, 3, 15), -14)).toBe(dayFromParts(2019, 1, 15));
  });

  it('stops at the end of a shorter month', () => {
    expect(addMonths(mid, 1)).toBe(dayFromParts(2020, 2, 29));
    expect(addMonths(dayFromParts(2019, 1, 31), 1)).toBe(dayFromParts(2019, 2, 28));
  });
});

describe('nextSliderValue', () => {
  it('steps a day with the arrow keys', () => {
    expect(nextSliderValue('ArrowRight', false, mid, min, max)).toBe(mid + 1);
    expect(nextSliderValue('ArrowUp', false, mid, min, max)).toBe(mid + 1);
    expect(nextSliderValue('ArrowLeft', false, mid, min, max)).toBe(mid - 1);
    expect(nextSliderValue('ArrowDown', false, mid, min, max)).toBe(mid - 1);
  });

  it('steps a month with Page Up/Down or Shift and an arrow, a year with Shift and Page Up/Down', () => {
    expect(nextSliderValue('PageUp', false, mid, min, max)).toBe(dayFromParts(2020, 2, 29));
    expect(nextSliderValue('ArrowRight', true, mid, min, max)).toBe(dayFromParts(2020, 2, 29));
    expect(nextSliderValue('PageDown', false, mid, min, max)).toBe(dayFromParts(2019, 12, 31));
    expect(nextSliderValue('PageUp', true, mid, min, max)).toBe(dayFromParts(2021, 1, 31));
    expect(nextSliderValue('PageDown', true, mid, min, max)).toBe(dayFromParts(2019, 1, 31));
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextSliderValue('Home', false, mid, min, max)).toBe(min);
    expect(nextSliderValue('End', false, mid, min, max)).toBe(max);
  });

  it('never leaves its bounds', () => {
    expect(nextSliderValue('ArrowLeft', false, min, min, max)).toBe(min);
    expect(nextSliderValue('PageUp', true, max - 3, min, max)).toBe(max);
  });

  it('ignores other keys', () => {
    expect(nextSliderValue('a', false, mid, min, max)).toBeNull();
    expect(nextSliderValue('Tab', false, mid, min, max)).toBeNull();
  });
});
