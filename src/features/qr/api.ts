import type { QrResolution } from '@contract/qr';
import { apiGet } from '@/shared/api';

export function resolveQr(data: string): Promise<QrResolution> {
  return apiGet<QrResolution>('/api/qr/resolve', { params: { data } });
}
