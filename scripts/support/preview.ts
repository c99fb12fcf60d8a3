/**
 * What the browser benchmarks share: the Chromium to drive, a free port, and `vite preview` of a
 * build started and stopped around the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';

/** The value after `name` on the command line (`--runs 3`), if given. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** $CHROMIUM_PATH, else the system Chromium, else Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** `vite preview` of the build in `dist` on `port`, once it answers. */
export async function startPreview(port: number, dist: string): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error('vite preview did not start within 30 s');
}

export function stopPreview(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the process group: npx and vite
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/**
 * tsx (esbuild) names functions with a `__name` helper, which does not exist in the page where
 * functions passed to evaluate() run.
 */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  return context;
}
