import type { Upload } from '@contract/uploads';
import { apiPost } from './client';

/**
 * Sends one file to `POST /api/uploads`, reporting progress from 0 to 1. Attach the returned id
 * to the dossier or report. Retrying a failed upload is safe: an unused upload is simply ignored.
 */
export function uploadFile(file: Blob, name: string, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<Upload> {
  const form = new FormData();
  form.append('file', file, name);
  return apiPost<Upload>('/api/uploads', form, {
    signal,
    onUploadProgress: (loaded, total) => {
      if (onProgress && total) onProgress(Math.min(1, loaded / total));
    },
  });
}
