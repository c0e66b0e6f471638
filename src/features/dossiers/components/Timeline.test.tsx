import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { HistoryStep } from '@contract/dossiers';
import { Timeline } from './Timeline';

const step = (n: number, status: number, statusLabel: string, action: string): HistoryStep =>
  ({ step: n, status, statusLabel, action, office: 'UBND xã Y Tý', officer: null, actor: 'officer', note: null, at: `2027-03-18T09:3${n}:00+07:00` });

describe('dossier Timeline', () => {
  it('names the status under the action, once when the two are the same words', () => {
    render(
      <Timeline
        steps={[
          step(1, 2, 'Được tiếp nhận', 'Tiếp nhận hồ sơ'),
          step(2, 6, 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Yêu cầu thực hiện nghĩa vụ tài chính'),
        ]}
      />,
    );
    expect(screen.getAllByText('Yêu cầu thực hiện nghĩa vụ tài chính')).toHaveLength(1);
    expect(screen.getByText('Tiếp nhận hồ sơ')).toBeTruthy();
    expect(screen.getByText('Được tiếp nhận')).toBeTruthy();
    // Newest first.
    expect(screen.getAllByRole('listitem')[0].textContent).toMatch(/^Yêu cầu thực hiện nghĩa vụ tài chính/);
  });
});
