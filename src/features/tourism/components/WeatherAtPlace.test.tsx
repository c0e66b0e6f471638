import { describe, expect, it, vi, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RecoilRoot } from 'recoil';
import { ApiError } from '@/shared/api';

const fetchWeatherAreas = vi.fn();
const fetchForecast = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchWeatherAreas, fetchForecast }));

const { WeatherAtPlace } = await import('./WeatherAtPlace');

const AREAS = {
  items: [
    { id: 'lao-cai', name: 'Lào Cai', latitude: 22.48, longitude: 103.97, elevation: 90 },
    { id: 'sa-pa', name: 'Sa Pa', latitude: 22.336, longitude: 103.844, elevation: 1550 },
  ],
};

const renderAt = (props: { name: string; latitude: number; longitude: number; elevation: number }) =>
  render(
    <RecoilRoot>
      <WeatherAtPlace {...props} />
    </RecoilRoot>,
  );

beforeEach(() => {
  fetchWeatherAreas.mockReset();
  fetchForecast.mockReset();
});

describe('WeatherAtPlace', () => {
  it('shows the nearest area’s weather now, and what it means up at the place', async () => {
    fetchWeatherAreas.mockResolvedValue(AREAS);
    fetchForecast.mockResolvedValue({
      current: { time: '2025-11-27T09:00', temperature_2m: 12.4, apparent_temperature: 10.2, relative_humidity_2m: 88, weather_code: 45, wind_speed_10m: 7, is_day: 1 },
    });
    renderAt({ name: 'Đỉnh Fansipan', latitude: 22.3033, longitude: 103.775, elevation: 3143 });
    expect(await screen.findByText('12°C')).toBeTruthy();
    expect(fetchForecast).toHaveBeenCalledWith('sa-pa');
    expect(screen.getByText('Sương mù')).toBeTruthy();
    expect(screen.getByTestId('place-weather').textContent).toMatch(/Số liệu của khu vực Sa Pa \(cách \d+ km\) · cảm giác như 10°C · độ ẩm 88% · gió 7 km\/h/);
    expect(screen.getByText(/Ở Đỉnh Fansipan \(3\.143 m\) ước chừng khoảng 2°C, lạnh hơn/)).toBeTruthy();
  });

  it('hides itself quietly while the weather service is not there (404)', async () => {
    fetchWeatherAreas.mockRejectedValue(new ApiError('Không tìm thấy địa chỉ này trên máy chủ.', 'client', 404, 'NOT_FOUND'));
    const { container } = renderAt({ name: 'Bản Cát Cát', latitude: 22.329, longitude: 103.831, elevation: 1300 });
    // Loading shows a placeholder; once the failure is known, nothing at all.
    expect(screen.getByTestId('place-weather-loading')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByTestId('place-weather-loading')).toBeNull());
    expect(container.innerHTML).toBe('');
    expect(fetchForecast).not.toHaveBeenCalled();
  });

  it('hides itself when the network fails or the answer is unusable', async () => {
    fetchWeatherAreas.mockResolvedValue(AREAS);
    fetchForecast.mockResolvedValue({ hourly: {} });
    // Another place: recoil keeps answers per place for the whole session.
    const { container } = renderAt({ name: 'Bản Tả Van', latitude: 22.302, longitude: 103.887, elevation: 1050 });
    expect(screen.getByTestId('place-weather-loading')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByTestId('place-weather-loading')).toBeNull());
    expect(fetchForecast).toHaveBeenCalled();
    expect(container.innerHTML).toBe('');
  });
});
