import type { ContactDirectory } from '@contract/contacts';
import { apiGet } from '@/shared/api';

/** The whole directory (public: the API client keeps a copy for when the phone is offline). */
export const fetchContacts = () => apiGet<ContactDirectory>('/api/contacts');
