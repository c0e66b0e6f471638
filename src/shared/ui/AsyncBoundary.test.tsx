import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { AsyncBoundary } from './AsyncBoundary';
import { ApiError } from '../api/errors';

let fail = true;
function Flaky() {
  if (fail) throw new ApiError('Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', 'network', null, 'NETWORK');
  return <p>Nội dung đã tải</p>;
}

describe('AsyncBoundary', () => {
  it('shows the error in words with a retry that re-queries and shows the content', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onRetry = vi.fn(() => {
      fail = false;
    });
    render(
      <AsyncBoundary fallback={<p>Đang tải</p>} onRetry={onRetry}>
        <Flaky />
      </AsyncBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Mất kết nối/);
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByText('Nội dung đã tải')).toBeTruthy();
  });

  it('stays silent for optional widgets', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fail = true;
    const { container } = render(
      <AsyncBoundary fallback={null} silent>
        <Flaky />
      </AsyncBoundary>,
    );
    expect(container.textContent).toBe('');
  });
});
