import { i18n } from '@lingui/core';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * "50 MB", "14.9 MB", "310 kB", in the language shown: in the binary units the size limits are set in,
 * so a size and a limit compare; without a thousands separator ("1024 kB"), as before it had languages.
 */
export function fileSize(bytes: number): string {
  if (bytes >= MIB) {
    return i18n.number(Number((bytes / MIB).toFixed(1)), {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    });
  }
  return i18n.number(Math.max(1, Math.round(bytes / KIB)), {
    style: 'unit',
    unit: 'kilobyte',
    useGrouping: false,
  });
}
