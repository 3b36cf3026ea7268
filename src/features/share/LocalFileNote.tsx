/**
 * Why a link or an embed cannot show a file from the reader's computer, and
 * how to share it instead: a file on a web server, named by `?data=`.
 */
export function LocalFileNote({ name, what }: { name: string; what: 'a link' | 'an embed code' }) {
  const example = `${window.location.origin}${window.location.pathname}?data=https://example.org/events.csv`;
  return (
    <p className="local-file-note">
      This view shows <bdi>{name}</bdi>, a file from your computer, which {what} cannot carry: it would open
      the map without your events. To share them, put the file on a web server that lets other sites read it
      (one that sends <code>Access-Control-Allow-Origin</code>), then share the map with <code>?data=</code>{' '}
      and the file’s address, like <code>{example}</code>.
    </p>
  );
}
