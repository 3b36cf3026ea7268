import { Trans } from '@lingui/react/macro';

/**
 * Why a link or an embed cannot show a file from the reader's computer, and
 * how to share it instead: a file on a web server, named by `?data=`.
 */
export function LocalFileNote({ name, what }: { name: string; what: 'a link' | 'an embed code' }) {
  const address = `${window.location.origin}${window.location.pathname}`;
  // Written as they are in every language: a parameter, an example address and a header.
  const param = '?data=';
  const example = `${address}?data=https://example.org/events.csv`;
  const header = 'Access-Control-Allow-Origin';
  return (
    <div className="local-file-note">
      <p>
        {what === 'a link' ? (
          <Trans comment="name is the file's name">
            A link cannot include <bdi>{name}</bdi>, a file from your computer: it would show the map without
            your events.
          </Trans>
        ) : (
          <Trans comment="name is the file's name; an embed code is the HTML that puts the map in another page">
            An embed code cannot include <bdi>{name}</bdi>, a file from your computer: it would show the map
            without your events.
          </Trans>
        )}
      </p>
      <p>
        <Trans comment="param is ?data=, example an address of the map with a file's, header the name of an HTTP header">
          To share them, put the file online and share this map with <code className="nowrap">{param}</code>{' '}
          and the file’s address: <code>{example}</code>. The site that holds the file must let other sites
          read it (it sends <code>{header}</code>).
        </Trans>
      </p>
    </div>
  );
}
