import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, highlightParts, highlightRanges, searchTerms } from './search-text';

/** The original text of each range, for readable expectations. */
function marked(text: string, terms: readonly string[]): string[] {
  return highlightRanges(text, terms).map(([start, end]) => text.slice(start, end));
}

describe('foldText', () => {
  it('lower-cases and strips accents', () => {
    expect(foldText('Şahin')).toBe('sahin');
    expect(foldText('MASTUNG')).toBe('mastung');
    expect(foldText('Mastung')).toBe(foldText('MASTUNG'));
    expect(foldText('Škoda Ñandú Ångström Crème brûlée')).toBe('skoda nandu angstrom creme brulee');
    expect(foldText('IS-K')).toBe('is-k');
  });

  it('folds precomposed and decomposed letters alike', () => {
    expect(foldText('Ö')).toBe('o');
    expect(foldText('O\u0308')).toBe('o');
    expect(foldText('Ö')).toBe(foldText('O\u0308'));
    expect(foldText('Ǆ')).toBe('dz');
  });

  it('spells out ligatures and letters with no decomposition', () => {
    expect(foldText('ﬁle')).toBe('file');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('STRAẞE')).toBe('strasse');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Øresund')).toBe('oresund');
  });

  it('handles the Turkish dotted and dotless i', () => {
    expect('İ'.toLowerCase()).toBe('i\u0307');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('Işık')).toBe('isik');
  });

  it('treats the Greek final sigma as a sigma', () => {
    expect(foldText('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldText('οδός')).toBe('οδοσ');
  });

  it('strips Arabic and Hebrew vowel marks and keeps the letters', () => {
    expect(foldText('عَرَبِيّ')).toBe('عربي');
    expect(foldText('كـــتاب')).toBe('كتاب');
    expect(foldText('שָׁלוֹם')).toBe('שלום');
    expect(foldText('أفغانستان')).toBe('افغانستان');
  });

  it('keeps emoji and other text without case', () => {
    expect(foldText('👍 Kabul 🇦🇫')).toBe('👍 kabul 🇦🇫');
    expect(foldText('喀布尔')).toBe('喀布尔');
    expect(foldText('')).toBe('');
  });

  it('folds a string the same as its code points one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), (chars) => {
        expect(foldText(chars.join(''))).toBe(chars.map(foldText).join(''));
      }),
    );
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
    );
  });
});

