import { atom, selector, selectorFamily } from 'recoil';
import type { Branch, Outage, OutagePage, OutageStatus } from '@contract/outages';
import { persisted } from '@/shared/state/persisted';
import { fetchBranches, fetchOutage, fetchOutages, type OutageParams } from './api';

/** Status changes with the clock, so lists are cached per five minutes, not forever. */
export const clockKey = (now = Date.now()) => Math.floor(now / 300_000);

export const branchesQuery = selector<Branch[]>({
  key: 'outages/branches',
  get: async () => (await fetchBranches()).items,
});

export const outagePageQuery = selectorFamily<OutagePage, OutageParams & { at: number }>({
  key: 'outages/page',
  get:
    ({ at: _at, ...params }) =>
    () =>
      fetchOutages(params),
});

export const outageQuery = selectorFamily<Outage, { id: string; at: number }>({
  key: 'outages/one',
  get:
    ({ id }) =>
    () =>
      fetchOutage(id),
});

/** The tabs of the list: what a resident wants to see first is what is coming or happening. */
export type OutageView = 'upcoming' | 'ongoing' | 'restored' | 'cancelled' | 'all';

export const VIEW_STATUSES: Record<OutageView, OutageStatus[] | undefined> = {
  upcoming: ['scheduled', 'ongoing'],
  ongoing: ['ongoing'],
  restored: ['restored'],
  cancelled: ['cancelled'],
  all: undefined,
};

export interface OutageFilters {
  view: OutageView;
  branch: string;
  commune: string;
  q: string;
}

/** The list's filters, kept while the resident opens an outage and comes back. */
export const outageFiltersState = atom<OutageFilters>({
  key: 'outages/filters',
  default: { view: 'upcoming', branch: '', commune: '', q: '' },
});

/** Communes and wards the resident follows (ids), kept on the phone through the Zalo adapter. */
export const followedCommunesState = atom<string[]>({
  key: 'outages/followed',
  default: [],
  effects: [persisted('outages-followed-communes')],
});
