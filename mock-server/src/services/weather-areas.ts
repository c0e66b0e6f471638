/**
 * The places of today's Lào Cai (after the 1 July 2025 merger, including former Yên Bái) that the
 * weather service reports on. Coordinates are the centre of the town or the summit; elevations
 * are those of the place people live or visit, in metres above sea level.
 */
export interface WeatherArea {
  /** A stable slug, shared with other features (tourism finds the nearest one by coordinates). */
  id: string;
  name: string;
  /** Where it is, as a resident would say it today (xã/phường, or the national park). */
  locality: string;
  latitude: number;
  longitude: number;
  elevation: number;
  /** Former province: weather systems are shared within each. */
  region: 'lao-cai' | 'yen-bai';
  /** How much wetter than the province average its rainy days are (mountain slopes catch more). */
  wetness: number;
  /** Valleys along big rivers keep fog on winter mornings. */
  riverValley: boolean;
}

export const WEATHER_AREAS: readonly WeatherArea[] = [
  { id: 'lao-cai', name: 'Lào Cai', locality: 'Phường Lào Cai', latitude: 22.486, longitude: 103.97, elevation: 90, region: 'lao-cai', wetness: 1.0, riverValley: true },
  { id: 'sa-pa', name: 'Sa Pa', locality: 'Phường Sa Pa', latitude: 22.336, longitude: 103.844, elevation: 1550, region: 'lao-cai', wetness: 1.25, riverValley: false },
  { id: 'bat-xat', name: 'Bát Xát', locality: 'Xã Bát Xát', latitude: 22.539, longitude: 103.887, elevation: 140, region: 'lao-cai', wetness: 1.15, riverValley: true },
  { id: 'y-ty', name: 'Y Tý', locality: 'Xã Y Tý', latitude: 22.629, longitude: 103.625, elevation: 2000, region: 'lao-cai', wetness: 1.2, riverValley: false },
  { id: 'pho-lu', name: 'Phố Lu', locality: 'Xã Bảo Thắng', latitude: 22.318, longitude: 104.185, elevation: 85, region: 'lao-cai', wetness: 0.95, riverValley: true },
  { id: 'pho-rang', name: 'Phố Ràng', locality: 'Xã Bảo Yên', latitude: 22.233, longitude: 104.47, elevation: 95, region: 'lao-cai', wetness: 1.0, riverValley: true },
  { id: 'bac-ha', name: 'Bắc Hà', locality: 'Xã Bắc Hà', latitude: 22.538, longitude: 104.29, elevation: 1200, region: 'lao-cai', wetness: 1.1, riverValley: false },
  { id: 'muong-khuong', name: 'Mường Khương', locality: 'Xã Mường Khương', latitude: 22.765, longitude: 104.117, elevation: 950, region: 'lao-cai', wetness: 1.0, riverValley: false },
  { id: 'si-ma-cai', name: 'Si Ma Cai', locality: 'Xã Si Ma Cai', latitude: 22.695, longitude: 104.283, elevation: 1200, region: 'lao-cai', wetness: 1.0, riverValley: false },
  { id: 'khanh-yen', name: 'Khánh Yên', locality: 'Xã Văn Bàn', latitude: 22.085, longitude: 104.255, elevation: 150, region: 'lao-cai', wetness: 1.2, riverValley: true },
  { id: 'fansipan', name: 'Fansipan', locality: 'Vườn quốc gia Hoàng Liên', latitude: 22.303, longitude: 103.775, elevation: 3143, region: 'lao-cai', wetness: 1.3, riverValley: false },
  { id: 'yen-bai', name: 'Yên Bái', locality: 'Phường Yên Bái', latitude: 21.723, longitude: 104.911, elevation: 45, region: 'yen-bai', wetness: 1.0, riverValley: true },
  { id: 'nghia-lo', name: 'Nghĩa Lộ', locality: 'Phường Nghĩa Lộ', latitude: 21.602, longitude: 104.515, elevation: 270, region: 'yen-bai', wetness: 1.0, riverValley: false },
  { id: 'mu-cang-chai', name: 'Mù Cang Chải', locality: 'Xã Mù Cang Chải', latitude: 21.852, longitude: 104.09, elevation: 960, region: 'yen-bai', wetness: 1.1, riverValley: false },
  { id: 'tram-tau', name: 'Trạm Tấu', locality: 'Xã Hạnh Phúc', latitude: 21.462, longitude: 104.38, elevation: 900, region: 'yen-bai', wetness: 1.05, riverValley: false },
  { id: 'luc-yen', name: 'Lục Yên', locality: 'Xã Lục Yên', latitude: 22.109, longitude: 104.76, elevation: 110, region: 'yen-bai', wetness: 1.0, riverValley: true },
  { id: 'mau-a', name: 'Mậu A', locality: 'Xã Mậu A', latitude: 21.879, longitude: 104.686, elevation: 60, region: 'yen-bai', wetness: 1.05, riverValley: true },
];

const byId = new Map(WEATHER_AREAS.map((a) => [a.id, a]));

export function findWeatherArea(id: string): WeatherArea | undefined {
  return byId.get(id);
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The area closest to a point (Fansipan is left out: nobody lives on the summit). */
export function nearestWeatherArea(latitude: number, longitude: number): { area: WeatherArea; distanceKm: number } {
  let best: { area: WeatherArea; distanceKm: number } | null = null;
  for (const area of WEATHER_AREAS) {
    if (area.id === 'fansipan') continue;
    const d = distanceKm(latitude, longitude, area.latitude, area.longitude);
    if (!best || d < best.distanceKm) best = { area, distanceKm: d };
  }
  return best!;
}
