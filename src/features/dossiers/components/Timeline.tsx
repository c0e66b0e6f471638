import type { HistoryStep } from '@contract/dossiers';
import { formatDateTime } from '@/shared/format/date';
import { statusTone } from './status';

/** Every step of the dossier, newest first: what was done, where, by whom and when. */
export function Timeline({ steps }: { steps: HistoryStep[] }) {
  const ordered = [...steps].reverse();
  return (
    <ol className="dsr-timeline" aria-label="Quá trình xử lý">
      {ordered.map((s, i) => (
        <li key={s.step} className={`dsr-step dsr-step--${statusTone(s.status)}${i === 0 ? ' dsr-step--current' : ''}`}>
          <span className="dsr-step-dot" aria-hidden="true" />
          <div className="dsr-step-body">
            <p className="dsr-step-title">{s.action}</p>
            {/* The status under the action, unless the action already says it word for word. */}
            {s.statusLabel !== s.action && <p className="dsr-step-status">{s.statusLabel}</p>}
            <p className="dsr-step-where lc-muted">
              {s.office}
              {s.officer ? ` · ${s.officer}` : ''}
            </p>
            {s.note && <p className="dsr-step-note">{s.note}</p>}
            <p className="dsr-step-time lc-muted">
              <time dateTime={s.at}>{formatDateTime(s.at)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
