import { t } from '@lingui/core/macro';
import type { DataRefusal } from './data-hosts';

/** "data.example.org, other.example.org", joined as the language shown joins such a list. */
function listed(hosts: readonly string[]): string {
  return hosts.reduce((all, next) =>
    t({
      comment: 'Host names of web sites, joined in a list: "data.example.org, other.example.org"',
      message: `${all}, ${next}`,
    }),
  );
}

/**
 * Why the page will not load a `?data=` address, in the language shown: what `dataAccess` says in
 * English in its `message` (data-hosts.ts cannot use Lingui's macros, as Node runs it for the build).
 */
export function refusalText(refusal: DataRefusal): string {
  const host = refusal.host;
  if (refusal.reason === 'plain-http') {
    return t({
      comment: "Why a link's data file is not loaded: {host} is the other site's host name",
      message: `${host} is reached over plain http, and this site loads events from other hosts only over https. Use the file's https address`,
    });
  }
  if (refusal.listed.length === 0) {
    return t({
      comment:
        'Why a link\'s data file is not loaded: {host} is the other site\'s host name; "Your data" is the button that opens a file, as it is translated there',
      message: `this site loads events only from its own host, and ${host} is not one of them. Ask the site's owner to add it, or open the file with "Your data"`,
    });
  }
  const hosts = listed(refusal.listed);
  return t({
    comment:
      'Why a link\'s data file is not loaded: {hosts} lists the host names this site loads from, {host} is the other site\'s; "Your data" is the button that opens a file, as it is translated there',
    message: `this site loads events only from ${hosts}, and ${host} is not one of them. Ask the site's owner to add it, or open the file with "Your data"`,
  });
}
