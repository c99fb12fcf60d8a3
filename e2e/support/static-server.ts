import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * A static host for a build directory that can be swapped while it runs: a deploy of a new
 * version, as a person's browser would meet it. Unknown paths get index.html (the single-page
 * app fallback README.md asks hosts for); nothing is cached by HTTP, so only the service worker
 * decides what is kept. Port 0 (the default) takes a free port: a fixed one can be another
 * checkout's preview server or another worker's host.
 */
export async function startStaticServer(root: string, port = 0) {
  let current = root;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const send = (file: string) =>
      readFile(join(current, file)).then((body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(body);
      });
    const file = path === '/' || !extname(path) ? 'index.html' : path.slice(1);
    send(file).catch(() => {
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port to serve on');
  return {
    url: `http://localhost:${address.port}`,
    /** Serves another build from now on: a new version has been deployed. */
    deploy(nextRoot: string) {
      current = nextRoot;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
