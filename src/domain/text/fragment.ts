/**
 * The element id a URL fragment names (`#postalCode`, `#edge.popups`, or percent-encoded). A
 * fragment is whatever the person, a link or a bookmark put in the address bar, so a malformed
 * escape (`#%E0`) must not throw: it is taken as written and simply matches no element.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
