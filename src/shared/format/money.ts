// Made on first use: building an Intl formatter loads locale data, which costs the first screen
// tens of milliseconds on a slow phone when done while the modules load.
let vnd: Intl.NumberFormat | undefined;
let plain: Intl.NumberFormat | undefined;
const vndFormat = () => (vnd ??= new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }));
const plainFormat = () => (plain ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }));

/** "1.500.000 ₫"; 0 is "Miễn phí". */
export function formatVnd(amount: number): string {
  return amount === 0 ? 'Miễn phí' : vndFormat().format(amount);
}

/** "1.550 m", "3.143 m". */
export function formatElevation(meters: number): string {
  return `${plainFormat().format(Math.round(meters))} m`;
}

export function formatNumber(n: number): string {
  return plainFormat().format(n);
}
