import { describe, expect, it } from 'vitest';
import { formatTemperature, KNOWN_WMO_CODES, uvLevel, weatherLabel, weatherPicture, windDirection } from './wmo';

/** Every code of the WMO table that Open-Meteo reports. */
const OPEN_METEO_CODES = [0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99];

describe('WMO weather codes in Vietnamese', () => {
  it('labels every code, with full diacritics', () => {
    for (const code of OPEN_METEO_CODES) {
      expect(KNOWN_WMO_CODES).toContain(code);
      expect(weatherLabel(code)).not.toBe('Chưa rõ thời tiết');
      expect(weatherLabel(code, 0)).toMatch(/\S/);
    }
    expect(weatherLabel(63)).toBe('Mưa vừa');
    expect(weatherLabel(95)).toBe('Dông');
    expect(weatherLabel(73)).toBe('Tuyết rơi');
    expect(weatherLabel(45)).toBe('Sương mù');
  });

  it('says it differently by night where it matters', () => {
    expect(weatherLabel(0, 1)).toBe('Trời nắng');
    expect(weatherLabel(0, 0)).toBe('Trời quang');
    expect(weatherLabel(61, 0)).toBe(weatherLabel(61, 1));
  });

  it('has a picture for each code, and a sensible answer for an unknown one', () => {
    const pictures = new Set(OPEN_METEO_CODES.map(weatherPicture));
    expect(pictures.size).toBeGreaterThanOrEqual(10);
    expect(weatherPicture(95)).toBe('thunder');
    expect(weatherPicture(71)).toBe('snow');
    expect(weatherLabel(42)).toBe('Chưa rõ thời tiết');
  });

  it('writes wind, UV and temperatures the Vietnamese way', () => {
    expect(windDirection(45)).toBe('Đông Bắc');
    expect(windDirection(359)).toBe('Bắc');
    expect(windDirection(200)).toBe('Nam');
    expect(uvLevel(2)).toBe('Thấp');
    expect(uvLevel(9)).toBe('Rất cao');
    expect(formatTemperature(12.6)).toBe('13°');
    expect(formatTemperature(-2.4)).toBe('−2°');
    expect(formatTemperature(-0.3)).toBe('0°');
  });
});
