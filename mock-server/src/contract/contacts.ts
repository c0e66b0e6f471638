import { z } from 'zod';

/**
 * The directory of hotlines and contacts (Danh bạ – Đường dây nóng): emergency numbers, the
 * province's lines, the power company and its branches, and every commune's public
 * administrative service centre. One answer with everything: about 120 entries, searched on the phone.
 */

export const CONTACT_GROUPS = ['emergency', 'province', 'power', 'communes'] as const;
export type ContactGroupId = (typeof CONTACT_GROUPS)[number];

export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  /** What to call it for ("Cháy, nổ, cứu nạn, cứu hộ"). */
  detail: z.string().nullable(),
  /** As written on a notice: "0214 3 840 129", "113", "1900 6769". */
  phone: z.string(),
  /** Calls free of charge (emergency numbers, 1800 lines). */
  free: z.boolean(),
  address: z.string().nullable(),
  /** "07:30–11:30 và 13:30–17:00, thứ Hai đến thứ Sáu", or "Cả ngày đêm". */
  hours: z.string().nullable(),
  /** The commune or ward it serves, for the commune centres. */
  commune: z.string().nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactGroup = z.object({
  id: z.enum(CONTACT_GROUPS),
  title: z.string(),
  items: z.array(Contact),
});
export type ContactGroup = z.infer<typeof ContactGroup>;

export const ContactDirectory = z.object({ groups: z.array(ContactGroup) });
export type ContactDirectory = z.infer<typeof ContactDirectory>;
