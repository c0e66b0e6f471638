import { z } from 'zod';

export const QR_KINDS = ['dossier', 'feedback', 'news', 'place', 'tour', 'appointment'] as const;
export type QrItemKind = (typeof QR_KINDS)[number];

export const QrResolveQuery = z.object({
  data: z
    .string({ error: 'Thiếu nội dung mã QR (tham số data).' })
    .min(1, 'Nội dung mã QR đang trống.')
    .max(2000, 'Nội dung mã QR quá dài (tối đa 2.000 ký tự).'),
});

/** What a scanned text is: an item of the app, a web link, or just text. */
export const QrResolution = z.object({
  kind: z.enum([...QR_KINDS, 'url', 'unknown']),
  /** The item's id or code; the link for `url`; the text for `unknown`. */
  id: z.string(),
  /** For items: whether it exists here. A code that looks right may still be mistyped. */
  found: z.boolean(),
  /** For links: the site, shown before the user agrees to open it. */
  domain: z.string().optional(),
  /** For a dossier's receipt (its QR code or link): the receipt key, which shows the applicant masked. */
  key: z.string().optional(),
});
export type QrResolution = z.infer<typeof QrResolution>;

/** `?key=`: a dossier's QR code is its receipt's, and is drawn only with the receipt key. */
export const QrImageQuery = z.object({ key: z.string().max(100).optional() });

export const QrImageParams = z.object({
  kind: z.enum(QR_KINDS, { error: 'Loại mã QR không hợp lệ.' }),
  id: z
    .string()
    .min(1)
    .max(100, 'Mã quá dài.')
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ, số, dấu chấm, gạch nối.'),
});
