import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './icons';
import './Sheet.css';

/**
 * Imported from '@/shared/ui/Sheet' by the pages that use it (not the first screen's index).
 *
 * A panel that rises from the bottom, for a short task on top of a page (confirming, attaching).
 * Escape or the close button dismisses it; focus moves into it and back when it closes.
 */
export function Sheet({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
      before?.focus?.();
    };
  }, [open, onClose]);
  if (!open) return null;
  return (
    <div className="lc-sheet-backdrop" onClick={onClose}>
      <div
        ref={panel}
        className="lc-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="lc-sheet-head">
          <h2 id={titleId} className="lc-sheet-title">
            {title}
          </h2>
          <button type="button" className="lc-icon-button" onClick={onClose} aria-label="Đóng">
            <Icon name="close" />
          </button>
        </div>
        <div className="lc-sheet-body">{children}</div>
      </div>
    </div>
  );
}
