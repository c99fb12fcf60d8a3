import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
} from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { CHOICES } from '../../../src/domain/request/fields';
import type { Request } from '../../../src/domain/request/schema';
import { toUnicodeCMap } from '../../../src/features/request-pdf/font-engine';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { PDF_TITLE, renderRequestPdf, valuesOf } from '../../../src/features/request-pdf/render';
import { poppler } from '../../support/poppler';
import { RARE_KANJI_REQUEST } from '../../support/requests';

/*
 * Issue 15, part 4: the PDF as the PDF specification asks (ToUnicode CMaps in blocks of at most
 * 100, subset tags, a title shown in the title bar), and its text as four extractors read it:
 * Ghostscript (txtwrite), poppler (pdftotext), MuPDF (mutool) and pdf.js.
 */

/** Every procedure chosen, so each ring is on the page. */
const RARE: Request = { ...RARE_KANJI_REQUEST, procedures: [...CHOICES.procedures] };

type Name = 'example' | 'rare' | 'rare-fillable' | 'rare-full' | 'blank';
const dir = mkdtempSync(join(tmpdir(), 'pdf-standards-'));
const pdfs = {} as Record<Name, Uint8Array>;
const files = {} as Record<Name, string>;

beforeAll(async () => {
  const fonts = await loadNodeFonts();
  const renders: [Name, Request | null, { fillable?: boolean; subset?: boolean }][] = [
    ['example', REQUEST_EXAMPLE, {}],
    ['rare', RARE, {}],
    ['rare-fillable', RARE, { fillable: true }],
    ['rare-full', RARE, { subset: false }],
    ['blank', null, {}],
  ];
  for (const [name, request, options] of renders) {
    pdfs[name] = await renderRequestPdf(request, fonts, options);
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name], pdfs[name]);
  }
}, 60_000);

/** Type0 font dictionaries of the document. */
async function type0Fonts(pdf: Uint8Array): Promise<{ doc: PDFDocument; font: PDFDict }[]> {
  const doc = await PDFDocument.load(pdf);
  const out: { doc: PDFDocument; font: PDFDict }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0')) {
      out.push({ doc, font: object });
    }
  }
  return out;
}

function cmapOf(doc: PDFDocument, font: PDFDict): string {
  const stream = doc.context.lookup(font.get(PDFName.of('ToUnicode')));
  if (!(stream instanceof PDFRawStream)) throw new Error('no ToUnicode stream');
  return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
}

