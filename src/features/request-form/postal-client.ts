import {
  addressesFor,
  chunkPrefix,
  parseChunk,
  type PostalAddress,
  type PostalChunk,
} from '../../domain/postal/lookup';

/**
 * Looks up a postal code in the chunk files the app ships (public/postal/NNN.json, built by
 * scripts/build-postal.ts). Same origin only: the app makes no third-party requests.
 *
 * The address field must stay editable whatever happens here, so this never throws: every
 * outcome is a result the form can word for the person.
 */
export type PostalLookupResult =
  | { kind: 'found'; options: PostalAddress[] }
  /** No such code in the data (or not a 7-digit code): the person types the address. */
  | { kind: 'not-found' }
  /** The network failed or timed out: worth trying again later. */
  | { kind: 'offline' }
  /** The server or the data misbehaved. */
  | { kind: 'error' };

type ChunkResult =
  | { kind: 'chunk'; chunk: PostalChunk }
  | { kind: 'not-found' }
  | { kind: 'offline' }
  | { kind: 'error' };

const TIMEOUT_MS = 15_000;

// One request per chunk for the page's lifetime: a person correcting a digit or two stays in
// the same chunk. Only lasting answers are kept; offline and error are retried next time.
const chunks = new Map<string, Promise<ChunkResult>>();

/** Forgets every loaded chunk (tests; or after the app has been updated). */
export function clearPostalCache(): void {
  chunks.clear();
}

export async function lookupPostalCode(
  code7: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<PostalLookupResult> {
  try {
    const prefix = chunkPrefix(code7);
    if (prefix === null) return { kind: 'not-found' };
    let pending = chunks.get(prefix);
    if (pending === undefined) {
      pending = loadChunk(prefix, fetchImpl);
      chunks.set(prefix, pending);
    }
    const result = await pending;
    if (result.kind === 'offline' || result.kind === 'error') {
      if (chunks.get(prefix) === pending) chunks.delete(prefix);
      return result;
    }
    if (result.kind === 'not-found') return result;
    const options = addressesFor(result.chunk, code7);
    return options.length > 0 ? { kind: 'found', options } : { kind: 'not-found' };
  } catch {
    return { kind: 'error' };
  }
}

async function loadChunk(prefix: string, fetchImpl: typeof fetch): Promise<ChunkResult> {
  let response: Response;
  try {
    const signal =
      typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined;
    response = await fetchImpl(`${import.meta.env.BASE_URL}postal/${prefix}.json`, { signal });
  } catch {
    // fetch rejects only when no response arrived: no network, or the timeout above.
    return { kind: 'offline' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'not-found' };
  if (!response.ok) return { kind: 'error' };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { kind: 'offline' };
  }
  const parsed = parseChunk(text);
  // A dev server (and many static hosts) answers a missing file with index.html and status 200.
  if (parsed.kind === 'not-json') return { kind: 'not-found' };
  if (parsed.kind === 'invalid' || parsed.chunk.prefix !== prefix) return { kind: 'error' };
  return parsed;
}
