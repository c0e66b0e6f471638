import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ZaloNotifications } from '@contract/notifications';
import { ZaloError } from '@/shared/zalo';
import { CONSENT_TEXT, NotificationSwitch } from './NotificationSwitch';

const saveZaloConsent = vi.fn();
const requestNotificationPermission = vi.fn();
vi.mock('../api', () => ({ saveZaloConsent: (z: boolean) => saveZaloConsent(z) }));
vi.mock('@/shared/zalo', async (orig) => ({
  ...(await orig<typeof import('@/shared/zalo')>()),
  requestNotificationPermission: () => requestNotificationPermission(),
  showToast: async () => {},
}));

function renderSwitch(consent: ZaloNotifications) {
  const onSaved = vi.fn();
  render(<NotificationSwitch consent={consent} onSaved={onSaved} />);
  return { onSaved, toggle: () => screen.getByRole('switch', { name: /Báo qua Zalo/ }) };
}

beforeEach(() => {
  saveZaloConsent.mockReset();
  requestNotificationPermission.mockReset();
  saveZaloConsent.mockImplementation(async (zalo: boolean) => ({ zaloNotifications: zalo ? 'granted' : 'refused', updatedAt: '2027-03-18T09:30:00+07:00' }));
});

describe('NotificationSwitch', () => {
  it('says where notices go in each state, and is on only when the resident granted it', () => {
    const { toggle } = renderSwitch('refused');
    expect(toggle().getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText(CONSENT_TEXT.refused)).toBeTruthy();
    expect(CONSENT_TEXT.refused).toMatch(/chỉ hiện trong mục Thông báo của ứng dụng, không gửi qua Zalo/);
    expect(CONSENT_TEXT.unasked).toMatch(/không gửi qua Zalo/);
    expect(CONSENT_TEXT.granted).toMatch(/Zalo sẽ báo cho bạn/);
  });

  it('turning it on asks Zalo first, then records the yes on the server', async () => {
    requestNotificationPermission.mockResolvedValue(undefined);
    const { onSaved, toggle } = renderSwitch('unasked');
    fireEvent.click(toggle());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('granted'));
    expect(requestNotificationPermission).toHaveBeenCalledTimes(1);
    expect(saveZaloConsent).toHaveBeenCalledWith(true);
  });

  it('a no in Zalo’s sheet is recorded as refused, and the resident is told notices stay in the app', async () => {
    requestNotificationPermission.mockRejectedValue(new ZaloError(-1401, 'Bạn đã không cho phép dùng việc gửi thông báo.', 'requestSendNotification'));
    const { onSaved, toggle } = renderSwitch('unasked');
    fireEvent.click(toggle());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('refused'));
    expect(saveZaloConsent).toHaveBeenCalledWith(false);
    expect(await screen.findByText(/không cho phép/)).toBeTruthy();
  });

  it('in a browser nothing is recorded: Zalo’s permission cannot be asked there', async () => {
    requestNotificationPermission.mockRejectedValue(new ZaloError('BROWSER', 'Trong trình duyệt, thông báo hiện ở mục Thông báo của ứng dụng.'));
    const { onSaved, toggle } = renderSwitch('unasked');
    fireEvent.click(toggle());
    expect(await screen.findByText(/Trong trình duyệt/)).toBeTruthy();
    expect(saveZaloConsent).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('turning it off records the refusal without asking Zalo', async () => {
    const { onSaved, toggle } = renderSwitch('granted');
    expect(toggle().getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('refused'));
    expect(requestNotificationPermission).not.toHaveBeenCalled();
    expect(saveZaloConsent).toHaveBeenCalledWith(false);
  });
});
