import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { IdParam } from '../contract/common.js';
import { Upload, UPLOAD_MAX_BYTES } from '../contract/uploads.js';
import { requireUser } from '../plugins/auth.js';
import { AppError, badRequest, notFound } from '../plugins/errors.js';
import { cleanFileName, findUpload, sniffAllowedType, storeUpload, uploadedInLastDay } from '../services/uploads.js';
import { LocationNotRemovable, withoutLocation } from '../services/photo-location.js';
import { mayActFor } from '../services/officers.js';
import type { Db } from '../db/connection.js';

/** The agency whose dossier or report a file is attached to (officers of that agency may open it). */
function attachedAgencyOf(db: Db, attachedTo: string | null): string | null {
  const m = /^(dossier|feedback):(.+)$/.exec(attachedTo ?? '');
  if (!m) return null;
  const sql = m[1] === 'dossier' ? 'SELECT agency_code FROM dossiers WHERE code = ?' : 'SELECT agency_code FROM feedback WHERE code = ?';
  return (db.prepare(sql).pluck().get(m[2]) as string | null | undefined) ?? null;
}

/**
 * The one file of a multipart request. A body cut short or without a boundary makes the parser
 * throw plain errors; those are the sender's fault (400), not the server's.
 */
async function readSinglePart(request: FastifyRequest) {
  try {
    const part = await request.file();
    if (!part) throw badRequest('Chưa có tệp nào được gửi.');
    if (part.fieldname !== 'file') throw badRequest('Tệp phải được gửi trong phần tên "file".');
    return { part, bytes: await part.toBuffer() };
  } catch (e) {
    if (e instanceof AppError || (typeof (e as { statusCode?: number }).statusCode === 'number' && (e as { statusCode: number }).statusCode < 500)) throw e;
    throw new AppError(400, 'BAD_MULTIPART', 'Tệp gửi lên bị lỗi hoặc bị ngắt giữa chừng. Vui lòng gửi lại.');
  }
}

const MB = 1024 * 1024;

/** Over one person's daily allowance: files, or bytes with this file. */
function checkAllowance(used: { files: number; bytes: number }, adding: number, limits: { files: number; bytes: number }) {
  if (used.files >= limits.files) {
    throw new AppError(
      429,
      'UPLOAD_QUOTA',
      `Bạn đã tải lên ${used.files} tệp trong 24 giờ qua, mức tối đa cho một người. Vui lòng dùng lại các tệp đã tải hoặc thử lại sau.`,
    );
  }
  if (used.bytes + adding > limits.bytes) {
    throw new AppError(
      429,
      'UPLOAD_QUOTA',
      `Tệp này vượt mức dung lượng tải lên trong 24 giờ (tối đa ${Math.round(limits.bytes / MB)} MB mỗi người, bạn đã dùng ${Math.ceil(used.bytes / MB)} MB). Vui lòng thử lại sau.`,
    );
  }
}

export default async function uploadRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/uploads', { schema: { response: { 201: Upload } } }, async (request, reply) => {
    const ownerId = await requireUser(request);
    if (!request.isMultipart()) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data, trong phần tên "file".');
    }
    const now = ctx.now();
    const limits = { files: ctx.config.uploadsPerDay, bytes: ctx.config.uploadBytesPerDay };
    // Checked before the body is read (over the allowance, nothing more is received), and again
    // just before storing, with no wait in between, so two uploads at once cannot both slip in.
    checkAllowance(uploadedInLastDay(ctx.db, ownerId, now), 0, limits);
    const { part, bytes } = await readSinglePart(request);
    // The multipart plugin can miss the limit on the last chunk; the truncated flag never lies.
    if (part.file.truncated || bytes.length > UPLOAD_MAX_BYTES) {
      throw new AppError(413, 'FILE_TOO_LARGE', 'Tệp quá lớn: mỗi tệp tối đa 10 MB.');
    }
    if (bytes.length === 0) throw badRequest('Tệp đang trống.');
    const contentType = await sniffAllowedType(bytes);
    if (!contentType) {
      throw new AppError(415, 'UNSUPPORTED_FILE_TYPE', 'Chỉ nhận tệp PDF, ảnh JPEG, PNG, HEIC hoặc WebP.');
    }
    // A report's photos are public: where a photo was taken is not kept (see services/photo-location.ts),
    // and a picture it cannot be taken out of is refused.
    let clean: Buffer;
    try {
      clean = withoutLocation(bytes, contentType);
    } catch (e) {
      if (e instanceof LocationNotRemovable) throw new AppError(415, 'IMAGE_NOT_CLEANABLE', e.message);
      throw e;
    }
    checkAllowance(uploadedInLastDay(ctx.db, ownerId, now), clean.length, limits);
    const upload = storeUpload(ctx.db, ctx.config.uploadsDir, { ownerId, name: cleanFileName(part.filename), contentType, bytes: clean }, now);
    return reply.code(201).send(upload);
  });

  r.get('/api/uploads/:id/content', { schema: { params: IdParam } }, async (request, reply) => {
    const row = findUpload(ctx.db, request.params.id);
    if (!row) throw notFound('Không tìm thấy tệp.');
    if (!row.public) {
      const caller = await request.caller();
      const allowed =
        (caller.kind === 'officer' && mayActFor(caller.officer, attachedAgencyOf(ctx.db, row.attached_to))) ||
        (caller.kind === 'user' && caller.userId === row.owner_id);
      if (!allowed) throw notFound('Không tìm thấy tệp.');
    }
    const file = path.join(ctx.config.uploadsDir, row.id);
    if (!fs.existsSync(file)) throw notFound('Tệp không còn trên máy chủ.');
    // Served as the type we sniffed, never rendered as a page, never guessed by the browser.
    return reply
      .header('Content-Type', row.content_type)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox")
      .header('Content-Disposition', `${row.content_type === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(row.name)}`)
      .header('Cache-Control', row.public ? 'public, max-age=86400' : 'private, max-age=300')
      .send(fs.createReadStream(file));
  });
}
