import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, as a <meta> tag (any static host can serve it; a
 * host that can set headers should send the same policy as a header, plus frame-ancestors).
 *
 * - Everything from the app's own origin only: no third-party request can happen even by mistake.
 * - No inline script: Vite's production build has none. (The dev server injects inline scripts for
 *   hot reload, so the policy is added to the build only.)
 * - blob: for the PDF: the preview frame shows a blob: URL made in the page, and the PDF worker's
 *   output becomes a blob: download. Chromium's PDF viewer runs as a plugin inside that frame, and
 *   a blob: document inherits this policy, so object-src must allow blob: too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
