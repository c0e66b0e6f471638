import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RecoilRoot, useRecoilValue } from 'recoil';
import { Suspense } from 'react';
import { textSizeState, themeChoiceState } from '@/shared/settings';
import { SettingsSection } from './SettingsSection';

function Probe() {
  return (
    <output data-testid="probe">
      {useRecoilValue(textSizeState)}/{useRecoilValue(themeChoiceState)}
    </output>
  );
}

const renderSettings = () =>
  render(
    <RecoilRoot>
      <Suspense fallback="…">
        <SettingsSection />
        <Probe />
      </Suspense>
    </RecoilRoot>,
  );

describe('SettingsSection', () => {
  it('offers three text sizes and three themes, and keeps the choice on the phone', async () => {
    renderSettings();
    expect((await screen.findByRole('radio', { name: 'Vừa' })).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Rất lớn' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Tối' }));
    expect(screen.getByTestId('probe').textContent).toBe('larger/dark');
    expect(screen.getByRole('radio', { name: 'Rất lớn' }).getAttribute('aria-checked')).toBe('true');
    // Written through the Zalo adapter's store (localStorage in a browser), which opens asynchronously.
    await waitFor(() => expect(localStorage.getItem('lcs.text-size')).toBe('"larger"'));
    expect(localStorage.getItem('lcs.theme')).toBe('"dark"');
  });

  it('starts from what was kept', async () => {
    localStorage.setItem('lcs.text-size', '"large"');
    localStorage.setItem('lcs.theme', '"light"');
    renderSettings();
    expect((await screen.findByRole('radio', { name: 'Lớn' })).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Sáng' }).getAttribute('aria-checked')).toBe('true');
  });

  it('explains, outside Zalo, why following the OA needs Zalo', async () => {
    renderSettings();
    fireEvent.click(await screen.findByRole('button', { name: /Quan tâm Official Account/ }));
    expect(await screen.findByText(/Chỉ quan tâm được Official Account khi mở Lào Cai số trong Zalo/)).toBeTruthy();
  });
});
