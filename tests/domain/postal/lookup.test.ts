import { describe, expect, test } from 'vitest';
import { buildChunk, cleanTown, readSource } from '../../../scripts/build-postal';
import {
  CHUNK_FORMAT_VERSION,
  addressesFor,
  chunkPrefix,
  parseChunk,
  type PostalChunk,
} from '../../../src/domain/postal/lookup';

// Chunks built in memory from the real data (jquery-jpostal-ja), exactly as the build script
// writes them, so these tests do not depend on public/postal having been generated.
function realChunk(prefix: string): PostalChunk {
  const chunk = buildChunk(prefix, readSource(`${prefix}.json`));
  if (chunk === null) throw new Error(`no data for ${prefix}`);
  const parsed = parseChunk(JSON.stringify(chunk));
  if (parsed.kind !== 'chunk') throw new Error(`chunk ${prefix} does not validate`);
  return parsed.chunk;
}

const SMALL: PostalChunk = {
  v: CHUNK_FORMAT_VERSION,
  prefix: '999',
  prefectures: ['東京都'],
  cities: ['千代田区'],
  codes: { '9999': [[0, 0, '神田駿河台']] },
};

describe('real data', () => {
  test('100-0001 is 東京都千代田区千代田', () => {
    expect(addressesFor(realChunk('100'), '100-0001')).toEqual([
      { prefecture: '東京都', city: '千代田区', town: '千代田', full: '東京都千代田区千代田' },
    ]);
  });

  test('452-0961 stands for 66 towns in 清須市, all kept', () => {
    const options = addressesFor(realChunk('452'), '4520961');
    expect(options).toHaveLength(66);
    expect(new Set(options.map((o) => o.full)).size).toBe(66);
    expect(options.every((o) => o.prefecture === '愛知県' && o.city === '清須市')).toBe(true);
    expect(options[0]).toEqual({
      prefecture: '愛知県',
      city: '清須市',
      town: '春日明河原',
      full: '愛知県清須市春日明河原',
    });
  });

  test('498-0000 spans two prefectures', () => {
    expect(addressesFor(realChunk('498'), '498-0000').map((o) => o.full)).toEqual([
      '愛知県弥富市',
      '三重県桑名郡木曽岬町',
    ]);
  });

  test('a 事業所 code (100-8111 宮内庁) carries its street and name', () => {
    expect(addressesFor(realChunk('100'), '100-8111')).toEqual([
      {
        prefecture: '東京都',
        city: '千代田区',
        town: '千代田１－１',
        full: '東京都千代田区千代田１－１',
        office: '宮内庁',
      },
    ]);
  });

  test('a code for a whole city has an empty town', () => {
    expect(addressesFor(realChunk('100'), '100-0000')).toEqual([
      { prefecture: '東京都', city: '千代田区', town: '', full: '東京都千代田区' },
    ]);
  });

  test('placeholder towns become empty (409-0211, 766-0001)', () => {
    expect(addressesFor(realChunk('409'), '409-0211')[0]!.town).toBe('');
    expect(addressesFor(realChunk('766'), '766-0001')[0]!.town).toBe('');
  });

  test('多賀町一円 is a real 大字 and stays', () => {
    expect(addressesFor(realChunk('522'), '522-0317')[0]!.full).toBe('滋賀県犬上郡多賀町一円');
  });

  test('an unknown code in a known chunk gives no options', () => {
    expect(addressesFor(realChunk('100'), '100-0009')).toEqual([]);
  });

  test('prefixes without codes produce no chunk', () => {
    expect(buildChunk('008', readSource('008.json'))).toBe(null);
  });

  test("the plugin's own rows (_000info, _NNN defaults) are not codes", () => {
    const chunk = realChunk('100');
    expect(Object.keys(chunk.codes).every((k) => /^\d{4}$/.test(k))).toBe(true);
    expect(buildChunk('000', readSource('000.json'))).toBe(null);
  });
});

describe('cleanTown', () => {
  test.each([
    ['以下に掲載がない場合', '千代田区', ''],
    ['小菅村の次に６６４番地以降がくる場合', '北都留郡小菅村', ''],
    ['琴平町の次に番地がくる場合', '仲多度郡琴平町', ''],
    ['一円', '某郡某町', ''],
    ['一円', '犬上郡多賀町', '一円'],
    ['千代田', '千代田区', '千代田'],
    ['', '千代田区', ''],
  ])('%s (%s) → %j', (town, city, expected) => {
    expect(cleanTown(town, city)).toBe(expected);
  });
});

describe('parseChunk', () => {
  test.each([
    ['index.html from a dev server', '<!doctype html><html lang="ja"><body></body></html>'],
    ['an empty body', ''],
    ['truncated JSON', '{"v":1,"prefix":"100","pre'],
    ['JSONP as in the source package', 'jQuery_jpostal_callback([]);'],
  ])('%s is not JSON', (_name, text) => {
    expect(parseChunk(text)).toEqual({ kind: 'not-json' });
  });

  test.each([
    ['null', null],
    ['an array', []],
    ['another format version', { ...SMALL, v: 2 }],
    ['a bad prefix', { ...SMALL, prefix: '99' }],
    ['a bad code key', { ...SMALL, codes: { '99999': [[0, 0, '']] } }],
    ['a prefecture index out of range', { ...SMALL, codes: { '9999': [[1, 0, '']] } }],
    ['a city index out of range', { ...SMALL, codes: { '9999': [[0, 5, '']] } }],
    ['a negative index', { ...SMALL, codes: { '9999': [[-1, 0, '']] } }],
    ['a row of the wrong length', { ...SMALL, codes: { '9999': [[0, 0, 'a', 'b']] } }],
    ['a code with no rows', { ...SMALL, codes: { '9999': [] } }],
    ['a number as town', { ...SMALL, codes: { '9999': [[0, 0, 1]] } }],
  ])('%s is invalid', (_name, json) => {
    expect(parseChunk(JSON.stringify(json))).toEqual({ kind: 'invalid' });
  });

  test('a valid chunk', () => {
    expect(parseChunk(JSON.stringify(SMALL))).toEqual({ kind: 'chunk', chunk: SMALL });
  });
});

describe('addressesFor and chunkPrefix', () => {
  test.each([
    ['999-9999', 1],
    ['9999999', 1],
    ['999-999', 0],
    ['abc', 0],
    ['', 0],
    ['100-0001', 0], // another chunk's code
  ])('%j → %i options', (code, count) => {
    expect(addressesFor(SMALL, code)).toHaveLength(count);
  });

  test('keys such as __proto__ never reach the prototype', () => {
    expect(addressesFor({ ...SMALL, codes: {} }, '999-0000')).toEqual([]);
    expect(addressesFor(SMALL, '999__proto__')).toEqual([]);
  });

  test('duplicate rows are offered once', () => {
    const chunk: PostalChunk = {
      ...SMALL,
      codes: {
        '9999': [
          [0, 0, 'A'],
          [0, 0, 'A'],
          [0, 0, 'B'],
        ],
      },
    };
    expect(addressesFor(chunk, '999-9999').map((o) => o.town)).toEqual(['A', 'B']);
  });

  test.each([
    ['100-0001', '100'],
    ['1000001', '100'],
    ['100-000', null],
    ['', null],
  ])('chunkPrefix(%j) → %j', (code, prefix) => {
    expect(chunkPrefix(code)).toBe(prefix);
  });
});
