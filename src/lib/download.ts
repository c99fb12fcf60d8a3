/**
 * Saves `blob` as a file through the browser's download, without leaving the page. The link is
 * in the document while it is clicked (some browsers ignore a click on a detached link); the
 * object URL is kept for a minute, long enough for the download to start reading it.
 */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text as a file (JSON unless `type` says otherwise). */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  downloadBlob(fileName, new Blob([text], { type }));
}
