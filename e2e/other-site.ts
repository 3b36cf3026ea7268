import { createServer as createPlainServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo, Server } from 'node:net';
import { generate } from 'selfsigned';

/**
 * Another site, for `?data=`: a Node https server on 127.0.0.1 (another origin
 * than the app's localhost), with a certificate made at test time, so the app
 * loads its files under its real policy (connect-src 'self' https:). Tests
 * using it set `ignoreHTTPSErrors` and `otherOrigins: 'https://127.0.0.1:'`.
 * startPlainSite is the same on http, for a page that frames the app.
 */
export interface OtherSite {
  readonly server: Server;
  readonly origin: string;
  /** Closes the server, and any answer the handler left open. */
  stop(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let certificate: Promise<{ key: string; cert: string }> | null = null;

function makeCertificate() {
  certificate ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return certificate;
}

/** Starts a site on `port` (any free one by default); `open` holds answers the handler keeps open. */
export async function startSite(
  handler: Handler,
  port = 0,
  open = new Set<ServerResponse>(),
): Promise<OtherSite> {
  return listen(createServer(await makeCertificate(), handler), 'https', port, open);
}

/**
 * The same on plain http, for a page that frames the app: an https page could not frame the app
 * as the tests serve it (http://localhost), the browser would block it as mixed content. Tests using
 * it set `otherOrigins: 'http://127.0.0.1:'`.
 */
export function startPlainSite(handler: Handler): Promise<OtherSite> {
  return listen(createPlainServer(handler), 'http', 0, new Set());
}

async function listen(
  server: Server,
  scheme: 'http' | 'https',
  port: number,
  open: Set<ServerResponse>,
): Promise<OtherSite> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    origin: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop() {
      for (const response of open) response.destroy();
      open.clear();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
