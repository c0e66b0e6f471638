import { atom } from 'recoil';
import { persisted } from '@/shared/state/persisted';
import type { QrResolution } from '@contract/qr';

export interface ScanRecord {
  text: string;
  result: QrResolution;
  at: string;
}

export const SCAN_HISTORY_LIMIT = 20;

/** The last scans, newest first, kept on the phone. */
export const scanHistoryState = atom<ScanRecord[]>({
  key: 'scanHistory',
  default: [],
  effects: [persisted('scan-history')],
});

export function addToHistory(list: ScanRecord[], record: ScanRecord): ScanRecord[] {
  return [record, ...list.filter((r) => r.text !== record.text)].slice(0, SCAN_HISTORY_LIMIT);
}
