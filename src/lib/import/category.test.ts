import { describe, expect, it } from 'vitest';
import { matchCategory } from './category';

describe('matchCategory', () => {
  it('reads our keys and labels without case', () => {
    expect(matchCategory('legal-act')).toEqual({ category: 'legal-act', matched: true });
    expect(matchCategory('Arrest Operation')).toEqual({ category: 'arrest-operation', matched: true });
    expect(matchCategory('legal or court act')).toEqual({ category: 'legal-act', matched: true });
    expect(matchCategory('OTHER')).toEqual({ category: 'other', matched: true });
  });

  it.each([
    ['Bombing/Explosion', 'attack'],
    ['Armed Assault', 'attack'],
    ['Assassination', 'attack'],
    ['Hostage Taking (Kidnapping)', 'attack'],
    ['Facility/Infrastructure Attack', 'attack'],
    ['shootings', 'attack'],
    ['Arrest', 'arrest-operation'],
    ['police raids', 'arrest-operation'],
    ['Detention', 'arrest-operation'],
    ['Court ruling', 'legal-act'],
    ['Ban', 'legal-act'],
    ['Verdict', 'legal-act'],
    ['Statement', 'political-act'],
    ['Election', 'political-act'],
    ['Ceasefire', 'agreement'],
    ['peace deal', 'agreement'],
    ['Survey', 'report'],
    ['death toll', 'aggregate'],
    ['Tally', 'aggregate'],
  ])('reads %j as %s', (value, category) => {
    expect(matchCategory(value)).toEqual({ category, matched: true });
  });

  it('makes an empty category Other without a word', () => {
    expect(matchCategory('  ')).toEqual({ category: 'other', matched: true });
  });

  it('makes anything else Other and says so', () => {
    expect(matchCategory('protest')).toEqual({ category: 'other', matched: false });
    expect(matchCategory('Unknown')).toEqual({ category: 'other', matched: false });
    expect(matchCategory('Taliban')).toEqual({ category: 'other', matched: false });
  });
});
