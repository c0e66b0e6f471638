import type { Contact, ContactDirectory, ContactGroup } from '@contract/contacts';
import { foldVietnamese } from '@/shared/format';

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** What a contact can be found by: its name, what it is for, its commune and address, its number. */
const haystack = (c: Contact) => foldVietnamese([c.name, c.detail, c.commune, c.address].filter(Boolean).join(' '));

/**
 * The groups holding what was typed, with or without accents, every word somewhere in the entry
 * ("bat xat" finds UBND xã Bát Xát's centre, "cuu hoa" finds 114); digits also match the number
 * ("6769" finds the power line). Groups left empty are dropped.
 */
export function searchDirectory(directory: ContactDirectory, query: string): ContactGroup[] {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return directory.groups;
  const digits = digitsOf(query);
  const matches = (c: Contact) => {
    if (digits.length >= 3 && digits === query.replace(/\s/g, '') && digitsOf(c.phone).includes(digits)) return true;
    const text = haystack(c);
    return words.every((w) => text.includes(w));
  };
  return directory.groups.map((g) => ({ ...g, items: g.items.filter(matches) })).filter((g) => g.items.length > 0);
}
