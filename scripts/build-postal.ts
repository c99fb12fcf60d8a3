/**
 * Builds the offline postal-code data: node_modules/jquery-jpostal-ja/json/NNN.json (JSONP,
 * Japan Post's data preprocessed by jquery.jpostal) → public/postal/NNN.json, one small chunk per
 * 3-digit prefix in the format described in src/domain/postal/lookup.ts. The app then loads only
 * the chunk for the code typed, from its own origin (no third-party requests).
 *
 * Usage: tsx scripts/build-postal.ts [--force]
 * Skips the work when public/postal/.stamp.json shows the output was built from the same package
 * version by the same script; writes into a temporary directory and swaps it in, so an
 * interrupted run never leaves a half-written public/postal/.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHUNK_FORMAT_VERSION,
  PostalChunkSchema,
  type PostalChunk,
  type PostalRow,
} from '../src/domain/postal/lookup.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'node_modules', 'jquery-jpostal-ja');
const SOURCE_DIR = join(PACKAGE_DIR, 'json');
const OUT_DIR = join(ROOT, 'public', 'postal');
const STAMP_FILE = '.stamp.json';
// Outside public/ (a leftover there would be served and copied into dist), on the same file
// system so the finished directory can be renamed into place.
const TMP_PARENT = join(ROOT, 'node_modules', '.cache', 'build-postal');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function clearStaleRuns(): void {
  if (!existsSync(TMP_PARENT)) return;
  for (const name of readdirSync(TMP_PARENT)) {
    const pid = Number(name);
    if (pid === process.pid || !Number.isInteger(pid) || !isAlive(pid)) {
      rmSync(join(TMP_PARENT, name), { recursive: true, force: true });
    }
  }
}

// Source rows: [_code7, prefecture, city, town, street, office, kana × 3]. Rows keyed '_NNN'
// or '_000info' are the plugin's own defaults and metadata, not postal codes.
export type SourceRow = [string, string, string, string, string, string, ...string[]];

const JSONP = /^\s*jQuery_jpostal_callback\(\s*([\s\S]*?)\s*\)\s*;?\s*$/;

/**
 * Japan Post's placeholder 町域 mean "no town name follows the city": the address is the city
 * plus a 番地. Left in, they would be pasted into people's addresses. 一円 is such a placeholder
 * too, except in 滋賀県犬上郡多賀町, where 一円 is a real 大字.
 */
export function cleanTown(town: string, city: string): string {
  if (town === '以下に掲載がない場合') return '';
  if (/の次に.*番地.*がくる場合$/.test(town)) return '';
  if (town === '一円' && city !== '犬上郡多賀町') return '';
  return town;
}

/**
 * Towns the source has lost. jquery.jpostal's preprocessing empties a 町域 that Japan Post writes
 * as a range of 地割 (KEN_ALL: 「種市第１地割～第３地割」) or as a list of towns (「甲、乙（…）」,
 * 「井道、奥井道、内井道」), so these codes arrive with no town at all. Checked against Japan
 * Post's KEN_ALL data (住所の郵便番号): eleven 洋野町 codes each lie in the one town 種市; eleven
 * 土庄町 codes each cover the two 大字 甲 and 乙, and one 新城市 code three towns. A code with
 * several towns gets one entry per town, as Japan Post's other multi-town codes do, so the
 * person chooses theirs. Applied only where the source's town is empty and the city matches;
 * anything else fails the build, so a data update that restores or moves a town is noticed
 * rather than overwritten.
 */
const RESTORED: readonly [city: string, towns: readonly string[], codes: string][] = [
  ['九戸郡洋野町', ['種市'], '0287901-0287903 0287911-0287918'],
  ['小豆郡土庄町', ['甲', '乙'], '7614101-7614106 7614111-7614115'],
  ['新城市', ['井道', '奥井道', '内井道'], '4411324'],
];

/** '0287901-0287903 0287911' → each code of the ranges. */
function codesIn(ranges: string): string[] {
  return ranges.split(' ').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(7, '0'));
  });
}

export const TOWNS_THE_SOURCE_DROPPED: Readonly<
  Record<string, { city: string; towns: readonly string[] }>
> = Object.fromEntries(
  RESTORED.flatMap(([city, towns, ranges]) =>
    codesIn(ranges).map((code) => [code, { city, towns }]),
  ),
);

/** The towns of a code: the source's one town, or the towns it lost. */
function restoredTowns(code: string, city: string, town: string): readonly string[] {
  const known = TOWNS_THE_SOURCE_DROPPED[code];
  if (known === undefined) return [town];
  if (town !== '' || city !== known.city) {
    throw new Error(
      `${code}: expected an empty town in ${known.city}, found ${JSON.stringify([city, town])}; ` +
        'update TOWNS_THE_SOURCE_DROPPED',
    );
  }
  return known.towns;
}

// A floor as Japan Post writes it after a building's name: 「１階」, 「地下１階」.
const FLOOR = /^(?:地下)?[０-９]+階$/;

/**
 * Japan Post gives each floor of a large building its own code and writes the floor in
 * parentheses after the building (KEN_ALL: 「東池袋サンシャイン６０（１階）」); jquery.jpostal
 * drops the parentheses, which glues a building name that ends in a digit to the floor:
 * 「東池袋サンシャイン６０１階」 reads as the 601st floor. Where the building itself is one of the
 * city's towns (its 「地階・階層不明」 code), the floor is split off with a space. Names that do
 * not end in a digit read correctly glued (「新宿パークタワー１階」) and are left as they are.
 */
