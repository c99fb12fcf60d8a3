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
 * decides what is kept.
 */
export async function startStaticServer(root: string, port: number) {
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
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return {
    url: `http://localhost:${port}`,
    /** Serves another build from now on: a new version has been deployed. */
    deploy(nextRoot: string) {
      current = nextRoot;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
