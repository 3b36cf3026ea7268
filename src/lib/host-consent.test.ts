import { describe, expect, it } from 'vitest';
import { isFramedEmbed, mayLoadFrom, type Consent } from './host-consent';

const ask = { kind: 'ask', origin: 'https://data.example', host: 'data.example' } as const;

/** A reader who answers `yes`, and what was asked and kept. */
function reader(yes: boolean, agreed: string[] = []) {
  const asked: string[] = [];
  const kept = [...agreed];
  const consent: Consent = {
    agreedBefore: (origin) => kept.includes(origin),
    ask: (host) => {
      asked.push(host);
      return Promise.resolve(yes);
    },
    remember: (origin) => void kept.push(origin),
  };
  return { consent, asked, kept };
}

describe('mayLoadFrom', () => {
  it('loads from a host that needs no question without asking', async () => {
    const { consent, asked } = reader(false);
    expect(await mayLoadFrom({ kind: 'load' }, false, consent)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks for another host, and keeps a yes but not a no', async () => {
    const yes = reader(true);
    expect(await mayLoadFrom(ask, false, yes.consent)).toBe(true);
    expect(yes.asked).toEqual(['data.example']);
    expect(yes.kept).toEqual(['https://data.example']);
    const no = reader(false);
    expect(await mayLoadFrom(ask, false, no.consent)).toBe(false);
    expect(no.asked).toEqual(['data.example']);
    expect(no.kept).toEqual([]);
  });

  it('does not ask again for a host agreed to before, nor in a frame whose page chose the file', async () => {
    const before = reader(false, ['https://data.example']);
    expect(await mayLoadFrom(ask, false, before.consent)).toBe(true);
    const framed = reader(false);
    expect(await mayLoadFrom(ask, true, framed.consent)).toBe(true);
    expect([...before.asked, ...framed.asked]).toEqual([]);
  });
});

describe('isFramedEmbed', () => {
  const page = (search: string, framed: boolean) => {
    const self = {};
    return { location: { search }, self, top: framed ? {} : self };
  };

  it('is an embed in another page only with embed=1 and a frame around it', () => {
    expect(isFramedEmbed(page('?embed=1', true))).toBe(true);
    expect(isFramedEmbed(page('?embed=1', false))).toBe(false);
    expect(isFramedEmbed(page('', true))).toBe(false);
  });
});
