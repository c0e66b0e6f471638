const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "1.500.000 ₫"; 0 is "Miễn phí". */
export function formatVnd(amount: number): string {
  return amount === 0 ? 'Miễn phí' : vnd.format(amount);
}

/** "1.550 m", "3.143 m". */
export function formatElevation(meters: number): string {
  return `${plain.format(Math.round(meters))} m`;
}

export function formatNumber(n: number): string {
  return plain.format(n);
}
