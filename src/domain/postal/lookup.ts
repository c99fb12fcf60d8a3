import { z } from 'zod/mini';

/**
 * Postal code → address, from the chunks scripts/build-postal.ts writes to public/postal/.
 *
 * Chunk format (one file per 3-digit prefix, `NNN.json`, version 1):
 *
 *   {
 *     "v": 1,
 *     "prefix": "100",
 *     "prefectures": ["東京都"],
 *     "cities": ["千代田区"],
 *     "codes": {
 *       "0001": [[0, 0, "千代田"]],
 *       "8111": [[0, 0, "千代田", "１－１", "宮内庁"]]
 *     }
 *   }
 *
 * `codes` is keyed by the last 4 digits. Each entry is one address the code stands for:
 * [prefecture index, city index, town] for an area, or [..., street, office] for a 事業所
 * (business) code. Prefectures and cities are listed once per chunk because hundreds of codes
 * share them. A town is '' when the code covers the whole city (Japan Post's placeholder towns
 * such as 「以下に掲載がない場合」 are emptied at build time).
 *
 * Chunks arrive over the network and are untrusted: a dev server answers a missing file with
 * index.html, and a file can be truncated or stale, so every chunk is validated before use.
 */

export const CHUNK_FORMAT_VERSION = 1;

const index = z.int().check(z.nonnegative());
const AreaRowSchema = z.tuple([index, index, z.string()]);
const OfficeRowSchema = z.tuple([index, index, z.string(), z.string(), z.string()]);

export const PostalChunkSchema = z
  .object({
    v: z.literal(CHUNK_FORMAT_VERSION),
    prefix: z.string().check(z.regex(/^\d{3}$/)),
    prefectures: z.array(z.string().check(z.minLength(1))),
    cities: z.array(z.string().check(z.minLength(1))),
    codes: z.record(
      z.string().check(z.regex(/^\d{4}$/)),
      z.array(z.union([AreaRowSchema, OfficeRowSchema])).check(z.minLength(1)),
    ),
  })
  .check(
    z.superRefine((chunk, ctx) => {
      for (const [suffix, rows] of Object.entries(chunk.codes)) {
        for (const row of rows) {
          if (row[0] >= chunk.prefectures.length || row[1] >= chunk.cities.length) {
            ctx.addIssue({
              code: 'custom',
              path: ['codes', suffix],
              message: 'index out of range',
            });
            return;
          }
        }
      }
    }),
  );
export type PostalChunk = z.infer<typeof PostalChunkSchema>;
export type PostalRow = PostalChunk['codes'][string][number];

export type ParsedChunk =
  | { kind: 'chunk'; chunk: PostalChunk }
  /** Not JSON at all: a fallback page or an empty body, i.e. there is no such chunk. */
  | { kind: 'not-json' }
  /** JSON, but not a chunk this app can read (damaged, or another format version). */
  | { kind: 'invalid' };

/** Parses and validates a chunk file's text. */
export function parseChunk(text: string): ParsedChunk {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  const result = PostalChunkSchema.safeParse(json);
  return result.success ? { kind: 'chunk', chunk: result.data } : { kind: 'invalid' };
}

/** One address a postal code stands for, ready to fill in ご住所. */
export interface PostalAddress {
  prefecture: string;
  city: string;
  /** 町域; for a 事業所 code followed by its 番地 (e.g. 「千代田１－１」). May be ''. */
  town: string;
  /** prefecture + city + town, as it would be written on the form. */
  full: string;
  /** The business's name, for a 事業所 code only. */
  office?: string;
}

/** '100-0001', '１００ー０００１' (already normalised digits) or '1000001' → '1000001', else null. */
export function postalDigits(code: string): string | null {
  const digits = code.replace(/[-\s]/g, '');
  return /^\d{7}$/.test(digits) ? digits : null;
}

/** The chunk a code is in: its first 3 digits. */
export function chunkPrefix(code7: string): string | null {
  return postalDigits(code7)?.slice(0, 3) ?? null;
}

/**
 * The addresses `code7` stands for in `chunk`, in the data's order, each once. Empty when the
 * code is unknown or belongs to another chunk.
 */
export function addressesFor(chunk: PostalChunk, code7: string): PostalAddress[] {
  const digits = postalDigits(code7);
  if (digits === null || digits.slice(0, 3) !== chunk.prefix) return [];
  // Own-property lookup only: a code such as '__proto__' must not reach Object.prototype.
  const suffix = digits.slice(3);
  const rows = Object.prototype.hasOwnProperty.call(chunk.codes, suffix)
    ? chunk.codes[suffix]!
    : [];
  const seen = new Set<string>();
  const out: PostalAddress[] = [];
  for (const row of rows) {
    const address = toAddress(chunk, row);
    const key = `${address.full}\u0000${address.office ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

function toAddress(chunk: PostalChunk, row: PostalRow): PostalAddress {
  const prefecture = chunk.prefectures[row[0]]!;
  const city = chunk.cities[row[1]]!;
  if (row.length === 5) {
    const town = row[2] + row[3];
    return { prefecture, city, town, full: prefecture + city + town, office: row[4] };
  }
  const town = row[2];
  return { prefecture, city, town, full: prefecture + city + town };
}
