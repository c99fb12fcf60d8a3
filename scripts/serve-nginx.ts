/**
 * Serves the production build (dist/) behind nginx with docs/deploy/nginx.conf, as a deployer
 * would: the Playwright web server of the end-to-end suite. `tsx scripts/serve-nginx.ts [port]`.
 */
import { join } from 'node:path';
import { startNginx } from './support/nginx';

const DIST = join(import.meta.dirname, '..', 'dist');
const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4173);

const server = await startNginx(DIST, port);
console.log(`nginx serves ${DIST} at ${server.url}`);

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('SIGHUP', stop);
// Whatever ends this process ends nginx too: an orphaned server would hold the port.
process.on('exit', () => {
  if (server.process.exitCode === null) server.process.kill('SIGKILL');
});
// nginx dying on its own must not leave the suite waiting on a dead server.
server.process.once('exit', (code) => {
  if (!closing) {
    console.error(`nginx exited (${code})`);
    process.exit(1);
  }
});
