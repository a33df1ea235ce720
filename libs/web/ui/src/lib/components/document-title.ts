/**
 * The tab's title: "(3) Messages with Maria G. · Kinship". The page names itself (PageHeading); counts of
 * things waiting for the member (unread messages, for moderators their queue) are added up in front.
 */
let pageTitle = '';
const counts = new Map<string, number>();

function render(): void {
  if (typeof document === 'undefined') return;
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const name = pageTitle ? `${pageTitle} · Kinship` : 'Kinship';
  document.title = total > 0 ? `(${total}) ${name}` : name;
}

export function setPageTitle(title: string): void {
  pageTitle = title;
  render();
}

/** One source's count in the title (0 removes it), e.g. setTitleCount('unread', 3). */
export function setTitleCount(source: string, count: number): void {
  if (count > 0) counts.set(source, count);
  else counts.delete(source);
  render();
}
