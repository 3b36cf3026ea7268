import { describe, expect, it } from 'vitest';
import { dataAccess } from './data-hosts';
import { refusalText } from './data-hosts-text';

const PAGE = 'https://maps.example.org';

describe('refusalText', () => {
  it("says in English what dataAccess's message says, for every reason", () => {
    const refusals = [
      dataAccess('http://data.example.org/e.csv', PAGE, 'any'),
      dataAccess('https://elsewhere.example/e.csv', PAGE, [
        'https://data.example.org',
        'https://other.example.org',
      ]),
      dataAccess('https://elsewhere.example/e.csv', PAGE, ['https://data.example.org']),
      dataAccess('https://elsewhere.example/e.csv', PAGE, []),
    ];
    for (const refusal of refusals) {
      expect(refusal.kind).toBe('refused');
      if (refusal.kind === 'refused') expect(refusalText(refusal)).toBe(refusal.message);
    }
  });
});
