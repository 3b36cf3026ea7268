import { describe, expect, it } from 'vitest';
import { fileSize } from './file-size';

describe('fileSize', () => {
  it('writes whole and tenths of megabytes, and kilobytes below one', () => {
    expect(fileSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(fileSize(15.64 * 1024 * 1024)).toBe('15.6 MB');
    expect(fileSize(310 * 1024)).toBe('310 kB');
    expect(fileSize(12)).toBe('1 kB');
  });
});
