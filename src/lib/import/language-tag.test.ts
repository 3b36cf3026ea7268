import { describe, expect, it } from 'vitest';
import { canonicalTag } from './language-tag';

describe('canonicalTag', () => {
  it('takes a language tag in any case, written as Intl writes it', () => {
    expect(canonicalTag('UR')).toBe('ur');
    expect(canonicalTag('ur-pk')).toBe('ur-PK');
    expect(canonicalTag(' fa-af ')).toBe('fa-AF');
    expect(canonicalTag('ur_PK')).toBe('ur-PK');
    expect(canonicalTag('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('refuses what is not a tag', () => {
    for (const text of ['Urdu', 'english', 'xx-???', '', 'x-private', 'ur-', '12']) {
      expect(canonicalTag(text), text).toBeNull();
    }
  });
});
