/**
 * The file's name as the reader is shown it: the last part of the address's
 * path, its %-escapes decoded where they spell text and left as they are where
 * they do not, without control characters; the host when the path has none.
 */
export function dataFileName(url: string): string {
  const { pathname, host } = new URL(url);
  const last = pathname.split('/').filter(Boolean).pop();
  if (!last) return host;
  const name = last
    .replace(/(?:%[0-9a-f]{2})+/gi, decodeEscapes)
    .replace(/\p{Cc}/gu, '')
    .trim();
  return name === '' ? host : name.length > 200 ? `${name.slice(0, 200)}…` : name;
}

/** A run of %-escapes decoded one character (1 to 4 escapes) at a time, those that spell none left as they are. */
function decodeEscapes(run: string): string {
  const escapes = run.match(/%../g)!;
  let text = '';
  for (let i = 0; i < escapes.length;) {
    const size = [4, 3, 2, 1].find(
      (n) => i + n <= escapes.length && spells(escapes.slice(i, i + n).join('')),
    );
    text += size ? decodeURIComponent(escapes.slice(i, i + size).join('')) : escapes[i];
    i += size ?? 1;
  }
  return text;
}

function spells(escapes: string): boolean {
  try {
    decodeURIComponent(escapes);
    return true;
  } catch {
    return false;
  }
}
