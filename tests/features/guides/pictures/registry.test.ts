import { describe, expect, test } from 'vitest';
import { PROCEDURES, type Step, type Variant } from '../../../../src/content/procedures';
import {
  CATALOG,
  PICTURE_MODULES,
  groupOf,
  isKnownPicture,
  type PictureGroup,
} from '../../../../src/features/guides/pictures';

const ALL_STEPS = Object.values(PROCEDURES).flatMap((p) => p.steps);
const variantsOf = (s: Step): readonly Variant[] => [
  ...s.variants,
  ...s.tips.flatMap((t) => t.variants),
];
const picturesOf = (s: Step): string[] => [
  ...(s.picture ? [s.picture] : []),
  ...variantsOf(s).flatMap((v) => (v.picture ? [v.picture] : [])),
];
const byId = (id: string): Step => {
  const found = ALL_STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

/**
 * Every step the guide showed a screenshot for (its captions and the gaps the lost pictures left
 * in the seed's text), with how many pictures it has: one common to all, or one per variant.
 * 2. ブラウザの設定 ①–⑧ with ア–ウ and the 【「ブロック済み」を「許可済み」…】 screen; 3. ①–⑪ with
 * the Windows 10 / 11 screens of ① (and its 入力例 and ワンポイント) and ③; 4. ①–④, ⑧–⑮ with
 * the Edge / IE mode screens of ③ and ⑨ (⑤–⑦ had none). 1. 従来の電子証明書の確認 had none in
 * the guide, but issue 8 covers its certificate store (コンテンツ → 証明書 → 個人).
 */
const PICTURED: Readonly<Record<string, number>> = {
  'old-certificate.open-personal': 1,
  'old-certificate.delete': 1,
  'edge.open-settings': 1,
  'edge.site-permissions': 1,
  'edge.cookies': 1,
  'edge.cookies-allow': 1,
  'edge.cookies-back': 1,
  'edge.javascript': 1,
  'edge.javascript-allow': 1,
  'edge.popups': 1,
  'edge.popups-add': 1,
  'edge.popups-url': 1,
  'edge.popups-added': 1,
  'edge.downloads': 1,
  'internet-options.open': 5,
  'internet-options.privacy': 1,
  'internet-options.popup-settings': 2,
  'internet-options.popup-add': 1,
  'internet-options.popup-close': 1,
  'internet-options.security': 1,
  'internet-options.trusted-zone': 1,
  'internet-options.trusted-sites': 1,
  'internet-options.trusted-add': 1,
  'internet-options.trusted-close': 1,
  'internet-options.ok': 1,
  'certificate.open-service': 1,
  'certificate.login-start': 1,
  'certificate.cancel-dialog': 3,
  'certificate.issue-button': 1,
  'certificate.issuing': 1,
  'certificate.result': 4,
  'certificate.import-store': 1,
  'certificate.import-file': 1,
  'certificate.import-password': 1,
  'certificate.import-auto-store': 1,
  'certificate.import-finish': 1,
  'certificate.security-warning': 1,
  'certificate.import-done': 1,
  'certificate.close': 1,
};

/** Steps with only words in the guide. */
const NOT_PICTURED = [
  'old-certificate.open-options',
  // IE mode's separate manual: a booklet of its own.
  'edge.ie-mode-manual',
  'certificate.login',
  'certificate.auth-code',
  'certificate.issue',
];

const referenced = ALL_STEPS.flatMap(picturesOf);

describe('the content and the pictures match', () => {
  test.each(Object.entries(PICTURED))('%s has %i picture(s)', (id, count) => {
    expect(picturesOf(byId(id))).toHaveLength(count);
  });

  test('a variant of a pictured step with no words of its own has a picture', () => {
    for (const id of Object.keys(PICTURED)) {
      for (const v of variantsOf(byId(id))) {
        expect(v.text !== undefined || v.picture !== undefined, `${id}: ${v.heading}`).toBe(true);
      }
    }
  });

  test('the steps of tasks 4–7 are all listed above, pictured or not', () => {
    const listed = new Set([...Object.keys(PICTURED), ...NOT_PICTURED]);
    const steps = (['old-certificate', 'edge', 'internet-options', 'certificate'] as const).flatMap(
      (task) => PROCEDURES[task].steps.map((s) => s.id),
    );
    expect(steps.filter((id) => !listed.has(id))).toEqual([]);
    for (const id of NOT_PICTURED) expect(picturesOf(byId(id))).toEqual([]);
  });

  test('every picture id in the content is in the registry', () => {
    expect(referenced.filter((id) => !isKnownPicture(id))).toEqual([]);
  });

  test('every picture of the registry is used, once', () => {
    expect([...referenced].sort()).toEqual(Object.keys(CATALOG).sort());
  });

  test('a picture belongs to the task of its step', () => {
    for (const p of Object.values(PROCEDURES)) {
      for (const id of p.steps.flatMap(picturesOf)) {
        expect(isKnownPicture(id) && groupOf(id), id).toBe(p.task);
      }
    }
  });
});

describe('the registry', () => {
  test.each(Object.keys(PICTURE_MODULES) as PictureGroup[])(
    'the %s module draws exactly its pictures',
    async (group) => {
      const { DRAWINGS } = await PICTURE_MODULES[group]();
      const ids = Object.keys(CATALOG).filter((id) => isKnownPicture(id) && groupOf(id) === group);
      expect(Object.keys(DRAWINGS).sort()).toEqual(ids.sort());
    },
  );

  test.each(Object.entries(CATALOG))('%s: the text alternative says what to do', (_, info) => {
    expect(info.alt).toMatch(/(ます|ください)。$/);
    for (const target of info.targets) expect(info.alt).toContain(target);
    // The red frames are numbered ①, ②, … in the order the text names them.
    const numbers = [...info.alt.matchAll(/赤枠([①-⑨])/g)].map((m) => m[1]);
    expect(numbers).toEqual(['①', '②', '③', '④', '⑤'].slice(0, numbers.length));
    expect(numbers.length).toBeGreaterThan(0);
    expect(info.caption.length).toBeGreaterThan(0);
  });
});
