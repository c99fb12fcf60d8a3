import { exportFileName, exportProgress } from '../domain/progress/transfer';
import { downloadText } from '../lib/download';
import { useProgressState } from '../lib/progress/react';

/**
 * 「進捗をファイルに保存」: downloads the saved progress as a versioned file. The progress-file
 * page offers it, and so does the error page, so that a person can take their answers with them
 * even when a page is broken.
 */
export function useSaveProgressFile(): () => void {
  const { progress, updatedAt } = useProgressState();
  return () => {
    const now = new Date();
    downloadText(
      exportFileName(now),
      exportProgress(progress, updatedAt ?? now.toISOString(), now),
    );
  };
}
