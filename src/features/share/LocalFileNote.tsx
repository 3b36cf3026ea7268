/**
 * Why a link or an embed cannot show a file from the reader's computer, and
 * how to share it instead: a file on a web server, named by `?data=`.
 */
export function LocalFileNote({ name, what }: { name: string; what: 'a link' | 'an embed code' }) {
  const address = `${window.location.origin}${window.location.pathname}`;
  return (
    <div className="local-file-note">
      <p>
        {what === 'a link' ? 'A link' : 'An embed code'} cannot include <bdi>{name}</bdi>, a file from your
        computer: it would show the map without your events.
      </p>
      <p>
        To share them, put the file online and share this map with <code className="nowrap">?data=</code> and
        the file’s address: <code>{address}?data=https://example.org/events.csv</code>. The site that holds
        the file must let other sites read it (it sends <code>Access-Control-Allow-Origin</code>).
      </p>
    </div>
  );
}
