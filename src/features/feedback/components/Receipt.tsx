import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FeedbackDetail } from '@contract/feedback';
import { qrSvgUrl } from '@/shared/api';
import { formatDate } from '@/shared/format/date';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';

/**
 * The receipt of a report just sent, shown above the report itself: its code and QR to keep, where
 * it went and when to expect an answer. It lives on the report's own address, so a reload keeps it.
 */
export function Receipt({ report }: { report: FeedbackDetail }) {
  const [qrOk, setQrOk] = useState(true);
  return (
    <section className="lc-card fb-receipt" aria-labelledby="fb-receipt-title">
      <div className="fb-receipt-icon">
        <Icon name="check" size={36} />
      </div>
      <h2 id="fb-receipt-title">Đã gửi phản ánh</h2>
      <p className="lc-muted">Mã tra cứu của bạn</p>
      <p className="fb-receipt-code">{report.code}</p>
      {qrOk && <img className="fb-receipt-qr" src={qrSvgUrl('feedback', report.code)} alt={`Mã QR của phản ánh ${report.code}`} onError={() => setQrOk(false)} />}
      <p>
        Phản ánh đã được chuyển tới <strong>{report.agency}</strong>. Hạn trả lời dự kiến: {formatDate(report.expectedAt)}.
      </p>
      <p className="fb-hint">{report.serviceNotice}</p>
      <p className="fb-hint">Bạn sẽ nhận thông báo khi phản ánh có tiến triển. Nội dung đã gửi ở ngay bên dưới.</p>
      <div className="fb-actions">
        <Link className="lc-button lc-button--secondary lc-button--block" to={paths.myFeedback}>
          Phản ánh của tôi
        </Link>
      </div>
    </section>
  );
}
