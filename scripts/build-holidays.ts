/**
 * Builds Japan's national holidays for the call estimate (src/domain/calendar/holidays.jp.json)
 * from the pinned @holiday-jp/holiday_jp package: every date with its name, and the years the
 * data covers. The app needs nothing else of the package (its full module with English names and
 * weekdays is ~230 KB).
 *
 * The output is committed (small and reviewable: an upgrade of the pinned package shows as a diff
 * of the holidays) and rewritten by every `npm run assets`; a unit test fails when it is not what
 * this script makes from the installed package.
 *
 * Usage: tsx scripts/build-holidays.ts [--check]
 *   --check: exit 1, writing nothing, when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = '@holiday-jp/holiday_jp';
export const HOLIDAYS_FILE = join(ROOT, 'src', 'domain', 'calendar', 'holidays.jp.json');

interface PackageHoliday {
  date: string;
  name: string;
}

/** The holidays as the JSON text to write. */
export async function holidaysJson(): Promise<string> {
  const require = createRequire(join(ROOT, 'package.json'));
  const version = (
    JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as {
      version: string;
    }
  ).version;
  const all = require(`${PACKAGE}/lib/holidays.js`) as Record<string, PackageHoliday>;
  const dates = Object.keys(all).sort();
  for (const date of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || all[date]?.date !== date || !all[date].name) {
      throw new Error(`${PACKAGE}: unexpected entry ${date}`);
    }
  }
  const years = dates.map((date) => Number(date.slice(0, 4)));
  const data = {
    source: `${PACKAGE} ${version}`,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    holidays: Object.fromEntries(dates.map((date) => [date, all[date]!.name])),
  };
  // Formatted as `prettier --check .` expects, so the committed file never fails the lint.
  const options = (await resolveConfig(HOLIDAYS_FILE)) ?? {};
  return format(JSON.stringify(data), { ...options, filepath: HOLIDAYS_FILE });
}

async function main(): Promise<void> {
  const json = await holidaysJson();
  let current = '';
  try {
    current = readFileSync(HOLIDAYS_FILE, 'utf8');
  } catch {
    // Not there yet: written below.
  }
  if (current === json) {
    console.log('build-holidays: src/domain/calendar/holidays.jp.json is up to date');
    return;
  }
  if (process.argv.includes('--check')) {
    console.error('build-holidays: holidays.jp.json is out of date: run npm run assets');
    process.exit(1);
  }
  writeFileSync(HOLIDAYS_FILE, json);
  console.log(`build-holidays: wrote Japan's holidays (${Buffer.byteLength(json)} bytes)`);
}

// Importable by tests without writing anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
