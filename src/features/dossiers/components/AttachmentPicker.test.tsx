import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { Upload } from '@contract/uploads';

const uploadFile = vi.fn();
vi.mock('@/shared/api', async (orig) => ({ ...(await orig<typeof import('@/shared/api')>()), uploadFile }));
const pickFiles = vi.fn();
const pickImages = vi.fn();
vi.mock('@/shared/zalo', async (orig) => ({ ...(await orig<typeof import('@/shared/zalo')>()), pickFiles, pickImages }));

const { AttachmentPicker } = await import('./AttachmentPicker');

function Harness({ max = 10 }: { max?: number }) {
  const [files, setFiles] = useState<Upload[]>([]);
  return <AttachmentPicker attachments={files} max={max} onAdd={(u) => setFiles((f) => [...f, u])} onRemove={(id) => setFiles((f) => f.filter((x) => x.id !== id))} />;
}

const pdf = (name: string) => new File(['%PDF-1.4 giấy tờ'], name, { type: 'application/pdf' });

describe('AttachmentPicker', () => {
  it('uploads with progress, lists the file and lets it be removed', async () => {
    let finish: (u: Upload) => void = () => undefined;
    uploadFile.mockImplementation((_f: Blob, name: string, onProgress: (x: number) => void) => {
      onProgress(0.5);
      return new Promise<Upload>((resolve) => (finish = () => resolve({ id: 'up_1', name, size: 2048, contentType: 'application/pdf' })));
    });
    pickFiles.mockResolvedValue([pdf('to-khai.pdf')]);
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: /Chọn tệp PDF/ }));
    const bar = await screen.findByRole('progressbar', { name: 'Đang tải to-khai.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    await act(async () => finish({ id: 'up_1', name: 'to-khai.pdf', size: 2048, contentType: 'application/pdf' }));
    expect(await screen.findByText(/Đã tải lên/)).toBeTruthy();
    expect(screen.getByText('Đã có 1/10 tệp.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp to-khai.pdf' }));
    expect(screen.queryByText('to-khai.pdf')).toBeNull();
  });

  it('shows a failed upload with a way to try again', async () => {
    uploadFile.mockRejectedValueOnce(Object.assign(new Error('Không kết nối được máy chủ.'), { kind: 'network' }));
    uploadFile.mockResolvedValueOnce({ id: 'up_2', name: 'anh.pdf', size: 10, contentType: 'application/pdf' });
    pickFiles.mockResolvedValue([pdf('anh.pdf')]);
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: /Chọn tệp PDF/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Đã có lỗi|kết nối/);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại anh.pdf' }));
    expect(await screen.findByText(/Đã tải lên/)).toBeTruthy();
  });

  it('refuses other file types and keeps to the maximum', async () => {
    uploadFile.mockImplementation((_f: Blob, name: string) => Promise.resolve({ id: `up_${name}`, name, size: 10, contentType: 'application/pdf' }));
    pickFiles.mockResolvedValue([new File(['x'], 'ghi-chu.txt', { type: 'text/plain' }), pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    render(<Harness max={2} />);
    fireEvent.click(screen.getByRole('button', { name: /Chọn tệp PDF/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tối đa 2 tệp/);
    expect(await screen.findAllByText(/Đã tải lên/)).toHaveLength(2);
    expect((screen.getByRole('button', { name: /Chọn tệp PDF/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
