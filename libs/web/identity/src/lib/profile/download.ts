/** Saves `text` as a file through a Blob and a temporary link (nothing leaves the browser). */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFileName(now: Date = new Date()): string {
  return `kinship-my-data-${now.toISOString().slice(0, 10)}.json`;
}
