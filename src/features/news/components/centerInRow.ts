/**
 * Scrolls a sideways-scrolling row (chips, tabs) so its selected item sits in the middle, without
 * moving the page up or down as scrollIntoView would.
 */
export function centerSelectedInRow(row: HTMLElement | null | undefined, selector = '[aria-selected="true"], [aria-pressed="true"]') {
  const item = row?.querySelector<HTMLElement>(selector);
  if (!row || !item) return;
  const r = row.getBoundingClientRect();
  const i = item.getBoundingClientRect();
  row.scrollLeft = Math.max(0, row.scrollLeft + (i.left - r.left) - (row.clientWidth - i.width) / 2);
}
