import { useState } from 'react';
import type { Appointment } from '@contract/appointments';
import { qrSvgUrl } from '@/shared/api';
import { formatDateTime } from '@/shared/format/date';
import { Icon } from '@/shared/ui';
import { callPhone } from '@/shared/zalo';
import { longDate, slotRange } from '../dates';

export function statusOf(a: Appointment): { label: string; tone: 'booked' | 'cancelled' | 'past' } {
  if (a.status === 'cancelled') return { label: 'Đã hủy', tone: 'cancelled' };
  if (!a.upcoming) return { label: 'Đã qua', tone: 'past' };
  return { label: 'Đã đặt', tone: 'booked' };
}

/** The ticket: when and where, for what, and the QR code the desk scans (the code under it too). */
export function TicketCard({ a }: { a: Appointment }) {
  const [qrFailed, setQrFailed] = useState(false);
  const status = statusOf(a);
  return (
    <article className={`lc-card apt-ticket apt-ticket--${status.tone}`} aria-label={`Lịch hẹn ${a.code}`}>
      <p className={`apt-status apt-status--${status.tone}`}>{status.label}</p>
      <p className="apt-ticket-time">{slotRange(a.time)}</p>
      <p className="apt-ticket-date">{longDate(a.date)}</p>
      {a.cancelledAt && <p className="lc-muted apt-text">Bạn đã hủy lịch hẹn này lúc {formatDateTime(a.cancelledAt)}.</p>}
      <div className="apt-ticket-where">
        <p className="apt-office-name">{a.office.name}</p>
        <p className="apt-line">
          <Icon name="pin" size={16} /> {a.office.address}
        </p>
        <p className="apt-line">
          <Icon name="phone" size={16} />{' '}
          <button type="button" className="apt-link" onClick={() => void callPhone(a.office.phone)}>
            {a.office.phone}
          </button>
        </p>
        {a.procedure && (
          <p className="apt-line">
            <Icon name="document" size={16} /> {a.procedure.name}
          </p>
        )}
        {a.note && (
          <p className="apt-line">
            <Icon name="text" size={16} /> {a.note}
          </p>
        )}
      </div>
      {a.status === 'booked' && (
        <div className="apt-qr">
          {!qrFailed && (
            <img
              className="apt-qr-img"
              src={qrSvgUrl('appointment', a.code)}
              width={168}
              height={168}
              alt={`Mã QR của lịch hẹn ${a.code}`}
              onError={() => setQrFailed(true)}
            />
          )}
          <p className="apt-code">{a.code}</p>
          <p className="lc-muted apt-qr-caption">Xuất trình mã này tại quầy tiếp nhận. Nên đến trước giờ hẹn 10 phút và mang theo Căn cước cùng giấy tờ bản chính.</p>
        </div>
      )}
    </article>
  );
}
