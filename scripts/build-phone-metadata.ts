/**
 * Builds Japan's telephone numbering-plan metadata for libphonenumber-js: the country JP (and
 * its calling code 81) cut out of node_modules/libphonenumber-js/metadata.max.json →
 * src/domain/request/phone-metadata.jp.json, in the structure the library's `/core` functions
 * accept. The form then validates and formats numbers with `libphonenumber-js/core` and this
 * file, so the app never carries the world's metadata (~150 KB) for a form that only takes
 * Japanese numbers. "max" because only it has the patterns of each number type (mobile, pager,
 * …), which decide what a FAX number may be.
 *
 * The output is committed (it is small and reviewable: an upgrade of the pinned library shows as
 * a diff of Japan's numbering plan) and rewritten by every `npm run assets`; a unit test fails
 * when it is not what this script makes from the installed library.
 *
 * Usage: tsx scripts/build-phone-metadata.ts [--check]
 *   --check: exit 1, writing nothing, when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'node_modules', 'libphonenumber-js', 'metadata.max.json');
export const PHONE_METADATA_FILE = join(ROOT, 'src', 'domain', 'request', 'phone-metadata.jp.json');

interface FullMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
}

/** Japan's part of the library's full metadata, as the JSON text to write. */
export async function japanMetadataJson(): Promise<string> {
  const full = JSON.parse(readFileSync(SOURCE, 'utf8')) as FullMetadata;
  if (JSON.stringify(full.country_calling_codes['81']) !== '["JP"]' || !full.countries.JP) {
    throw new Error(`${SOURCE}: calling code 81 is no longer exactly JP`);
  }
  // No nonGeographic entries: they are for +800, +808, … , never dialled as a Japanese number.
  const japan = {
    version: full.version,
    country_calling_codes: { '81': ['JP'] },
    countries: { JP: full.countries.JP },
  };
  // Formatted as `prettier --check .` expects, so the committed file never fails the lint.
  const options = (await resolveConfig(PHONE_METADATA_FILE)) ?? {};
  return format(JSON.stringify(japan), { ...options, filepath: PHONE_METADATA_FILE });
}

async function main(): Promise<void> {
  const json = await japanMetadataJson();
  let current = '';
  try {
    current = readFileSync(PHONE_METADATA_FILE, 'utf8');
  } catch {
    // Not there yet: written below.
  }
  if (current === json) {
    console.log('build-phone-metadata: src/domain/request/phone-metadata.jp.json is up to date');
    return;
  }
  if (process.argv.includes('--check')) {
    console.error(
      'build-phone-metadata: phone-metadata.jp.json is out of date: run npm run assets',
    );
    process.exit(1);
  }
  writeFileSync(PHONE_METADATA_FILE, json);
  console.log(`build-phone-metadata: wrote Japan's metadata (${Buffer.byteLength(json)} bytes)`);
}

// Importable by tests without writing anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
