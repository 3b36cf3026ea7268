import { describe, expect, it } from 'vitest';
import { foldWord, isWeekday, monthNumber } from './month-names';

describe('monthNumber', () => {
  it.each([
    ['March', 3],
    ['mar', 3],
    ['Sept.', 9],
    ['mars', 3],
    ['janv.', 1],
    ['juil', 7],
    ['févr', 2],
    ['FEVR', 2],
    ['marzo', 3],
    ['ene', 1],
    ['März', 3],
    ['Marz', 3],
    ['Dez', 12],
    ['maggio', 5],
    ['março', 3],
    ['maart', 3],
    ['mrt', 3],
    ['март', 3],
    ['марта', 3],
    ['травня', 5],
    ['Mart', 3],
    ['Kasım', 11],
    ['Kasim', 11],
    ['مارس', 3],
    ['آذار', 3],
    ['اذار', 3],
    ['كانون الثاني', 1],
    ['مارچ', 3],
    ['ژانویه', 1],
    ['جنوری', 1],
  ])('reads %j as month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each([
    ['jui', 'the start of both juin and juillet'],
    ['كانون', 'the first word of both كانون الثاني and كانون الأول'],
    ['ma', 'too short to be a month by its start'],
    ['Smarch', 'no month'],
    ['3', 'a number'],
    ['', 'empty'],
  ])('reads %j as no month: %s', (word) => {
    expect(monthNumber(word)).toBeNull();
  });
});

describe('isWeekday', () => {
  it.each(['Friday', 'fri', 'vendredi', 'Freitag', 'пятница', 'Cuma', 'martes'])('knows %j', (word) => {
    expect(isWeekday(word)).toBe(true);
  });

  it('knows no month as a weekday', () => {
    expect(isWeekday('March')).toBe(false);
  });
});

describe('foldWord', () => {
  it('drops case, accents, trailing dots and the spelling variants of Arabic script', () => {
    expect(foldWord(' Févr. ')).toBe('fevr');
    expect(foldWord('كانون')).toBe(foldWord('کانون'));
    expect(foldWord('مي')).toBe(foldWord('می'));
  });
});
