import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROUTES } from '../src/content/routes';

/**
 * The app as a deployer serves it: the suite's web server is nginx with docs/deploy/nginx.conf
 * (playwright.config.ts), so these check the real server's answers, not a test double's.
 */

const DIST = join(import.meta.dirname, '..', 'dist');
/** The path of a file of the build whose path matches `pattern`. */
const aFile = (folder: string, pattern: RegExp) => {
  const file = readdirSync(join(DIST, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `/${folder}/${name.replaceAll('\\', '/')}`)
    .find((path) => pattern.test(path));
  if (!file) throw new Error(`dist/${folder} has no ${pattern}: run npm run build first`);
  return file;
};

test('every answer carries the security headers, and caching follows the file', async ({
  request,
}) => {
  const expectations: [path: string, status: number, cacheControl: string | undefined][] = [
    ['/', 200, 'no-cache'],
    [ROUTES.tasks, 200, 'no-cache'], // the single-page app fallback
    ['/index.html', 200, 'no-cache'],
    ['/sw.js', 200, 'no-cache'],
    [aFile('assets', /\.js$/), 200, 'public, max-age=31536000, immutable'],
    ['/pdf/glyphs/index.json', 200, 'no-cache'],
    // What reveals what was typed is never kept by the HTTP cache (decision 11).
    ['/postal/100.json', 200, 'no-store'],
    [aFile('pdf/glyphs', /\.bin$/), 200, 'no-store'],
    [aFile('assets', /biz-udpgothic-.*\.woff2$/), 200, 'no-store'],
    ['/assets/missing-0123abcd.js', 404, undefined], // never index.html in place of a script
  ];
  for (const [path, status, cacheControl] of expectations) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(response.status(), path).toBe(status);
    expect(headers['cache-control'], path).toBe(cacheControl);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(headers['permissions-policy'], path).toContain(`${feature}=()`);
    if (status === 200 && path.endsWith('.js'))
      expect(headers['content-type'], path).toContain('javascript');
  }
});

/** Another origin (its own port) with a page that frames `target`, and a frame it may show. */
async function startOtherOrigin(target: string) {
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (request.url === '/inner') return response.end('<p id="inner">framable</p>');
    response.end(
      `<!doctype html><title>other</title>
       <iframe id="own" src="/inner"></iframe>
       <iframe id="app" src="${target}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('another site cannot show the app in a frame', async ({ page, baseURL }) => {
  const other = await startOtherOrigin(`${baseURL}${ROUTES.reset}`);
  try {
    const refused = page.waitForEvent('console', (message) =>
      /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(message.text()),
    );
    await page.goto(other.url);
    // The control: a frame this origin may show does show.
    await expect(page.frameLocator('#own').locator('#inner')).toHaveText('framable');
    await refused;
    // The app's page (消去 is one click there) never renders inside the other site.
    await expect(page.frameLocator('#app').getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.frameLocator('#app').getByRole('button')).toHaveCount(0);
  } finally {
    await other.close();
  }
});
