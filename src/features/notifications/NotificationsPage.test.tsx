import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import { Suspense } from 'react';

let items = [
  { id: 2, kind: 'dossier', refId: '000.00.20.H38-261124-0001', title: 'Hồ sơ cần bổ sung giấy tờ', body: 'Vui lòng bổ sung bản vẽ mặt bằng.', createdAt: '2026-11-27T09:00:00+07:00', read: false },
  { id: 1, kind: 'feedback', refId: 'PA-261120-0001', title: 'Phản ánh đã có trả lời', body: 'Điện lực đã thay bóng đèn.', createdAt: '2026-11-26T09:00:00+07:00', read: true },
];
const markRead = vi.fn(async (body: { ids?: number[]; all?: true }) => {
  items = items.map((n) => (body.all || body.ids?.includes(n.id) ? { ...n, read: true } : n));
  return { unread: items.filter((n) => !n.read).length };
});
vi.mock('./api', () => ({
  fetchNotifications: async () => ({ items, page: 1, pageSize: 30, total: items.length, unread: items.filter((n) => !n.read).length }),
  fetchUnreadCount: async () => items.filter((n) => !n.read).length,
  markRead: (b: { ids?: number[]; all?: true }) => markRead(b),
}));
/** A fresh module per test: Recoil keeps a selector's answers across roots. */
async function renderPage() {
  vi.resetModules();
  const { default: NotificationsPage } = await import('./pages/NotificationsPage');
  return render(
    <RecoilRoot>
      <MemoryRouter initialEntries={['/notifications']}>
        <Suspense fallback="…">
          <Routes>
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/dossiers/track/:code" element={<p>Trang hồ sơ</p>} />
          </Routes>
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );
}

describe('NotificationsPage', () => {
  it('lists notices newest first, marks the unread, and opens the item tapped', async () => {
    await renderPage();
    expect(await screen.findByText('Hồ sơ cần bổ sung giấy tờ')).toBeTruthy();
    expect(screen.getByText('1 chưa đọc')).toBeTruthy();
    expect(screen.getAllByText(/Chưa đọc:/)).toHaveLength(1);
    fireEvent.click(screen.getByText('Hồ sơ cần bổ sung giấy tờ'));
    expect(await screen.findByText('Trang hồ sơ')).toBeTruthy();
    expect(markRead).toHaveBeenCalledWith({ ids: [2] });
  });

  it('marks everything read at once', async () => {
    items = items.map((n) => ({ ...n, read: false }));
    await renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /Đánh dấu đã đọc hết/ }));
    expect(markRead).toHaveBeenLastCalledWith({ all: true });
    await screen.findByText('Phản ánh đã có trả lời');
    expect(await screen.findByText('Hồ sơ cần bổ sung giấy tờ')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: /Đánh dấu đã đọc hết/ })).toBeNull());
  });

  it('says so when there is nothing yet', async () => {
    items = [];
    await renderPage();
    expect(await screen.findByText('Chưa có thông báo')).toBeTruthy();
  });
});
