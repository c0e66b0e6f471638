import type {
  DossierCreateRequest,
  DossierPage,
  DossierView,
  MyDossierQuery,
  ProcedureDetail,
  ProcedureFacets,
  ProcedurePage,
  ProcedureQuery,
  SupplementRequest,
  WithdrawRequest,
} from '@contract/dossiers';
import type { MockPayAnswer, PaymentOrder } from '@contract/payments';
import { apiGet, apiPost } from '@/shared/api';

/** The procedure catalogue and the resident's dossiers, through the shared API client. */

export const fetchProcedures = (query: ProcedureQuery) =>
  apiGet<ProcedurePage>('/api/procedures', { params: query as Record<string, string | number | undefined> });

export const fetchProcedure = (id: string) => apiGet<ProcedureDetail>(`/api/procedures/${encodeURIComponent(id)}`);

export const fetchFacets = () => apiGet<ProcedureFacets>('/api/procedures/facets');

/**
 * Signed in, so the owner sees the whole dossier; with the receipt's key anyone sees the applicant
 * masked; with the code alone, the status only.
 */
export const fetchDossier = (code: string, key: string | null) =>
  apiGet<DossierView>(`/api/dossiers/${encodeURIComponent(code)}`, { auth: true, params: key ? { key } : undefined });

export const fetchMyDossiers = (query: MyDossierQuery) =>
  apiGet<DossierPage>('/api/me/dossiers', { auth: true, params: query as Record<string, string | number | undefined> });

export const submitDossier = (body: DossierCreateRequest, idempotencyKey: string) =>
  apiPost<DossierView>('/api/dossiers', body, { idempotencyKey });

export const supplementDossier = (code: string, body: SupplementRequest, idempotencyKey: string) =>
  apiPost<DossierView>(`/api/dossiers/${encodeURIComponent(code)}/supplements`, body, { idempotencyKey });

export const withdrawDossier = (code: string, body: WithdrawRequest, idempotencyKey: string) =>
  apiPost<DossierView>(`/api/dossiers/${encodeURIComponent(code)}/withdraw`, body, { idempotencyKey });

/** Our order for the dossier's due fee, with the signed parameters of Zalo Checkout's createOrder. */
export const createFeeOrder = (code: string, idempotencyKey: string) =>
  apiPost<PaymentOrder>(`/api/dossiers/${encodeURIComponent(code)}/payment-order`, {}, { idempotencyKey });

/** The development stand-in for paying through Checkout (CHECKOUT_MODE=mock on the server). */
export const payMockOrder = (orderId: string, idempotencyKey: string) =>
  apiPost<MockPayAnswer>(`/api/payments/mock/${encodeURIComponent(orderId)}/pay`, {}, { idempotencyKey });
