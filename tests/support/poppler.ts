import { execFileSync } from 'node:child_process';
import { decodePgm, type GrayImage } from './png';

/** Poppler is the reference renderer here; without it these checks cannot run, and must not pass. */
export function poppler(tool: string, args: string[], input?: Uint8Array): Buffer {
  try {
    // stderr is kept with the error, not printed: poppler warns about fonts a test expects missing.
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024, input, stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** Page 1 of `pdf` rasterised by pdftoppm at `dpi`, in 8-bit grey. */
export function rasterisePage1(pdf: Uint8Array, dpi = 100): GrayImage {
  // '-' reads the PDF from stdin; without an output root the PGM goes to stdout.
  return decodePgm(
    poppler('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-'], pdf),
  );
}
