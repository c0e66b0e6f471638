/**
 * Masks personal data for public views of a dossier: enough for its owner to recognise it,
 * too little for anyone else to learn who it is.
 */

/** "Nguyễn Văn An" → "Nguyễn V*** A"; "Lò Thị Hoa" → "Lò T*** H"; "Mai" → "M***". */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const initial = (w: string) => Array.from(w)[0].toLocaleUpperCase('vi');
  if (words.length === 1) return `${initial(words[0])}***`;
  const [first, ...rest] = words;
  const last = rest.pop()!;
  return [first, ...rest.map((w) => `${initial(w)}***`), initial(last)].join(' ');
}

/** Keeps the last `visible` characters: "0912341234" → "******1234", a CCCD → "********1234". */
export function maskDigits(value: string, visible = 4): string {
  const chars = Array.from(value.replace(/\s+/g, ''));
  if (chars.length <= visible) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - visible) + chars.slice(-visible).join('');
}

/** "mai.nguyen@gmail.com" → "m***@gmail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskDigits(email);
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}
