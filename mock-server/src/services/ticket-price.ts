/** A ticket for children, pupils, students or the elderly: not the price a visitor will pay. */
const CONCESSION = /trẻ em|học sinh|sinh viên|người cao tuổi|người khuyết tật|miễn/i;

/**
 * "Từ …" on a place: the cheapest ticket an adult can buy (a return cable car ride is 800.000 ₫,
 * not the child fare of 600.000 ₫); only when every ticket is a concession, the cheapest of those.
 */
export function adultPriceFrom(tickets: readonly { label: string; price: number }[]): number | null {
  if (tickets.length === 0) return null;
  const full = tickets.filter((t) => !CONCESSION.test(t.label));
  return Math.min(...(full.length ? full : tickets).map((t) => t.price));
}
