import { APP_ID, CURRENT_VERSION } from './envelope';
import type { Progress } from './schema';

/**
 * 「進捗をファイルに保存」 / 「ファイルから再開」: the person moves to a new PC and takes their
 * progress along as a file. The file is the storage envelope plus a marker. Import is strict —
 * unlike loading from storage, nothing is repaired: a file with any problem is refused whole,
 * with every problem named, so half a file is never applied (transfer-import.ts).
 *
 * Saving and reading are two modules because saving is also offered by the error page, which is
 * in the app's first load, and reading (with its messages) is not needed there.
 */

export const EXPORT_KIND = 'progress-export';

export function exportProgress(progress: Progress, updatedAt: string, exportedAt: Date): string {
  return `${JSON.stringify(
    {
      app: APP_ID,
      kind: EXPORT_KIND,
      version: CURRENT_VERSION,
      updatedAt,
      exportedAt: exportedAt.toISOString(),
      progress,
    },
    null,
    2,
  )}\n`;
}

/** 「進捗_2026-11-26.json」 */
export function exportFileName(exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `進捗_${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}.json`;
}
