import { atom, selector } from 'recoil';
import type { ContactDirectory } from '@contract/contacts';
import { fetchContacts } from './api';

/** Bumped by pull to refresh and "Thử lại", so the directory loads again. */
export const contactsVersionState = atom<number>({ key: 'contacts/version', default: 0 });

export const contactsQuery = selector<ContactDirectory>({
  key: 'contacts/directory',
  get: ({ get }) => {
    get(contactsVersionState);
    return fetchContacts();
  },
});
