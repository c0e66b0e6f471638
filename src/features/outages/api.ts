import type { BranchList, Outage, OutagePage, OutageStatus, OutageType } from '@contract/outages';
import { apiGet, apiUrl } from '@/shared/api';

/** Power-outage schedule calls (see the contract for the fields). */

export type OutageParams = {
  branch?: string;
  commune?: string;
  status?: OutageStatus[];
  type?: OutageType;
  q?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export const fetchBranches = () => apiGet<BranchList>('/api/outages/branches');

export const fetchOutages = (p: OutageParams) =>
  apiGet<OutagePage>('/api/outages', {
    params: {
      branch: p.branch,
      commune: p.commune,
      status: p.status?.join(','),
      type: p.type,
      q: p.q,
      from: p.from,
      to: p.to,
      page: p.page,
      pageSize: p.pageSize,
    },
  });

export const fetchOutage = (id: string) => apiGet<Outage>(`/api/outages/${encodeURIComponent(id)}`);

/** Address of the iCalendar file: one outage, or a branch's / communes' schedule. */
export function calendarUrl(p: { id?: string; branch?: string; commune?: string }): string {
  const q = new URLSearchParams();
  if (p.id) q.set('id', p.id);
  if (p.branch) q.set('branch', p.branch);
  if (p.commune) q.set('commune', p.commune);
  const s = q.toString();
  return apiUrl(`/api/outages.ics${s ? `?${s}` : ''}`);
}
