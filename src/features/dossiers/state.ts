import { atom, atomFamily, selector, selectorFamily } from 'recoil';
import type { DossierPage, DossierView, ProcedureDetail, ProcedureFacets, ProcedurePage } from '@contract/dossiers';
import type { Upload } from '@contract/uploads';
import { persisted } from '@/shared/state/persisted';
import { fetchDossier, fetchFacets, fetchMyDossiers, fetchProcedure, fetchProcedures } from './api';

// ───────── Catalogue ─────────

export type CatalogueFilter = {
  q: string;
  field: string;
  level: string;
  agency: string;
};

/** Kept while the app is open, so coming back from a procedure finds the same search. */
export const catalogueFilterState = atom<CatalogueFilter>({
  key: 'dossiers/catalogueFilter',
  default: { q: '', field: '', level: '', agency: '' },
});

export const CATALOGUE_PAGE_SIZE = 20;

export const procedurePageQuery = selectorFamily<ProcedurePage, CatalogueFilter & { page: number }>({
  key: 'dossiers/procedurePage',
  get:
    ({ q, field, level, agency, page }) =>
    () =>
      fetchProcedures({
        q: q || undefined,
        field: (field || undefined) as never,
        level: (level || undefined) as never,
        agency: agency || undefined,
        page,
        pageSize: CATALOGUE_PAGE_SIZE,
      }),
});

export const facetsQuery = selector<ProcedureFacets>({ key: 'dossiers/facets', get: () => fetchFacets() });

export const procedureQuery = selectorFamily<ProcedureDetail, string>({
  key: 'dossiers/procedure',
  get: (id) => () => fetchProcedure(id),
});

// ───────── Dossiers ─────────

/** Bumped after every change the user makes, so lists and views load again. */
export const dossiersVersionState = atom<number>({ key: 'dossiers/version', default: 0 });

export const dossierQuery = selectorFamily<DossierView, { code: string; key: string | null }>({
  key: 'dossiers/dossier',
  get:
    ({ code, key }) =>
    ({ get }) => {
      get(dossiersVersionState);
      return fetchDossier(code, key);
    },
});

/**
 * Receipt keys this phone has opened a dossier with (its QR code or link), by code: the same
 * dossier opened again later, from the recent list or by typing its code, still shows the
 * applicant (masked) to the person who holds the receipt. Kept on this phone only.
 */
export const receiptKeysState = atom<Record<string, string>>({
  key: 'dossiers/receiptKeys',
  default: {},
  effects: [persisted('dossier-receipt-keys')],
});

export type MyDossiersTab = 'open' | 'closed' | 'all';
export const MY_PAGE_SIZE = 20;

export const myDossiersQuery = selectorFamily<DossierPage, { tab: MyDossiersTab; page: number }>({
  key: 'dossiers/mine',
  get:
    ({ tab, page }) =>
    ({ get }) => {
      get(dossiersVersionState);
      return fetchMyDossiers({ state: tab === 'all' ? undefined : tab, page, pageSize: MY_PAGE_SIZE });
    },
});

export const myDossiersTabState = atom<MyDossiersTab>({ key: 'dossiers/mineTab', default: 'open' });

/** Codes looked up on this phone, newest first. */
export const recentLookupsState = atom<string[]>({
  key: 'dossiers/recentLookups',
  default: [],
  effects: [persisted('dossier-lookups')],
});

// ───────── Submission drafts ─────────

export interface ApplicantDraft {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
  province: string;
  commune: string;
  street: string;
}

export type FieldDraftValue = string | number | boolean | null;

export interface DossierDraft {
  step: number;
  applicant: ApplicantDraft;
  submitTo: string;
  fields: Record<string, FieldDraftValue>;
  /** The files of each paper, by the paper's id. */
  papers: Record<string, Upload[]>;
  /** Papers the office reads from the national population database that the resident chose to attach anyway. */
  optIn: string[];
  /** The Idempotency-Key of the last send and what it sent: kept so a retry, even after the app was closed, cannot create a second dossier. */
  pending?: { key: string; body: string };
}

export const emptyApplicant: ApplicantDraft = { fullName: '', idNumber: '', phone: '', email: '', province: 'Lào Cai', commune: '', street: '' };

/** What the resident typed last time, offered again for the next dossier (kept on this phone only). */
export const savedApplicantState = atom<ApplicantDraft | null>({
  key: 'dossiers/savedApplicant',
  default: null,
  effects: [persisted('dossier-applicant')],
});

/** A dossier being filled in, kept on the phone so an interruption loses nothing. */
export const dossierDraftState = atomFamily<DossierDraft | null, string>({
  key: 'dossiers/draft',
  default: null,
  effects: (procedureId) => [persisted(`dossier-draft:${procedureId}`)],
});