describe('the PDF as the specification asks', () => {
  test('a CMap is written in blocks of at most 100', () => {
    const entries = Array.from(
      { length: 236 },
      (_, i) => [i.toString(16).padStart(4, '0'), (0x4e00 + i).toString(16)] as const,
    );
    const cmap = toUnicodeCMap(entries);
    expect([...cmap.matchAll(/(\d+) beginbfchar/g)].map((m) => Number(m[1]))).toEqual([
      100, 100, 36,
    ]);
    expect(cmap.match(/^<[0-9a-f]{4}> <[0-9a-f]+>$/gm)).toHaveLength(236);
  });

  test.each(['example', 'rare', 'rare-fillable', 'rare-full', 'blank'] as const)(
    '%s: every ToUnicode CMap keeps to blocks of at most 100 entries',
    async (name) => {
      const fonts = await type0Fonts(pdfs[name]);
      expect(fonts.length).toBeGreaterThan(0);
      for (const { doc, font } of fonts) {
        const cmap = cmapOf(doc, font);
        const blocks = [...cmap.matchAll(/(\d+) beginbfchar\n([\s\S]*?)\nendbfchar/g)];
        expect(blocks.length).toBeGreaterThan(0);
        let entries = 0;
        for (const [, count, body] of blocks) {
          const lines = body!.split('\n');
          expect(Number(count)).toBe(lines.length);
          expect(lines.length).toBeLessThanOrEqual(100); // Adobe TN 5014, which ISO 32000-1 (9.10.3) refers to
          entries += lines.length;
        }
        // No mapping outside a block (the code space range aside).
        const mappings = cmap.replace(/begincodespacerange[\s\S]*?endcodespacerange/, '');
        expect(mappings.match(/^<[0-9a-fA-F]+> <[0-9a-fA-F]+>$/gm)).toHaveLength(entries);
      }
    },
  );

  test.each(['example', 'rare', 'rare-fillable', 'blank'] as const)(
    '%s: embedded subsets are named with a subset tag (ABCDEF+)',
    async (name) => {
      for (const { doc, font } of await type0Fonts(pdfs[name])) {
        const base = font.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
        expect(base).toMatch(/^[A-Z]{6}\+(BIZUDGothic|NotoSansJP)-Regular$/);
        const [descendant] = font.lookup(PDFName.of('DescendantFonts'), PDFArray).asArray();
        const cid = doc.context.lookup(descendant, PDFDict);
        expect(cid.lookup(PDFName.of('BaseFont'), PDFName).decodeText()).toBe(base);
        const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
        expect(descriptor.lookup(PDFName.of('FontName'), PDFName).decodeText()).toBe(base);
      }
      // pdffonts agrees: subset "yes", with a ToUnicode map.
      const list = poppler('pdffonts', [files[name]]).toString('utf8');
      for (const line of list.split('\n').slice(2).filter(Boolean)) {
        expect(line).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      }
    },
  );

  test('whole fonts (no subset) carry no subset tag', async () => {
    for (const { font } of await type0Fonts(pdfs['rare-full'])) {
      expect(font.lookup(PDFName.of('BaseFont'), PDFName).decodeText()).toMatch(
        /^(BIZUDGothic|NotoSansJP)-Regular$/,
      );
    }
  });

  test('the same request gives the same subset tags', async () => {
    const again = await renderRequestPdf(RARE, await loadNodeFonts());
    const tags = async (pdf: Uint8Array) =>
      (await type0Fonts(pdf)).map(({ font }) => font.get(PDFName.of('BaseFont'))?.toString());
    expect(await tags(again)).toEqual(await tags(pdfs.rare));
  });

  test.each(['example', 'rare-fillable', 'blank'] as const)(
    '%s: the document title is shown in the title bar',
    async (name) => {
      const doc = await PDFDocument.load(pdfs[name]);
      expect(doc.getTitle()).toBe(PDF_TITLE);
      const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
      expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
      expect(poppler('pdfinfo', [files[name]]).toString('utf8')).toContain(
        `Title:           ${PDF_TITLE}`,
      );
      const lang = doc.catalog.lookup(PDFName.of('Lang'));
      expect(lang instanceof PDFHexString ? lang.decodeText() : lang?.toString()).toMatch(/ja-JP/);
    },
  );
});

/** Text as four extractors read it. */
const EXTRACTORS: Record<string, (name: Name) => string | Promise<string>> = {
  'Ghostscript txtwrite': (name) =>
    execFileSync(
      'gs',
      ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=txtwrite', '-sOutputFile=-', files[name]],
      { encoding: 'utf8' },
    ),
  'poppler pdftotext': (name) => poppler('pdftotext', [files[name], '-']).toString('utf8'),
  'MuPDF mutool draw -F txt': (name) =>
    execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', files[name]], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  'pdf.js getTextContent': async (name) => {
    const doc = await getDocument({ data: pdfs[name].slice(), verbosity: 0 }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
  },
};

const compact = (text: string) => text.replace(/\s+/g, '');

/*
 * Ghostscript 10.00 (Debian 12) writes a character outside the Basic Multilingual Plane, such as
 * 𠮷, wrongly however the CMap maps it (the other three read it from the same CMap): for it, the
 * parts of a value around such a character must each come out whole.
 */
const outsideBmp = /[\u{10000}-\u{10FFFF}]/u;

describe.each(Object.keys(EXTRACTORS))('text extracted by %s', (extractor) => {
  test.each(['example', 'rare'] as const)('%s: every printed value and label', async (name) => {
    const text = compact(await EXTRACTORS[extractor]!(name));
    expect(text).toContain('マスターユーザー削除・電子証明書失効等依頼書');
    expect(text).toContain('中央労働金庫御中');
    expect(text).toContain('045-476-1189');
    const values = Object.values(valuesOf(name === 'rare' ? RARE : REQUEST_EXAMPLE)).filter(
      (v) => v !== '',
    );
    for (const value of values) {
      const wanted = compact(value);
      if (extractor.startsWith('Ghostscript') && outsideBmp.test(wanted)) {
        for (const part of wanted.split(new RegExp(outsideBmp.source, 'gu')).filter(Boolean)) {
          expect(text).toContain(part);
        }
      } else expect(text).toContain(wanted);
    }
  });
});
