import { atom, selector, selectorFamily } from 'recoil';
import type { Appointment, AppointmentPage, DayList, OfficeList, SlotDay } from '@contract/appointments';
import { fetchAppointment, fetchDays, fetchMyAppointments, fetchOffices, fetchProcedureName, fetchSlots } from './api';

/** Bumped after every booking or cancellation, so places and lists load again. */
export const appointmentsVersionState = atom<number>({ key: 'appointments/version', default: 0 });

export const officesQuery = selector<OfficeList>({ key: 'appointments/offices', get: () => fetchOffices() });

export const daysQuery = selectorFamily<DayList, string>({
  key: 'appointments/days',
  get:
    (officeId) =>
    ({ get }) => {
      get(appointmentsVersionState);
      return fetchDays(officeId);
    },
});

export const slotsQuery = selectorFamily<SlotDay, { officeId: string; date: string }>({
  key: 'appointments/slots',
  get:
    ({ officeId, date }) =>
    ({ get }) => {
      get(appointmentsVersionState);
      return fetchSlots(officeId, date);
    },
});

export const procedureNameQuery = selectorFamily<{ id: string; name: string }, string>({
  key: 'appointments/procedure',
  get: (id) => () => fetchProcedureName(id),
});

export const appointmentQuery = selectorFamily<Appointment, string>({
  key: 'appointments/one',
  get:
    (code) =>
    ({ get }) => {
      get(appointmentsVersionState);
      return fetchAppointment(code);
    },
});

export type AppointmentsTab = 'upcoming' | 'past';

export const myAppointmentsQuery = selectorFamily<AppointmentPage, AppointmentsTab>({
  key: 'appointments/mine',
  get:
    (state) =>
    ({ get }) => {
      get(appointmentsVersionState);
      return fetchMyAppointments({ state, pageSize: 50 });
    },
});
