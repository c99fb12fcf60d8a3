/**
 * What tagging the print/FAX PDF (PDF/UA's marked content and structure tree) would cost: a
 * measurement for docs/decisions/0015-pdf-standards-and-editing.md, not a feature. It tags a
 * rendered PDF after the fact, minimally: every text object becomes a /P with an MCID, every
 * line and mark an /Artifact, one /Document holds them in page order, and the catalogue gets
 * /MarkInfo, /StructTreeRoot and an XMP packet with the PDF/UA identifier. A conforming PDF/UA
 * file needs more than this (a /Table of /TR and /TD for the form's grid, headings, and the
 * circles and ticks described), so the figures are a lower bound.
 *
 *   npx tsx scripts/pdf-tagging-cost.ts [runs]
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFContext,
} from 'pdf-lib';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { loadNodeFonts } from '../src/features/request-pdf/fonts-node';
import { PDF_TITLE, renderRequestPdf } from '../src/features/request-pdf/render';

const RUNS = Number(process.argv[2] ?? 20);

function xmp(title: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="ja-JP">${title}</rdf:li></rdf:Alt></dc:title>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The page's content with text objects marked as /P (MCID n) and everything else as artifacts. */
function markContent(content: string): { marked: string; count: number } {
  let count = 0;
  const parts = content.split(/(BT[\s\S]*?ET)/);
  const marked = parts
    .map((part, i) => {
      if (i % 2 === 1) return `/P <</MCID ${count++}>> BDC\n${part}\nEMC`;
      return part.trim() === '' ? part : `/Artifact BMC\n${part}\nEMC`;
    })
    .join('\n');
  return { marked, count };
}

async function tag(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const context: PDFContext = doc.context;
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => context.lookup(ref))
      : [contents];
  const text = streams
    .map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode()))
    .join('\n');
  const { marked, count } = markContent(text);
  page.node.set(
    PDFName.of('Contents'),
    context.register(context.flateStream(new TextEncoder().encode(marked))),
  );
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));

  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const elements: PDFRef[] = [];
  for (let mcid = 0; mcid < count; mcid++) {
    elements.push(
      context.register(
        context.obj({ Type: 'StructElem', S: 'P', P: documentRef, Pg: page.ref, K: mcid }),
      ),
    );
  }
  context.assign(
    documentRef,
    context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: elements }),
  );
  const parentTree = context.obj({ Nums: [0, elements] });
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: parentTree,
      ParentTreeNextKey: 1,
    }),
  );
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const metadata = context.stream(xmp(PDF_TITLE), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(metadata));
  if (!(doc.catalog.lookup(PDFName.of('ViewerPreferences')) instanceof PDFDict)) {
    throw new Error('expected DisplayDocTitle in the viewer preferences');
  }
  return doc.save({ objectsPerTick: Infinity });
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

async function main(): Promise<void> {
  const fonts = await loadNodeFonts();
  const rendered = await renderRequestPdf(REQUEST_EXAMPLE, fonts);
  // Both through the same load and save, so the difference is the tagging alone.
  const plain = await (await PDFDocument.load(rendered)).save({ objectsPerTick: Infinity });
  const tagged = await tag(rendered);
  const render = await median(() => renderRequestPdf(REQUEST_EXAMPLE, fonts));
  const resave = await median(async () =>
    (await PDFDocument.load(rendered)).save({ objectsPerTick: Infinity }),
  );
  const tagging = (await median(() => tag(rendered))) - resave;
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`${RUNS} runs, Node ${process.version}`);
  console.log(
    `print/FAX PDF (記入例): ${kb(rendered.length)} KB as rendered, ${kb(plain.length)} KB re-saved; render median ${render.toFixed(1)} ms`,
  );
  const extra = tagged.length - plain.length;
  console.log(
    `minimal tagging: +${kb(extra)} KB (${((100 * extra) / plain.length).toFixed(0)} %), +${tagging.toFixed(1)} ms (median, beyond a load and save)`,
  );
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.TAGGED_OUT ?? '/dev/null', tagged);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
