import type { ErrorBody } from '@contract/common';

export type ApiErrorKind = 'network' | 'timeout' | 'server' | 'client';

/** Every failed call becomes this: a kind, the server's Vietnamese message, and field details. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status: number | null,
    readonly code: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Message for one form field (`applicant.phone`), if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}

export function isErrorBody(data: unknown): data is ErrorBody {
  return (
    typeof data === 'object' &&
    data !== null &&
    'error' in data &&
    typeof (data as ErrorBody).error?.message === 'string'
  );
}

/** Words for a person, whatever went wrong. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && 'userMessage' in e && typeof e.userMessage === 'string') return e.userMessage;
  return 'Đã có lỗi xảy ra. Vui lòng thử lại.';
}
