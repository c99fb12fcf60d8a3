/**
 * Rules checked over the whole postal data set, built in memory from jquery-jpostal-ja exactly
 * as scripts/build-postal.ts writes public/postal/ (so no generated file is needed).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  TOWNS_THE_SOURCE_DROPPED,
  buildChunk,
  readSource,
  separateFloor,
} from '../../../scripts/build-postal';
import type { PostalChunk } from '../../../src/domain/postal/lookup';

const SOURCE_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  'jquery-jpostal-ja',
  'json',
);

interface Entry {
  code: string;
  prefecture: string;
  city: string;
  town: string;
  /** A 事業所 (business) code's name; '' for an area. */
  office: string;
}

function everyEntry(): Entry[] {
  const entries: Entry[] = [];
  for (const file of readdirSync(SOURCE_DIR).filter((f) => /^\d{3}\.json$/.test(f))) {
    const chunk: PostalChunk | null = buildChunk(file.slice(0, 3), readSource(file));
    if (chunk === null) continue;
    for (const [suffix, rows] of Object.entries(chunk.codes)) {
      for (const row of rows) {
        entries.push({
          code: chunk.prefix + suffix,
          prefecture: chunk.prefectures[row[0]]!,
          city: chunk.cities[row[1]]!,
          town: row[2],
          office: row[4] ?? '',
        });
      }
    }
  }
  return entries;
}

const ENTRIES = everyEntry();
const OFFICE_CODES = new Set(ENTRIES.filter((e) => e.office !== '').map((e) => e.code));
const byCode = (code: string) => ENTRIES.filter((e) => e.code === code).map((e) => e.town);

describe('floors of a building', () => {
  test('サンシャイン６０ floors are written as Japan Post writes them', () => {
    expect(byCode('1706001')).toEqual(['東池袋サンシャイン６０ １階']);
    expect(byCode('1706060')).toEqual(['東池袋サンシャイン６０ ６０階']);
    // The building's own code (地階・階層不明) is unchanged.
    expect(byCode('1706090')).toEqual(['東池袋サンシャイン６０']);
  });

  test('a building whose name does not end in a digit keeps its floors as they were', () => {
    expect(byCode('1630201')).toEqual(['西新宿新宿住友ビル１階']);
  });

  test('nowhere in the data is a floor glued to a building name that ends in a digit', () => {
    const townsByCity = new Map<string, Set<string>>();
    for (const e of ENTRIES) {
      const key = `${e.prefecture}${e.city}`;
      (townsByCity.get(key) ?? townsByCity.set(key, new Set()).get(key)!).add(e.town);
    }
    const glued = ENTRIES.filter((e) => {
      const towns = townsByCity.get(`${e.prefecture}${e.city}`)!;
      return [...towns].some(
        (building) =>
          /[０-９]$/.test(building) &&
          e.town.startsWith(building) &&
          /^(?:地下)?[０-９]+階$/.test(e.town.slice(building.length)),
      );
    });
    expect(glued).toEqual([]);
    const separated = ENTRIES.filter((e) => /[０-９] (?:地下)?[０-９]+階$/.test(e.town));
    expect(separated).toHaveLength(60);
  });

  test.each([
    ['東池袋サンシャイン６０１階', '東池袋サンシャイン６０ １階'],
    ['東池袋サンシャイン６０地下１階', '東池袋サンシャイン６０ 地下１階'],
    ['東池袋サンシャイン６０', '東池袋サンシャイン６０'],
    // Without the building among the city's towns, where its name ends is unknown.
    ['西池袋ビル３１階', '西池袋ビル３１階'],
    ['新宿パークタワー１階', '新宿パークタワー１階'],
  ])('separateFloor(%j) → %j', (town, expected) => {
    const towns = new Set(['東池袋サンシャイン６０', '東池袋サンシャイン', '新宿パークタワー']);
    expect(separateFloor(town, towns)).toBe(expected);
  });
});

describe('towns the source lost', () => {
  const PREFECTURES: Record<string, string> = {
    九戸郡洋野町: '岩手県',
    小豆郡土庄町: '香川県',
    新城市: '愛知県',
  };

  test('each restored code has its towns, one entry per town', () => {
    for (const [code, { city, towns }] of Object.entries(TOWNS_THE_SOURCE_DROPPED)) {
      expect(ENTRIES.filter((e) => e.code === code)).toEqual(
        towns.map((town) => ({ code, prefecture: PREFECTURES[city], city, town, office: '' })),
      );
    }
    expect(Object.keys(TOWNS_THE_SOURCE_DROPPED)).toHaveLength(23);
  });

  test.each([
    ['0287901', ['種市']],
    ['0287918', ['種市']],
    ['7614101', ['甲', '乙']],
    ['7614115', ['甲', '乙']],
    ['4411324', ['井道', '奥井道', '内井道']],
    // Their 以下に掲載がない場合 codes stay empty.
    ['0287900', ['']],
    ['7614100', ['']],
    ['4411300', ['']],
  ])('%s → %j', (code, towns) => {
    expect(byCode(code)).toEqual(towns);
  });

  // Over the whole data set: an area code with no town is a code for a whole city (Japan Post's
  // 以下に掲載がない場合, the codes ending in 00) or, checked against KEN_ALL, one of 43 codes whose
  // town is a placeholder (利島村一円, 岡谷市の次に番地がくる場合) or the city's own name. Any
  // other empty town is a lost one.
  test('every other area code has a town', () => {
    const townless = ENTRIES.filter((e) => e.town === '' && !e.code.endsWith('00'));
    const areas = townless.filter((e) => !OFFICE_CODES.has(e.code));
    expect(areas).toHaveLength(43);
    expect(areas.filter((e) => e.code in TOWNS_THE_SOURCE_DROPPED)).toEqual([]);
  });

  test('no placeholder town reaches the data', () => {
    const placeholders = ENTRIES.filter((e) =>
      /以下に掲載がない場合|の次に.*番地.*がくる場合|^一円$/.test(e.town),
    ).filter((e) => !(e.town === '一円' && e.city === '犬上郡多賀町'));
    expect(placeholders).toEqual([]);
  });
});
