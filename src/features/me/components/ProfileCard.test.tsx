import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { RecoilRoot } from 'recoil';
import { Suspense } from 'react';

const requestZaloProfile = vi.fn();
vi.mock('@/shared/zalo', async (orig) => ({ ...(await orig<typeof import('@/shared/zalo')>()), requestZaloProfile }));
const signInWithProfile = vi.fn();
vi.mock('@/shared/session', async (orig) => ({ ...(await orig<typeof import('@/shared/session')>()), signInWithProfile }));

const { ProfileCard } = await import('./ProfileCard');
const { ZaloError } = await import('@/shared/zalo');

const user = { id: '1', name: 'Sùng A Chư', avatar: null };
const renderCard = () =>
  render(
    <RecoilRoot>
      <Suspense fallback="…">
        <ProfileCard user={user} />
      </Suspense>
    </RecoilRoot>,
  );

describe('ProfileCard', () => {
  it('explains why before asking, then shows the name after consent', async () => {
    requestZaloProfile.mockResolvedValue({ id: '1', name: 'Sùng A Chư', avatar: null });
    signInWithProfile.mockResolvedValue(user);
    renderCard();
    expect(await screen.findByText('Người dân Lào Cai')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dùng tên và ảnh Zalo của tôi' }));
    expect(screen.getByText(/không đọc tin nhắn hay danh bạ/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(await screen.findByText('Sùng A Chư')).toBeTruthy();
    expect(signInWithProfile).toHaveBeenCalledWith({ id: '1', name: 'Sùng A Chư', avatar: null });
    expect(localStorage.getItem('lcs.profile-consent')).toBe('"granted"');
  });

  it('explains a refusal from Zalo and offers to try again', async () => {
    requestZaloProfile.mockRejectedValue(new ZaloError(-1401, 'Bạn đã không cho phép dùng tên và ảnh đại diện Zalo.'));
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Dùng tên và ảnh Zalo của tôi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(await screen.findByText(/Bạn chưa chia sẻ tên và ảnh đại diện/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Thử lại/ })).toBeTruthy();
    expect(screen.queryByText('Sùng A Chư')).toBeNull();
  });
});
