import type {
  Appointment,
  AppointmentPage,
  BookingRequest,
  CancelAppointmentRequest,
  DayList,
  MyAppointmentQuery,
  OfficeList,
  SlotDay,
} from '@contract/appointments';
import { apiGet, apiPost } from '@/shared/api';

/** Appointments at the one-stop desks, through the shared API client. */

export const fetchOffices = () => apiGet<OfficeList>('/api/appointments/offices');

export const fetchDays = (officeId: string) => apiGet<DayList>('/api/appointments/days', { params: { officeId, days: 14 } });

export const fetchSlots = (officeId: string, date: string) => apiGet<SlotDay>('/api/appointments/slots', { params: { officeId, date } });

/** The name of the procedure a booking is for (the catalogue's own answer). */
export const fetchProcedureName = (id: string) => apiGet<{ id: string; name: string }>(`/api/procedures/${encodeURIComponent(id)}`);

export const bookAppointment = (body: BookingRequest, idempotencyKey: string) => apiPost<Appointment>('/api/appointments', body, { idempotencyKey });

export const fetchAppointment = (code: string) => apiGet<Appointment>(`/api/appointments/${encodeURIComponent(code)}`, { auth: true });

export const fetchMyAppointments = (query: MyAppointmentQuery) =>
  apiGet<AppointmentPage>('/api/me/appointments', { auth: true, params: query as Record<string, string | number | undefined> });

export const cancelAppointment = (code: string, body: CancelAppointmentRequest, idempotencyKey: string) =>
  apiPost<Appointment>(`/api/appointments/${encodeURIComponent(code)}/cancel`, body, { idempotencyKey });
