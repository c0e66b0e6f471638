export { apiGet, apiPost, apiUrl, newIdempotencyKey, qrSvgUrl, setAuthProvider, API_BASE_URL, type CallOptions } from './client';
export { ApiError, errorMessage } from './errors';
export { uploadFile } from './uploads';
