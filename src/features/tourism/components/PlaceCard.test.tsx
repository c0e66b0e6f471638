import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { PlaceSummary } from '@contract/tourism';
import { PlaceCard } from './PlaceCard';

const bacHa: PlaceSummary = {
  id: 'cho-bac-ha',
  name: 'Chợ phiên Bắc Hà',
  category: 'market',
  categoryLabel: 'Chợ phiên',
  areaId: 'bac-ha',
  area: 'Bắc Hà',
  commune: 'xã Bắc Hà',
  latitude: 22.5392,
  longitude: 104.2893,
  elevation: 980,
  summary: 'Phiên chợ vùng cao lớn nhất Tây Bắc.',
  image: '/media/tourism/cho-bac-ha.svg',
  isFree: true,
  priceFrom: null,
  openState: { open: true, alwaysOpen: false, closesAt: '2025-11-30T14:00:00+07:00', nextOpenAt: null },
  marketDay: { rule: { weekdays: [7] }, label: 'Chủ nhật hằng tuần', today: true, next: '2025-11-30' },
  inSeason: false,
};

const renderAt = (local: string, place = bacHa) =>
  render(
    <MemoryRouter>
      <PlaceCard place={place} now={new Date(`${local}+07:00`)} />
    </MemoryRouter>,
  );

describe('PlaceCard', () => {
  it('shows the picture, area, elevation and the market badge on market day', () => {
    renderAt('2025-11-30T08:00:00');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/tourism/places/cho-bac-ha');
    expect(screen.getByRole('heading', { name: 'Chợ phiên Bắc Hà' })).toBeTruthy();
    expect(screen.getByText('Bắc Hà')).toBeTruthy();
    expect(screen.getByText('980 m')).toBeTruthy();
    expect(screen.getByText('Chợ họp hôm nay')).toBeTruthy();
    expect(screen.getByText('Đang mở cửa · đến 14:00')).toBeTruthy();
    expect(screen.getByText('Miễn phí')).toBeTruthy();
    expect(document.querySelector('img')?.getAttribute('src')).toBe('/media/tourism/cho-bac-ha.svg');
  });

  it('drops the market badge once the day is over, and says it has closed', () => {
    renderAt('2025-12-01T08:00:00');
    expect(screen.queryByText('Chợ họp hôm nay')).toBeNull();
    expect(screen.getByText('Đã đóng cửa')).toBeTruthy();
  });
});
