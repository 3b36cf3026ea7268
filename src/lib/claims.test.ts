import { describe, expect, it } from 'vitest';
import { claimLines, claimSubject } from './claims';
import type { Claim } from './event-schema';

const isClaim: Claim = {
  status: 'unverified',
  about: 'actor',
  actor: 'IS',
  by: 'IS',
  note: 'n',
  source: 's',
};
const usClaim: Claim = { ...isClaim, actor: 'IS-K', by: 'US officials' };
const figure: Claim = {
  status: 'disputed',
  about: 'killed',
  by: 'Officials',
  disputedBy: 'A hospital',
  note: 'n',
  source: 's',
};

describe('claimLines', () => {
  it('gives one line per status, disputed first, naming who claims and who disputes', () => {
    expect(claimLines([isClaim, figure, usClaim])).toEqual([
      { status: 'disputed', label: 'Disputed', text: 'claim by Officials, disputed by A hospital' },
      { status: 'unverified', label: 'Unverified', text: 'claim by IS; claim by US officials' },
    ]);
  });

  it('gives nothing for an event with no flagged claim', () => {
    expect(claimLines(undefined)).toEqual([]);
    expect(claimLines([])).toEqual([]);
  });
});

describe('claimSubject', () => {
  it('names the part of the event the claim is about', () => {
    expect(claimSubject(usClaim)).toBe('about IS-K');
    expect(claimSubject(isClaim)).toBe('about itself');
    expect(claimSubject(figure)).toBe('about the number killed');
    expect(claimSubject({ ...figure, about: 'event' })).toBe('');
  });
});
