import type { TimelineEntry } from '@contract/feedback';
import { formatDateTime } from '@/shared/format/date';

/** The public history of a report, oldest first (an answer's text is shown once, above it). */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="fb-timeline">
      {entries.map((e, i) => (
        <li key={i} className={`fb-timeline-item${i === entries.length - 1 ? ' fb-timeline-item--last' : ''}`}>
          <span className="fb-timeline-dot" aria-hidden="true" />
          <div>
            <p className="fb-timeline-title">{e.title}</p>
            <p className="fb-timeline-time lc-muted">
              {formatDateTime(e.at)}
              {e.officer ? ` · ${e.officer}` : ''}
            </p>
            {e.note && e.kind !== 'answered' ? <p className="fb-timeline-note">{e.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
