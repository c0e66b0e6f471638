import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { Programme, ScheduleResponse, TvChannelsResponse } from '@contract/tv';

const fetchChannels = vi.fn();
const fetchSchedule = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchChannels, fetchSchedule }));
const { default: TvPage } = await import('./TvPage');

const prog = (start: string, end: string, title: string): Programme => ({
  id: `lctv-2026-11-27-${start.replace(':', '')}`,
  start: `2026-11-27T${start}:00+07:00`,
  end: end === '24:00' ? '2026-11-28T00:00:00+07:00' : `2026-11-27T${end}:00+07:00`,
  title,
  description: `Mô tả ${title}`,
  category: 'Thời sự',
  live: true,
});
const day = [prog('00:00', '19:00', 'Các chương trình ban ngày'), prog('19:00', '19:45', 'Tiếp sóng Thời sự'), prog('19:45', '20:15', 'Thời sự Lào Cai'), prog('20:15', '24:00', 'Phim truyện')];
const schedule: ScheduleResponse = {
  channel: { id: 'lctv', name: 'Truyền hình Lào Cai (LCTV)' },
  date: '2026-11-27',
  availableDates: ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'],
  items: day,
};
const channels: TvChannelsResponse = {
  items: [
    {
      id: 'lctv',
      name: 'Truyền hình Lào Cai (LCTV)',
      shortName: 'LCTV',
      description: 'Kênh của tỉnh.',
      streamUrl: '/media/tv/lctv-test.webm',
      streamType: 'video/webm',
      posterUrl: '/media/tv/lctv-poster.svg',
      nowPlaying: day[1],
      next: day[2],
    },
  ],
};

afterEach(() => vi.useRealTimers());

describe('TvPage', () => {
  it('plays the channel, shows now and next, and moves on as time passes', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-27T19:44:30+07:00'));
    fetchChannels.mockResolvedValue(channels);
    fetchSchedule.mockResolvedValue(schedule);
    render(
      <RecoilRoot>
        <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          <Suspense fallback="…">
            <TvPage />
          </Suspense>
        </MemoryRouter>
      </RecoilRoot>,
    );
    const video = (await screen.findByTestId('tv-video')) as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe('/media/tv/lctv-test.webm');
    expect(video.muted).toBe(true);
    expect(video.loop).toBe(true);
    expect(await screen.findByTestId('tv-now-title')).toHaveProperty('textContent', 'Tiếp sóng Thời sự');
    expect(screen.getByText('Tiếp theo')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Hôm nay' }).getAttribute('aria-selected')).toBe('true');
    const onAir = () => screen.getAllByTestId('programme').find((li) => li.getAttribute('aria-current') === 'true')?.textContent;
    expect(onAir()).toContain('Tiếp sóng Thời sự');

    await act(async () => {
      vi.setSystemTime(new Date('2026-11-27T19:45:10+07:00'));
      vi.advanceTimersByTime(15_000);
    });
    expect(screen.getByTestId('tv-now-title').textContent).toBe('Thời sự Lào Cai');
    expect(onAir()).toContain('Thời sự Lào Cai');
  });
});
