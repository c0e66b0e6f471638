import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { NewsItem } from '@contract/news';
import { NewsCard } from './NewsCard';

const item: NewsItem = {
  id: 'cap-treo-fansipan-1036',
  sourceId: 'bao-lao-cai',
  sourceName: 'Báo Lào Cai',
  title: 'Cáp treo Fansipan đón lượng khách lớn vào cuối tuần',
  summary: 'Lượng du khách lên đỉnh Fansipan tăng cao.',
  category: 'du-lich',
  categoryLabel: 'Du lịch',
  imageUrl: '/media/news/nui-fansipan.svg',
  publishedAt: '2026-11-27T08:00:00+07:00',
  readingMinutes: 1,
};

describe('NewsCard', () => {
  it('links to the article, with the source, the category and a Vietnamese relative time', () => {
    render(
      <MemoryRouter>
        <NewsCard item={item} now={new Date('2026-11-27T10:05:00+07:00')} />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/news/cap-treo-fansipan-1036');
    expect(link.textContent).toContain('Báo Lào Cai');
    expect(link.textContent).toContain('Du lịch');
    expect(screen.getByText('2 giờ trước')).toBeTruthy();
    const img = link.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('src')).toBe('/media/news/nui-fansipan.svg');
  });

  it('shows the summary only on the lead card', () => {
    const { rerender } = render(
      <MemoryRouter>
        <NewsCard item={item} />
      </MemoryRouter>,
    );
    expect(screen.queryByText(item.summary)).toBeNull();
    rerender(
      <MemoryRouter>
        <NewsCard item={item} lead />
      </MemoryRouter>,
    );
    expect(screen.getByText(item.summary)).toBeTruthy();
  });
});
