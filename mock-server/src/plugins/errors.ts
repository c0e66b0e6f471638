import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestValidationError } from './zod.js';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** An answer we mean to give: a status, a stable code and a message a resident understands. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) => new AppError(400, 'BAD_REQUEST', message, details);
export const unauthorized = (message = 'Bạn cần đăng nhập bằng Zalo để làm việc này.') =>
  new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'Bạn không có quyền làm việc này.') => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message = 'Không tìm thấy nội dung bạn cần.') => new AppError(404, 'NOT_FOUND', message);
export const conflict = (message: string, code = 'CONFLICT') => new AppError(409, code, message);

/** One field wrong: the same shape as a schema failure, for rules zod cannot express alone. */
export const invalidField = (path: string, message: string) =>
  new AppError(400, 'VALIDATION_ERROR', 'Dữ liệu gửi lên chưa hợp lệ.', [{ path, message }]);

const CONTEXT_NAMES: Record<string, string> = { body: '', querystring: '', params: '', headers: 'header.' };

function validationDetails(err: RequestValidationError): ErrorDetail[] {
  const prefix = CONTEXT_NAMES[err.validationContext ?? ''] ?? '';
  return err.issues.map((issue) => ({
    path: prefix + (issue.path.length ? issue.path.map(String).join('.') : '(gốc)'),
    message: issue.message,
  }));
}

/** Fastify's and its plugins' own errors, worded for people. */
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON', 'Nội dung JSON đang trống.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', 'Độ dài nội dung không khớp.'],
  FST_ERR_CTP_INVALID_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không hợp lệ.'],
  FST_ERR_BAD_URL: [400, 'BAD_URL', 'Địa chỉ yêu cầu không hợp lệ.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'FILE_TOO_LARGE', 'Tệp quá lớn: mỗi tệp tối đa 10 MB.'],
  FST_FILES_LIMIT_REACHED: [413, 'TOO_MANY_FILES', 'Chỉ gửi một tệp mỗi lần.'],
  FST_PARTS_LIMIT_REACHED: [413, 'TOO_MANY_PARTS', 'Yêu cầu có quá nhiều phần.'],
  FST_FIELDS_LIMIT_REACHED: [413, 'TOO_MANY_PARTS', 'Yêu cầu có quá nhiều trường.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data.'],
  FST_PROTO_VIOLATION: [400, 'BAD_REQUEST', 'Dữ liệu gửi lên không hợp lệ.'],
  FST_ERR_VALIDATION: [400, 'VALIDATION_ERROR', 'Dữ liệu gửi lên chưa hợp lệ.'],
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: ErrorDetail[]) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send({ error: details && details.length ? { code, message, details } : { code, message } });
}

function handleError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) return sendError(reply, err.statusCode, err.code, err.message, err.details);
  if (err instanceof RequestValidationError) {
    return sendError(reply, 400, 'VALIDATION_ERROR', 'Dữ liệu gửi lên chưa hợp lệ.', validationDetails(err));
  }
  const fe = err as FastifyError;
  const known = fe.code ? FRAMEWORK_ERRORS[fe.code] : undefined;
  if (known) return sendError(reply, known[0], known[1], known[2]);
  if (fe.statusCode === 429) return sendError(reply, 429, 'RATE_LIMITED', 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendError(reply, fe.statusCode, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.');
  }
  request.log.error({ err }, 'unhandled error');
  return sendError(reply, 500, 'INTERNAL', 'Máy chủ gặp sự cố. Vui lòng thử lại sau.');
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, 404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này trên máy chủ.'),
  );
}
