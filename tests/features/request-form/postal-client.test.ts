import { beforeEach, describe, expect, test, vi } from 'vitest';
import { buildChunk, readSource } from '../../../scripts/build-postal';
import {
  clearPostalCache,
  lookupPostalCode,
} from '../../../src/features/request-form/postal-client';

const CHUNKS: Record<string, string> = Object.fromEntries(
  ['100', '452'].map((prefix) => [
    `/postal/${prefix}.json`,
    JSON.stringify(buildChunk(prefix, readSource(`${prefix}.json`))),
  ]),
);

const INDEX_HTML =
  '<!doctype html><html lang="ja"><head></head><body><div id="root"></div></body></html>';

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** A server like Vite's dev server: known chunks, and index.html (200) for anything else. */
function devServer() {
  return vi.fn<typeof fetch>((input) => {
    const url = urlOf(input);
    const body = CHUNKS[url];
    return Promise.resolve(
      body === undefined
        ? new Response(INDEX_HTML, { status: 200, headers: { 'Content-Type': 'text/html' } })
        : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
  });
}

function answering(response: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(() => Promise.resolve(response()));
}

beforeEach(() => {
  clearPostalCache();
});

describe('lookupPostalCode', () => {
  test('a known code is found, from BASE_URL/postal/NNN.json', async () => {
    const fetchImpl = devServer();
    await expect(lookupPostalCode('100-0001', fetchImpl)).resolves.toEqual({
      kind: 'found',
      options: [
        { prefecture: '東京都', city: '千代田区', town: '千代田', full: '東京都千代田区千代田' },
      ],
    });
    expect(urlOf(fetchImpl.mock.calls[0]![0])).toBe(`${import.meta.env.BASE_URL}postal/100.json`);
  });

  test('a code with several towns offers them all', async () => {
    const result = await lookupPostalCode('4520961', devServer());
    expect(result.kind).toBe('found');
    expect(result.kind === 'found' && result.options).toHaveLength(66);
  });

  test('a 事業所 code is found with its name', async () => {
    const result = await lookupPostalCode('100-8111', devServer());
    expect(result).toEqual({
      kind: 'found',
      options: [
        {
          prefecture: '東京都',
          city: '千代田区',
          town: '千代田１－１',
          full: '東京都千代田区千代田１－１',
          office: '宮内庁',
        },
      ],
    });
  });

  test('an unknown code in a known chunk is not found', async () => {
    await expect(lookupPostalCode('100-0009', devServer())).resolves.toEqual({ kind: 'not-found' });
  });

  test('a missing chunk answered with index.html is not found', async () => {
    await expect(lookupPostalCode('008-0001', devServer())).resolves.toEqual({ kind: 'not-found' });
  });

  test('a 404 is not found', async () => {
    const fetchImpl = answering(() => new Response('Not Found', { status: 404 }));
    await expect(lookupPostalCode('008-0001', fetchImpl)).resolves.toEqual({ kind: 'not-found' });
  });

  test.each(['', '100-000', 'abc-defg', '100-00011'])(
    'no request for a code that is not 7 digits: %j',
    async (code) => {
      const fetchImpl = devServer();
      await expect(lookupPostalCode(code, fetchImpl)).resolves.toEqual({ kind: 'not-found' });
      expect(fetchImpl).not.toHaveBeenCalled();
    },
  );

  test('a network failure is offline, and the next lookup tries again', async () => {
    const failing = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(lookupPostalCode('100-0001', failing)).resolves.toEqual({ kind: 'offline' });
    const server = devServer();
    await expect(lookupPostalCode('100-0001', server)).resolves.toMatchObject({ kind: 'found' });
    expect(server).toHaveBeenCalledTimes(1);
  });

  test('a fetch that throws synchronously is offline, not an exception', async () => {
    const throwing = vi.fn<typeof fetch>(() => {
      throw new TypeError('fetch is not a function');
    });
    await expect(lookupPostalCode('100-0001', throwing)).resolves.toEqual({ kind: 'offline' });
  });

  test('a body that fails mid-way is offline', async () => {
    const fetchImpl = answering(
      () =>
        ({
          ok: true,
          status: 200,
          text: () => Promise.reject(new TypeError('network error')),
        }) as unknown as Response,
    );
    await expect(lookupPostalCode('100-0001', fetchImpl)).resolves.toEqual({ kind: 'offline' });
  });

  test.each([
    ['a server error', () => new Response('oops', { status: 500 })],
    ['JSON that is not a chunk', () => new Response('{"hello":"world"}')],
    ['a chunk for another prefix', () => new Response(CHUNKS['/postal/452.json'])],
  ])('%s is an error, and is retried', async (_name, response) => {
    const fetchImpl = answering(response);
    await expect(lookupPostalCode('100-0001', fetchImpl)).resolves.toEqual({ kind: 'error' });
    await lookupPostalCode('100-0001', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  test('each chunk is fetched once, also by concurrent lookups', async () => {
    const fetchImpl = devServer();
    const [a, b] = await Promise.all([
      lookupPostalCode('100-0001', fetchImpl),
      lookupPostalCode('100-0002', fetchImpl),
    ]);
    await lookupPostalCode('1000003', fetchImpl);
    await lookupPostalCode('100-0009', fetchImpl);
    expect(a.kind).toBe('found');
    expect(b.kind).toBe('found');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  test('a missing chunk is remembered as missing', async () => {
    const fetchImpl = devServer();
    await lookupPostalCode('008-0001', fetchImpl);
    await lookupPostalCode('008-0002', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
