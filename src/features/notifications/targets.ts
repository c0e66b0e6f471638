import { paths } from '@/shared/routes';

/** The page a notice is about: a dossier, a report or an appointment, by its code. */
export function notificationTarget(kind: string, refId: string): string | null {
  if (kind === 'dossier') return paths.dossier(refId);
  if (kind === 'feedback') return paths.feedbackItem(refId);
  if (kind === 'appointment') return paths.appointment(refId);
  return null;
}
