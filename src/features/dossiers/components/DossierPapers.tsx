import type { DossierPaper } from '@contract/dossiers';
import { formatDate } from '@/shared/format/date';
import { Icon } from '@/shared/ui';
import { formatSize } from './AttachmentPicker';

/** The dossier's papers, each with its files; a file sent later says with which supplement. */
export function DossierPapers({ papers }: { papers: DossierPaper[] }) {
  return (
    <ul className="lc-card dsr-paper-files">
      {papers.map((p) => (
        <li key={p.id ?? 'earlier'}>
          <p className="dsr-paper-name">
            {p.name}
            {p.copies && <span className="lc-muted dsr-paper-copies-inline"> · {p.copies}</span>}
          </p>
          <ul className="dsr-review-files">
            {p.files.map((f) => (
              <li key={f.id}>
                <Icon name={f.contentType === 'application/pdf' ? 'document' : 'image'} size={18} /> {f.name}{' '}
                <span className="lc-muted">
                  ({formatSize(f.size)}
                  {f.round > 0 ? `, bổ sung ngày ${formatDate(f.addedAt)}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
