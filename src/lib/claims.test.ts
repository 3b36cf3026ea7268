import { describe, expect, it } from 'vitest';
import { claimLines, claimSentence } from './claims';
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

describe('claimSentence', () => {
  it('says who makes the claim, what part of the event it is about, and who contests it, in one sentence', () => {
    expect(claimSentence(usClaim)).toBe('claim by US officials about IS-K');
    expect(claimSentence(isClaim)).toBe('claim by IS about itself');
    expect(claimSentence({ ...usClaim, about: 'date', actor: undefined })).toBe(
      'claim by US officials about the date',
    );
    expect(claimSentence(figure)).toBe('claim by Officials about the number killed, disputed by A hospital');
    expect(claimSentence({ ...figure, about: 'place' })).toBe(
      'claim by Officials about the place, disputed by A hospital',
    );
    expect(claimSentence({ ...figure, about: 'event' })).toBe('claim by Officials, disputed by A hospital');
    expect(claimSentence({ ...isClaim, about: 'event', actor: undefined })).toBe('claim by IS');
  });
});
