import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RecoilRoot, useRecoilValue } from 'recoil';
import type { Article } from '@contract/news';

const fetchArticle = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchArticle }));
const share = vi.fn();
const showToast = vi.fn();
vi.mock('@/shared/zalo', async (orig) => ({ ...(await orig<typeof import('@/shared/zalo')>()), share, showToast }));
const { default: ArticlePage } = await import('./ArticlePage');
const { savedItemsState } = await import('@/shared/saved');

const article: Article = {
  id: 'homestay-o-ta-van-1008',
  sourceId: 'bao-lao-cai',
  sourceName: 'Báo Lào Cai',
  title: 'Homestay ở Tả Van đón khách quốc tế tăng mạnh',
  summary: 'Nhiều cơ sở lưu trú cộng đồng ở xã Tả Van kín phòng vào cuối tuần.',
  category: 'du-lich',
  categoryLabel: 'Du lịch',
  imageUrl: '/media/news/ruong-bac-thang.svg',
  imageAlt: 'Hình vẽ ruộng bậc thang',
  publishedAt: '2026-11-27T08:00:00+07:00',
  readingMinutes: 2,
  author: 'Thanh Hà',
  appUrl: 'http://localhost:3000/news/homestay-o-ta-van-1008',
  blocks: [{ type: 'paragraph', text: 'Gia đình chị Giàng Thị Sua mở homestay từ hơn năm năm trước.' }],
  related: [
    {
      id: 'di-bo-muong-hoa-1030',
      sourceId: 'bao-lao-cai',
      sourceName: 'Báo Lào Cai',
      title: 'Đi bộ đường dài qua thung lũng Mường Hoa',
      summary: '…',
      category: 'du-lich',
      categoryLabel: 'Du lịch',
      imageUrl: null,
      publishedAt: '2026-11-26T08:00:00+07:00',
      readingMinutes: 1,
    },
  ],
};

function SavedCount() {
  const items = useRecoilValue(savedItemsState);
  return <output data-testid="saved">{items.map((i) => `${i.kind}:${i.id}`).join(',')}</output>;
}

const renderReader = (id = article.id) =>
  render(
    <RecoilRoot>
      <MemoryRouter initialEntries={[`/news/${id}`]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Suspense fallback="…">
          <Routes>
            <Route path="/news/:id" element={<ArticlePage />} />
          </Routes>
          <SavedCount />
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );

describe('ArticlePage', () => {
  it('shows the article with source, time, body and related articles', async () => {
    fetchArticle.mockResolvedValue(article);
    renderReader();
    expect(await screen.findByRole('heading', { level: 2, name: article.title })).toBeTruthy();
    expect(screen.getByText(/Thanh Hà/).textContent).toMatch(/2 phút đọc/);
    expect(screen.getByText(article.blocks[0].type === 'paragraph' ? article.blocks[0].text : '')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tin liên quan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Mường Hoa/ }).getAttribute('href')).toBe('/news/di-bo-muong-hoa-1030');
  });

  it('saves to the shared saved items, kept on the phone, and unsaves', async () => {
    fetchArticle.mockResolvedValue(article);
    renderReader();
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu bài viết' }));
    expect(screen.getByTestId('saved').textContent).toBe(`news:${article.id}`);
    expect(showToast).toHaveBeenLastCalledWith(expect.stringMatching(/Đã lưu bài viết/));
    await waitFor(() => expect(localStorage.getItem('lcs.saved-items')).toContain(article.id));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lưu bài viết' }));
    expect(screen.getByTestId('saved').textContent).toBe('');
  });

  it('changes the text size and keeps the choice', async () => {
    fetchArticle.mockResolvedValue(article);
    renderReader();
    await screen.findByRole('heading', { level: 2, name: article.title });
    fireEvent.click(screen.getByRole('button', { name: 'Cỡ chữ' }));
    expect(screen.getByText('100%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    expect(screen.getByText('115%')).toBeTruthy();
    expect((document.querySelector('.article') as HTMLElement).style.getPropertyValue('--reader-scale')).toBe('1.15');
    await waitFor(() => expect(localStorage.getItem('lcs.reader-text-size')).toBe('1.15'));
  });

  it('says kindly when the article does not exist', async () => {
    const { ApiError } = await import('@/shared/api');
    fetchArticle.mockRejectedValue(new ApiError('Không tìm thấy bài viết này.', 'client', 404, 'NOT_FOUND'));
    renderReader('khong-co-bai-nay-1'); // another id: recoil keeps results per id across roots
    expect(await screen.findByText('Không tìm thấy bài viết')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem tin mới' }).getAttribute('href')).toBe('/news');
    expect(screen.queryByRole('button', { name: 'Lưu bài viết' })).toBeNull();
  });

  it('shares a link that opens the article in the app, and says when the link was copied instead', async () => {
    fetchArticle.mockResolvedValue(article);
    share.mockResolvedValue('copied');
    renderReader();
    fireEvent.click(await screen.findByRole('button', { name: 'Chia sẻ' }));
    await waitFor(() => expect(showToast).toHaveBeenLastCalledWith('Đã sao chép liên kết bài viết.'));
    expect(share).toHaveBeenCalledWith({ title: article.title, text: article.summary, path: `/news/${article.id}`, url: article.appUrl, imageUrl: article.imageUrl });
  });
});
