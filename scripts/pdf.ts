/**
 * Render the request form to a PDF file: the print/FAX PDF, or with --fillable the PDF whose
 * values are form fields.
 *   npx tsx scripts/pdf.ts [--fillable] <request.json> <out.pdf>
 *   npx tsx scripts/pdf.ts --blank <out.pdf>
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { RequestSchema, type Request } from '../src/domain/request/schema';
import { renderRequestPdf } from '../src/features/request-pdf/render';
import { loadNodeFonts } from '../src/features/request-pdf/fonts-node';

// zod/mini ships without messages ("Invalid input"); the CLI wants them spelled out.
z.config(en());

const USAGE =
  'Usage: tsx scripts/pdf.ts [--fillable] <request.json> <out.pdf>\n       tsx scripts/pdf.ts --blank <out.pdf>';

async function readRequest(path: string): Promise<Request> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path} as JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = RequestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${path} is not a valid request:\n${issues}`);
  }
  return parsed.data;
}

async function main(all: string[]): Promise<void> {
  const fillable = all.includes('--fillable');
  const args = all.filter((arg) => arg !== '--fillable');
  const [first, second, ...rest] = args;
  if (!first || !second || rest.length > 0) throw new Error(USAGE);
  const request = first === '--blank' ? null : await readRequest(first);
  const pdf = await renderRequestPdf(request, await loadNodeFonts(), { fillable });
  await writeFile(second, pdf);
  console.log(`Wrote ${second} (${(pdf.length / 1024).toFixed(1)} KB)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
