import { describe, expect, it } from 'vitest';
import { WordedError, wordingOf } from './worded-error';

describe('an error worded when shown', () => {
  it('words itself anew each time, and keeps its first words as its message', () => {
    let language = 'en';
    const error = new WordedError(() => (language === 'en' ? 'the file is damaged' : 'файл повреждён'));
    expect(error.message).toBe('the file is damaged');
    const wording = wordingOf(error);
    language = 'ru';
    expect(wording()).toBe('файл повреждён');
    expect(error.message).toBe('the file is damaged');
  });

  it('gives any other error, or a thrown value, as it is', () => {
    expect(wordingOf(new TypeError('Failed to fetch'))()).toBe('Failed to fetch');
    expect(wordingOf('offline')()).toBe('offline');
  });
});
