const KIB = 1024;
const MIB = 1024 * 1024;

/** "50 MB", "14.9 MB", "310 kB": in the binary units the size limits are set in, so a size and a limit compare. */
export function fileSize(bytes: number): string {
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / KIB))} kB`;
}
