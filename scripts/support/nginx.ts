import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './preview';

/**
 * The production build behind the production server: nginx with the repository's own
 * docs/deploy/nginx.conf, of which only the `listen` and `root` lines are replaced. Used by the
 * Playwright web server (scripts/serve-nginx.ts) and by the e2e specs that deploy a second release.
 */

const REPO = resolve(import.meta.dirname, '..', '..');
export const DEPLOY_CONFIG = join(REPO, 'docs', 'deploy', 'nginx.conf');

export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    [
      'No nginx found: the end-to-end tests run the build behind the production server.',
      'Install it with:  sudo apt-get install -y nginx-light',
      'or set NGINX_PATH to an nginx executable.',
    ].join('\n'),
  );
}

/** The deploy file with this machine's port and build folder, checked to have both lines. */
export function siteConfig(
  root: string,
  port: number,
  source = readFileSync(DEPLOY_CONFIG, 'utf8'),
): string {
  let listens = 0;
  let roots = 0;
  const site = source
    .split('\n')
    .map((line) => {
      if (/^\s*listen\s[^;]*;\s*$/.test(line)) {
        listens += 1;
        // One listen line only (the file has IPv4 and IPv6; a CI container may lack IPv6).
        return listens === 1 ? `    listen 127.0.0.1:${port};` : '';
      }
      if (/^\s*root\s[^;]*;\s*$/.test(line)) {
        roots += 1;
        return `    root ${root};`;
      }
      return line;
    })
    .join('\n');
  if (listens === 0 || roots !== 1) {
    throw new Error(`${DEPLOY_CONFIG} must have listen lines and exactly one root line`);
  }
  return site;
}

/** A complete nginx.conf around the site: runs unprivileged, everything under `prefix`. */
export function mainConfig(prefix: string, site: string): string {
  // As root (a CI container), nginx's workers would switch to `nobody`, who may not read a
  // checkout under /root; as anyone else the directive is ignored.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `
${user}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
daemon off;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    sendfile on;
    keepalive_timeout 30;
${site}
}
`;
}

export interface NginxServer {
  url: string;
  process: ChildProcess;
  /** Serves another build from now on (a new release), by swapping the served folder's link. */
  deploy(nextRoot: string): void;
  close(): Promise<void>;
}

const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '(no log)');

async function waitForServer(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}):\n${readLog(log)}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`nginx did not answer at ${url}:\n${readLog(log)}`);
      await new Promise((done) => setTimeout(done, 50)); // polling a condition, not a fixed wait
    }
  }
}

/** Starts nginx on `port` (a free one if omitted) serving `root`; resolves once it answers. */
export async function startNginx(root: string, port?: number): Promise<NginxServer> {
  const binary = nginxBinary();
  const chosen = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'rokin-nginx-'));
  // nginx resolves the link on every request, so replacing the link is a deploy.
  const served = join(prefix, 'site');
  symlinkSync(resolve(root), served);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConfig(prefix, siteConfig(served, chosen)));
  const check = spawnSync(binary, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(binary, ['-p', prefix, '-c', conf], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${chosen}`;
  const remove = () => rmSync(prefix, { recursive: true, force: true });
  try {
    await waitForServer(url, child, join(prefix, 'error.log'));
  } catch (error) {
    child.kill('SIGKILL');
    remove();
    throw error;
  }
  return {
    url,
    process: child,
    deploy(nextRoot) {
      const next = join(prefix, 'site.next');
      symlinkSync(resolve(nextRoot), next);
      renameSync(next, served);
    },
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          remove();
          return done();
        }
        child.once('exit', () => {
          remove();
          done();
        });
        child.kill('SIGQUIT'); // graceful: finish open responses, then exit
      }),
  };
}
