import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import { Suspense } from 'react';
import { addToHistory, SCAN_HISTORY_LIMIT, type ScanRecord } from './state';
import { parseDeepLinkParam, pathForItem } from './targets';

const resolveQr = vi.fn();
vi.mock('./api', () => ({ resolveQr: (t: string) => resolveQr(t) }));
const { default: ScanPage } = await import('./pages/ScanPage');

const record = (text: string): ScanRecord => ({ text, result: { kind: 'unknown', id: text, found: false }, at: '2026-11-27T08:00:00+07:00' });

describe('scan history', () => {
  it('keeps the last 20, newest first, without repeats', () => {
    let list: ScanRecord[] = [];
    for (let i = 0; i < 25; i++) list = addToHistory(list, record(`m${i}`));
    expect(list).toHaveLength(SCAN_HISTORY_LIMIT);
    expect(list[0].text).toBe('m24');
    list = addToHistory(list, record('m10'));
    expect(list[0].text).toBe('m10');
    expect(list.filter((r) => r.text === 'm10')).toHaveLength(1);
  });
});

describe('deep link parameter', () => {
  it('accepts our kinds and safe ids only', () => {
    expect(parseDeepLinkParam('news/bai-1')).toEqual({ kind: 'news', id: 'bai-1' });
    expect(parseDeepLinkParam('dossier/000.00.31.H38-261127-0001')).toEqual({ kind: 'dossier', id: '000.00.31.H38-261127-0001' });
    expect(parseDeepLinkParam('admin/1')).toBeNull();
    expect(parseDeepLinkParam('news/../../x')).toBeNull();
    expect(parseDeepLinkParam(null)).toBeNull();
    expect(pathForItem('tour', 'sa-pa 2')).toBe('/tourism/tours/sa-pa%202');
  });
});

function renderScan() {
  return render(
    <RecoilRoot>
      <MemoryRouter initialEntries={['/scan']}>
        <Suspense fallback="…">
          <Routes>
            <Route path="/scan" element={<ScanPage />} />
            <Route path="/dossiers/track/:code" element={<p>Trang hồ sơ</p>} />
          </Routes>
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );
}

describe('ScanPage', () => {
  it('opens the dossier a typed code names', async () => {
    resolveQr.mockResolvedValue({ kind: 'dossier', id: '000.00.31.H38-261127-0001', found: true });
    renderScan();
    fireEvent.change(await screen.findByLabelText('Hoặc nhập mã'), { target: { value: '000.00.31.H38-261127-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Trang hồ sơ')).toBeTruthy();
    expect(resolveQr).toHaveBeenCalledWith('000.00.31.H38-261127-0001');
  });

  it('asks before opening an outside link and shows its site', async () => {
    resolveQr.mockResolvedValue({ kind: 'url', id: 'https://example.org/x', found: false, domain: 'example.org' });
    renderScan();
    fireEvent.change(await screen.findByLabelText('Hoặc nhập mã'), { target: { value: 'https://example.org/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('example.org')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở liên kết' })).toBeTruthy();
    expect(screen.getByText('Liên kết tới example.org')).toBeTruthy(); // in the history
  });

  it('says so when a code names nothing, and shows text as text', async () => {
    resolveQr.mockResolvedValue({ kind: 'feedback', id: 'PA-990101-0001', found: false });
    renderScan();
    fireEvent.change(await screen.findByLabelText('Hoặc nhập mã'), { target: { value: 'PA-990101-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText(/Không tìm thấy phản ánh PA-990101-0001/)).toBeTruthy();
    // Typed words that are no code: said to be a mistake, shown as text, not kept as a scan.
    resolveQr.mockResolvedValue({ kind: 'unknown', id: '<b>xin chào</b>', found: false });
    fireEvent.change(screen.getByLabelText('Hoặc nhập mã'), { target: { value: '<b>xin chào</b>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Không nhận ra mã “<b>xin chào<\/b>”\. Hãy nhập mã hồ sơ/);
    expect(alert.querySelector('b')).toBeNull();
    expect(screen.queryByText(/Nội dung của mã/)).toBeNull();
  });

  it('asks for something to look up when the box is empty', async () => {
    renderScan();
    fireEvent.click(await screen.findByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Hãy nhập mã hồ sơ/);
  });
});
