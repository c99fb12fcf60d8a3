import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-csp';
import { siteConfig } from '../../scripts/support/nginx';

/**
 * docs/deploy/nginx.conf is what deployers copy; the e2e suite runs behind it (e2e/server.spec.ts
 * checks the answers). These check what only the file can show.
 */
const CONFIG = readFileSync(join(import.meta.dirname, '../../docs/deploy/nginx.conf'), 'utf8');

function header(name: string): string {
  const match = new RegExp(`add_header\\s+${name}\\s+"([^"]*)"\\s+always;`).exec(CONFIG);
  if (!match) throw new Error(`nginx.conf sends no ${name} header (with always)`);
  return match[1]!;
}

describe('docs/deploy/nginx.conf', () => {
  it("sends the app's own Content-Security-Policy plus what only a header can say", () => {
    // The <meta> policy of the build and the header must not drift apart: a browser enforces both.
    expect(header('Content-Security-Policy')).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('puts every add_header at server level, where no location drops it', () => {
    // nginx forgets every inherited add_header in a block that declares one of its own.
    const directives = CONFIG.replace(/#.*$/gm, '');
    const locations = directives.match(/location\s[^{]*\{[^}]*\}/g) ?? [];
    expect(locations.length).toBeGreaterThan(0);
    for (const block of locations) expect(block).not.toContain('add_header');
  });

  it('has one root and listen lines the test setup can replace', () => {
    const site = siteConfig('/srv/x', 8123, CONFIG);
    expect(site).toContain('listen 127.0.0.1:8123;');
    expect(site).toContain('root /srv/x;');
    expect(() => siteConfig('/srv/x', 8123, CONFIG.replace(/^\s*root\s.*$/m, ''))).toThrow();
  });
});
