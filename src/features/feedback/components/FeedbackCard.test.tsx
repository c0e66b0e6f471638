import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { FeedbackSummary } from '@contract/feedback';
import { FeedbackCard } from './FeedbackCard';
import { Timeline } from './Timeline';
import { shortPublicName, statusTone } from '../format';

const item: FeedbackSummary = {
  code: 'PA-261127-0001',
  title: '<script>alert(1)</script><b>Đèn</b> hỏng',
  excerpt: 'Đèn đường tắt',
  categoryId: 'dien-chieu-sang',
  categoryName: 'Điện – chiếu sáng',
  status: 'processing',
  statusLabel: 'Đang xử lý',
  state: 'open',
  areaId: 'phuong-sa-pa',
  areaName: 'Phường Sa Pa',
  address: '',
  location: null,
  agency: 'Công ty Điện lực Lào Cai',
  createdAt: '2026-11-27T08:00:00+07:00',
  updatedAt: '2026-11-27T08:00:00+07:00',
  photoCount: 0,
  thumbnailUrl: null,
  hasAnswer: false,
};

describe('feedback components', () => {
  it('renders a title typed with HTML as words and links to the report', () => {
    const { container } = render(
      <MemoryRouter>
        <ul>
          <FeedbackCard item={item} />
        </ul>
      </MemoryRouter>,
    );
    expect(screen.getByText('<script>alert(1)</script><b>Đèn</b> hỏng')).toBeTruthy();
    expect(container.querySelector('script, b')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/feedback/PA-261127-0001');
    expect(screen.getByText('Đang xử lý').className).toContain('lc-badge--warn');
  });

  it('shows the answer once: the timeline leaves out its text', () => {
    render(
      <Timeline
        entries={[
          { at: '2026-11-27T08:00:00+07:00', kind: 'created', status: 'received', statusLabel: 'Đã tiếp nhận', title: 'Tiếp nhận phản ánh', note: null, agency: null },
          { at: '2026-11-28T09:30:00+07:00', kind: 'answered', status: 'answered', statusLabel: 'Đã có trả lời', title: 'Điện lực Sa Pa trả lời', note: 'Đã thay bóng đèn.', agency: 'Điện lực Sa Pa' },
        ]}
      />,
    );
    expect(screen.getByText('Điện lực Sa Pa trả lời')).toBeTruthy();
    expect(screen.getByText('09:30 28/11/2026')).toBeTruthy();
    expect(screen.queryByText('Đã thay bóng đèn.')).toBeNull();
  });

  it('shortens a public name as the server does and colours statuses', () => {
    expect(shortPublicName('Nguyễn Thị Mai')).toBe('Nguyễn Thị M.');
    expect(shortPublicName('')).toBeNull();
    expect(statusTone('rejected')).toContain('danger');
    expect(statusTone('answered')).toBe('lc-badge');
  });
});
