import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { Programme } from '@contract/tv';
import { ProgrammeList, onAir } from './ProgrammeList';

const p = (id: string, start: string, end: string, title: string): Programme => ({
  id,
  start: `2026-11-27T${start}:00+07:00`,
  end: `2026-11-27T${end}:00+07:00`,
  title,
  description: `Mô tả ${title}`,
  category: 'Thời sự',
  live: title.startsWith('Thời sự'),
});
const items = [
  p('a', '18:30', '18:45', 'Thời tiết và giao thông'),
  p('b', '18:45', '19:00', 'Chương trình tiếng Thái'),
  p('c', '19:00', '19:45', 'Thời sự Đài Truyền hình Việt Nam'),
];
const at = (hhmm: string) => Date.parse(`2026-11-27T${hhmm}:00+07:00`);

describe('ProgrammeList', () => {
  it('finds what is on and what comes next', () => {
    expect(onAir(items, at('18:50'))).toEqual({ current: items[1], next: items[2] });
    expect(onAir(items, at('19:44'))).toEqual({ current: items[2], next: null });
    expect(onAir(items, at('20:00'))).toEqual({ current: null, next: null });
  });

  it('highlights the programme on air and moves the highlight as time passes', () => {
    const { rerender } = render(<ProgrammeList items={items} now={at('18:59')} />);
    const onNow = () => screen.getAllByTestId('programme').filter((li) => li.getAttribute('aria-current') === 'true');
    expect(onNow()).toHaveLength(1);
    expect(onNow()[0].textContent).toContain('Chương trình tiếng Thái');
    expect(onNow()[0].textContent).toContain('Đang phát');
    expect(screen.getAllByTestId('programme')[0].className).toContain('tv-programme--past');

    rerender(<ProgrammeList items={items} now={at('19:00')} />);
    expect(onNow()).toHaveLength(1);
    expect(onNow()[0].textContent).toContain('Thời sự Đài Truyền hình Việt Nam');
    expect(screen.getAllByTestId('programme')[1].className).toContain('tv-programme--past');
  });

  it('marks nothing on another day', () => {
    render(<ProgrammeList items={items} now={at('23:00')} />);
    expect(screen.getAllByTestId('programme').some((li) => li.getAttribute('aria-current'))).toBe(false);
    expect(screen.queryByText('Đang phát')).toBeNull();
  });
});
