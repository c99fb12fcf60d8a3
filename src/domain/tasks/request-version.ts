/**
 * Which version of the request a printed or faxed form was. A form printed, stamped and sent is
 * paper: when the answers change afterwards, that paper no longer matches them, and the print and
 * FAX tasks must be done again (issue 16, item 4). The progress records a fingerprint of the
 * answers when the print steps are ticked and when the FAX is recorded; comparing it with the
 * answers now tells whether they changed since.
 *
 * Pure and small on purpose: the saved-progress migration uses it, and that is on the first load
 * (so no form rules here, only the saved draft as it is, and nothing else: whatever else a
first-load module exports comes along into the first load). What the fingerprint decides is in
paper.ts.
 */

/** FNV-1a (32 bit) over the UTF-16 code units: a change detector, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so the same answers give the same text however they were built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  // JSON.stringify(undefined) is undefined, not text.
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** Eight hex digits that change whenever any answer of the request changes. */
export function requestFingerprint(draft: unknown): string {
  return fnv1a(canonical(draft));
}
