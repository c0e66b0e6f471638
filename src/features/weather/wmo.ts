/**
 * WMO weather codes (as Open-Meteo reports them) in Vietnamese, with the picture to draw by day
 * and by night. Every code the WMO table defines for present weather here has a label.
 */
export type WeatherPicture =
  | 'clear'
  | 'mostly-clear'
  | 'partly-cloudy'
  | 'overcast'
  | 'fog'
  | 'drizzle'
  | 'rain'
  | 'heavy-rain'
  | 'freezing'
  | 'snow'
  | 'showers'
  | 'thunder'
  | 'hail';

interface CodeInfo {
  label: string;
  night?: string;
  picture: WeatherPicture;
}

const CODES: Record<number, CodeInfo> = {
  0: { label: 'Trời nắng', night: 'Trời quang', picture: 'clear' },
  1: { label: 'Nắng, ít mây', night: 'Ít mây', picture: 'mostly-clear' },
  2: { label: 'Có mây', picture: 'partly-cloudy' },
  3: { label: 'Nhiều mây, u ám', picture: 'overcast' },
  45: { label: 'Sương mù', picture: 'fog' },
  48: { label: 'Sương mù, đọng băng', picture: 'fog' },
  51: { label: 'Mưa phùn nhẹ', picture: 'drizzle' },
  53: { label: 'Mưa phùn', picture: 'drizzle' },
  55: { label: 'Mưa phùn dày', picture: 'drizzle' },
  56: { label: 'Mưa phùn lạnh, đóng băng', picture: 'freezing' },
  57: { label: 'Mưa phùn đóng băng dày', picture: 'freezing' },
  61: { label: 'Mưa nhỏ', picture: 'rain' },
  63: { label: 'Mưa vừa', picture: 'rain' },
  65: { label: 'Mưa to', picture: 'heavy-rain' },
  66: { label: 'Mưa lạnh, đóng băng', picture: 'freezing' },
  67: { label: 'Mưa đóng băng nặng hạt', picture: 'freezing' },
  71: { label: 'Tuyết rơi nhẹ', picture: 'snow' },
  73: { label: 'Tuyết rơi', picture: 'snow' },
  75: { label: 'Tuyết rơi dày', picture: 'snow' },
  77: { label: 'Mưa tuyết hạt nhỏ', picture: 'snow' },
  80: { label: 'Mưa rào nhẹ', picture: 'showers' },
  81: { label: 'Mưa rào', picture: 'showers' },
  82: { label: 'Mưa rào rất to', picture: 'heavy-rain' },
  85: { label: 'Tuyết rơi từng đợt', picture: 'snow' },
  86: { label: 'Tuyết rơi từng đợt dày', picture: 'snow' },
  95: { label: 'Dông', picture: 'thunder' },
  96: { label: 'Dông kèm mưa đá', picture: 'hail' },
  99: { label: 'Dông kèm mưa đá lớn', picture: 'hail' },
};

export const KNOWN_WMO_CODES = Object.keys(CODES).map(Number);

/** "Mưa rào", "Trời quang" (clear by night), or "Chưa rõ thời tiết" for a code we do not know. */
export function weatherLabel(code: number, isDay: boolean | 0 | 1 = true): string {
  const info = CODES[code];
  if (!info) return 'Chưa rõ thời tiết';
  return !isDay && info.night ? info.night : info.label;
}

export function weatherPicture(code: number): WeatherPicture {
  return CODES[code]?.picture ?? 'overcast';
}

/** Compass point of a wind direction in degrees, in Vietnamese: "Đông Bắc". */
export function windDirection(degrees: number): string {
  const names = ['Bắc', 'Đông Bắc', 'Đông', 'Đông Nam', 'Nam', 'Tây Nam', 'Tây', 'Tây Bắc'];
  return names[Math.round((((degrees % 360) + 360) % 360) / 45) % 8];
}

/** WHO's UV index bands in Vietnamese. */
export function uvLevel(uv: number): string {
  if (uv < 3) return 'Thấp';
  if (uv < 6) return 'Trung bình';
  if (uv < 8) return 'Cao';
  if (uv < 11) return 'Rất cao';
  return 'Nguy hiểm';
}

/** "12°" (rounded; minus sign for frost). */
export function formatTemperature(t: number): string {
  const r = Math.round(t);
  return `${r === 0 ? 0 : r < 0 ? `−${-r}` : r}°`;
}