export function separateFloor(town: string, townsOfCity: ReadonlySet<string>): string {
  // The longest building name wins: 「…６０」 rather than 「…６」.
  for (let cut = town.length - 1; cut > 0; cut--) {
    const building = town.slice(0, cut);
    const floor = town.slice(cut);
    if (!FLOOR.test(floor) || !townsOfCity.has(building)) continue;
    return /[０-９0-9]$/.test(building) ? `${building} ${floor}` : town;
  }
  return town;
}

export function readSource(file: string): SourceRow[] {
  const text = readFileSync(join(SOURCE_DIR, file), 'utf8');
  const match = JSONP.exec(text);
  if (!match) throw new Error(`${file}: not the expected jQuery_jpostal_callback(...) wrapper`);
  const rows: unknown = JSON.parse(match[1]!);
  if (!Array.isArray(rows)) throw new Error(`${file}: expected an array of rows`);
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 6 || !row.every((v) => typeof v === 'string')) {
      throw new Error(`${file}: unexpected row ${JSON.stringify(row)}`);
    }
  }
  return rows as SourceRow[];
}

export function buildChunk(prefix: string, rows: readonly SourceRow[]): PostalChunk | null {
  const prefectures: string[] = [];
  const cities: string[] = [];
  const codes: Record<string, PostalRow[]> = {};
  const seen = new Set<string>();
  const indexOf = (list: string[], value: string) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  const codeOf = (key: string) => /^_(\d{7})$/.exec(key)?.[1];
  // Every town of each city in this chunk: the buildings that separateFloor looks for.
  const townsByCity = new Map<string, Set<string>>();
  for (const [key, prefecture, city, town] of rows) {
    const cityKey = `${prefecture}\u0000${city}`;
    if (codeOf(key) === undefined) continue;
    (townsByCity.get(cityKey) ?? townsByCity.set(cityKey, new Set()).get(cityKey)!).add(town);
  }
  for (const [key, prefecture, city, rawTown, street, office] of rows) {
    const code = codeOf(key);
    if (code === undefined || !code.startsWith(prefix) || !prefecture || !city) continue;
    const townsOfCity = townsByCity.get(`${prefecture}\u0000${city}`)!;
    for (const restored of restoredTowns(code, city, cleanTown(rawTown, city))) {
      const town = separateFloor(restored, townsOfCity);
      const row: PostalRow = office
        ? [indexOf(prefectures, prefecture), indexOf(cities, city), town, street, office]
        : [indexOf(prefectures, prefecture), indexOf(cities, city), town];
      const dedupeKey = JSON.stringify([code, row]);
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      (codes[code.slice(3)] ??= []).push(row);
    }
  }
  if (Object.keys(codes).length === 0) return null;
  return { v: CHUNK_FORMAT_VERSION, prefix, prefectures, cities, codes };
}

function stampFor(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  const script = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(ROOT, 'src', 'domain', 'postal', 'lookup.ts')))
    .digest('hex');
  return JSON.stringify({ format: CHUNK_FORMAT_VERSION, source: pkg.version, script });
}

function isUpToDate(stamp: string): boolean {
  try {
    return readFileSync(join(OUT_DIR, STAMP_FILE), 'utf8') === stamp;
  } catch {
    return false;
  }
}

function main(): void {
  const started = performance.now();
  if (!existsSync(SOURCE_DIR)) {
    throw new Error(
      `${SOURCE_DIR} is missing: run npm install (jquery-jpostal-ja provides the data)`,
    );
  }
  const stamp = stampFor();
  if (!process.argv.includes('--force') && isUpToDate(stamp)) {
    console.log('build-postal: public/postal is up to date');
    return;
  }

  // One folder per run: two checkouts sharing node_modules may build at the same time. What an
  // interrupted run left behind is cleared once no process of that id is alive.
  clearStaleRuns();
  const tmpDir = join(TMP_PARENT, String(process.pid));
  mkdirSync(tmpDir, { recursive: true });
  mkdirSync(join(OUT_DIR, '..'), { recursive: true });
  let files = 0;
  let bytes = 0;
  let codes = 0;
  try {
    const sources = readdirSync(SOURCE_DIR)
      .filter((file) => /^\d{3}\.json$/.test(file))
      .sort();
    if (sources.length === 0) throw new Error(`${SOURCE_DIR} holds no NNN.json files`);
    for (const file of sources) {
      const prefix = file.slice(0, 3);
      const chunk = buildChunk(prefix, readSource(file));
      // A prefix with no codes gets no file: the app treats a missing chunk as "not found".
      if (chunk === null) continue;
      // What the app will accept, checked here so a bad build fails now, not in a browser.
      PostalChunkSchema.parse(chunk);
      const json = JSON.stringify(chunk);
      writeFileSync(join(tmpDir, `${prefix}.json`), json);
      files++;
      bytes += Buffer.byteLength(json);
      codes += Object.keys(chunk.codes).length;
    }
    writeFileSync(join(tmpDir, STAMP_FILE), stamp);
    rmSync(OUT_DIR, { recursive: true, force: true });
    renameSync(tmpDir, OUT_DIR);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const ms = Math.round(performance.now() - started);
  const mb = (bytes / 1024 / 1024).toFixed(1);
  console.log(`build-postal: ${codes} codes in ${files} chunks, ${mb} MB, ${ms} ms`);
}

// Importable by tests without building anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