describe('searchTerms', () => {
  it('folds, splits on any whitespace, drops empty and repeated terms', () => {
    expect(searchTerms('  Kabul\tKABUL\n  Şahin\u00a0IS-K kábul ')).toEqual(['kabul', 'sahin', 'is-k']);
  });

  it('gives no terms for a blank query or one of lone marks', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   \n ')).toEqual([]);
    expect(searchTerms('\u0301 \u0308')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('finds every occurrence regardless of case and accents', () => {
    expect(highlightRanges('Kabul, KABUL and Kābul', ['kabul'])).toEqual([
      [0, 5],
      [7, 12],
      [17, 22],
    ]);
  });

  it('folds raw terms too', () => {
    expect(marked('Sahin and ŞAHİN', ['Şahin'])).toEqual(['Sahin', 'ŞAHİN']);
  });

  it('maps matches in decomposed text back to the original indices', () => {
    const text = 'O\u0308sterreich and Österreich';
    expect(highlightRanges(text, ['osterreich'])).toEqual([
      [0, 11],
      [16, 26],
    ]);
    // A match ending on a letter takes its combining marks with it.
    expect(highlightRanges('Bre\u0301sil', ['bre'])).toEqual([[0, 4]]);
    expect(highlightRanges('e\u0301\u0301x', ['e'])).toEqual([[0, 3]]);
  });

  it('covers the whole character when a term matches part of what it folds to', () => {
    expect(marked('Straße', ['s'])).toEqual(['S', 'ß']);
    expect(marked('Straße', ['ass'])).toEqual(['aß']);
    expect(marked('ﬁnal', ['i'])).toEqual(['ﬁ']);
    expect(marked('İzmir', ['i'])).toEqual(['İ', 'i']);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a𝐀b😀c';
    expect(marked(text, ['a'])).toEqual(['a𝐀']);
    expect(highlightRanges(text, ['a'])).toEqual([[0, 3]]);
    expect(highlightRanges(text, ['😀'])).toEqual([[4, 6]]);
    expect(highlightRanges('x\ud800y', ['y'])).toEqual([[2, 3]]);
  });

  it('sorts and merges overlapping and touching matches of several terms', () => {
    expect(highlightRanges('Islamic State Khorasan', ['tate', 'kho', 'lamic', 'state', 'islam'])).toEqual([
      [0, 7],
      [8, 13],
      [14, 17],
    ]);
    expect(highlightRanges('aaaa', ['aa'])).toEqual([[0, 4]]);
    expect(highlightRanges('abcd', ['ab', 'cd'])).toEqual([[0, 4]]);
  });

  it('finds nothing with no terms, empty terms or no match', () => {
    expect(highlightRanges('Kabul', [])).toEqual([]);
    expect(highlightRanges('Kabul', ['', '\u0301'])).toEqual([]);
    expect(highlightRanges('Kabul', ['herat'])).toEqual([]);
    expect(highlightRanges('', ['kabul'])).toEqual([]);
  });

  it('matches in right-to-left text with vowel marks', () => {
    const text = 'في كَابُل اليوم';
    expect(marked(text, ['كابل'])).toEqual(['كَابُل']);
  });
});

describe('highlightParts', () => {
  it('splits text into matching and plain parts', () => {
    expect(highlightParts('Attack in Kābul by IS-K', ['kabul', 'is-k'])).toEqual([
      { text: 'Attack in ', match: false },
      { text: 'Kābul', match: true },
      { text: ' by ', match: false },
      { text: 'IS-K', match: true },
    ]);
  });

  it('gives one plain part with no terms or no match', () => {
    expect(highlightParts('Kabul', [])).toEqual([{ text: 'Kabul', match: false }]);
    expect(highlightParts('Kabul', ['herat'])).toEqual([{ text: 'Kabul', match: false }]);
    expect(highlightParts('', ['x'])).toEqual([{ text: '', match: false }]);
  });

  it('keeps markup-like text as text', () => {
    expect(highlightParts('<b>IS-K</b>', ['is-k'])).toEqual([
      { text: '<b>', match: false },
      { text: 'IS-K', match: true },
      { text: '</b>', match: false },
    ]);
  });

  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  const terms = fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), { maxLength: 4 });
  /** Terms drawn from the text itself, so that matches actually happen. */
  const textAndTerms = text.chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.array(
        fc.tuple(fc.nat(t.length), fc.integer({ min: 1, max: 4 })).map(([at, n]) => t.slice(at, at + n)),
        { maxLength: 3 },
      ),
      terms,
    ),
  );

  it('always joins back to the input', () => {
    fc.assert(
      fc.property(textAndTerms, ([t, own, other]) => {
        expect(
          highlightParts(t, [...own, ...other])
            .map((p) => p.text)
            .join(''),
        ).toBe(t);
      }),
    );
  });

  it('gives match parts that fold to something containing a term, and plain parts between', () => {
    fc.assert(
      fc.property(textAndTerms, ([t, own, other]) => {
        const all = [...own, ...other];
        const folded = all.map(foldText).filter((x) => x.length > 0);
        const parts = highlightParts(t, all);
        for (const part of parts) {
          if (part.match) expect(folded.some((term) => foldText(part.text).includes(term))).toBe(true);
        }
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.match && parts[i - 1]!.match).toBe(false);
        // Every term that occurs in the folded text gives at least one match.
        if (folded.some((term) => foldText(t).includes(term))) expect(parts.some((p) => p.match)).toBe(true);
      }),
    );
  });

  it('never throws and never splits a surrogate pair, on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 3 }),
        (t, ts) => {
          const parts = highlightParts(t, ts);
          expect(parts.map((p) => p.text).join('')).toBe(t);
          for (const [start, end] of highlightRanges(t, ts)) {
            for (const at of [start, end]) {
              const before = t.charCodeAt(at - 1);
              const after = t.charCodeAt(at);
              const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
              expect(splits).toBe(false);
            }
          }
        },
      ),
    );
  });
});
