import type { QrItemKind } from '@contract/qr';
import { paths } from '@/shared/routes';

/** The page that shows an item of each kind (a dossier with its receipt key, when the code carried one). */
export function pathForItem(kind: QrItemKind, id: string, key?: string): string {
  switch (kind) {
    case 'dossier':
      return paths.dossier(id, key);
    case 'feedback':
      return paths.feedbackItem(id);
    case 'news':
      return paths.article(id);
    case 'place':
      return paths.place(id);
    case 'tour':
      return paths.tour(id);
    case 'appointment':
      return paths.appointment(id);
  }
}

export const KIND_LABEL: Record<QrItemKind, string> = {
  dossier: 'Hồ sơ',
  feedback: 'Phản ánh',
  news: 'Tin bài',
  place: 'Địa điểm',
  tour: 'Tour',
  appointment: 'Lịch hẹn',
};

const KINDS = new Set<string>(['dossier', 'feedback', 'news', 'place', 'tour', 'appointment']);

/**
 * `?qr=news/abc` from a deep link, read without asking the server (the form is ours); a dossier's
 * receipt adds `&key=<receipt key>` (`key`, passed in when present).
 */
export function parseDeepLinkParam(value: string | null, key: string | null = null): { kind: QrItemKind; id: string; key?: string } | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  const kind = value.slice(0, slash);
  const id = value.slice(slash + 1);
  if (!(slash > 0 && KINDS.has(kind) && /^[A-Za-z0-9._-]{1,100}$/.test(id))) return null;
  return kind === 'dossier' && key && /^[A-Za-z0-9_-]{16}$/.test(key) ? { kind, id, key } : { kind: kind as QrItemKind, id };
}
