/**
 * Dossier and report codes as people type, paste or read them aloud: spaces where the dashes go,
 * lower case, typographic dashes from a word processor or a phone keyboard. Shared by the server
 * (QR and link resolution) and the app (the lookup form), so both recognise the same things.
 */

/** Every dash a keyboard or an editor may put in place of `-`, and full-width forms. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** NFKC folds full-width digits and letters; dashes become `-`. */
const tidy = (text: string) => text.normalize('NFKC').replace(DASHES, '-');

// Between the parts: a dash, spaces, or both (`H38 - 261118 - 0001`, `H38 261118 0001`).
const SEP = String.raw`\s*(?:-\s*|\s)\s*`;
const DOSSIER = new RegExp(String.raw`(?<![\d.])(\d{3})\s*\.\s*(\d{2})\s*\.\s*(\d{2})\s*\.\s*H\s*38${SEP}(\d{6})${SEP}(\d{4,6})(?!\d)`, 'i');
const FEEDBACK = new RegExp(String.raw`(?<![A-Z\d])PA(?:${SEP})?(\d{6})${SEP}(\d{4,6})(?!\d)`, 'i');

/** `000.02.31.H38-261118-0001` from anything that holds one, else null. */
export function findDossierCode(text: string): string | null {
  const m = DOSSIER.exec(tidy(text));
  return m ? `${m[1]}.${m[2]}.${m[3]}.H38-${m[4]}-${m[5]}` : null;
}

const APPOINTMENT = new RegExp(String.raw`(?<![A-Z\d])LH${SEP}(\d{6})${SEP}([A-HJ-NP-Z2-9]{6})(?![A-Z\d])`, 'i');

/** `LH-270319-K7Q2MX` (an appointment's ticket) from anything that holds one, else null. */
export function findAppointmentCode(text: string): string | null {
  const m = APPOINTMENT.exec(tidy(text));
  return m ? `LH-${m[1]}-${m[2].toUpperCase()}` : null;
}

/** `PA-261127-0012` from anything that holds one, else null. */
export function findFeedbackCode(text: string): string | null {
  const m = FEEDBACK.exec(tidy(text));
  return m ? `PA-${m[1]}-${m[2]}` : null;
}
