import { Link } from 'react-router-dom';
import type { DossierSummary } from '@contract/dossiers';
import { paths } from '@/shared/routes';
import { DeadlineBadge, StatusBadge, shortDate as formatDate } from './status';

export function DossierCard({ dossier: d }: { dossier: DossierSummary }) {
  const needsAction = d.status === 5 || d.status === 6;
  return (
    <Link to={paths.dossier(d.code)} className={`lc-card dsr-dossier-card${needsAction ? ' dsr-dossier-card--action' : ''}`}>
      <span className="dsr-dossier-top">
        <StatusBadge status={d.status} label={d.statusLabel} />
        <DeadlineBadge overdue={d.overdue} dueSoon={d.dueSoon} />
      </span>
      <span className="dsr-dossier-name">{d.procedureName}</span>
      <span className="dsr-code">{d.code}</span>
      <span className="dsr-dossier-dates lc-muted">
        Nộp {formatDate(d.receivedAt)}
        {d.final ? (d.finishedAt ? ` · Kết thúc ${formatDate(d.finishedAt)}` : '') : d.status === 5 ? '' : d.status === 9 ? ' · Đã có kết quả' : ` · Hẹn trả ${formatDate(d.dueAt)}`}
      </span>
      {needsAction && <span className="dsr-dossier-action">{d.status === 5 ? 'Cần bổ sung giấy tờ — bấm để xem' : 'Cần nộp phí, lệ phí — bấm để xem'}</span>}
    </Link>
  );
}
