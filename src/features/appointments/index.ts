import { createElement, lazy } from 'react';
import { paths } from '@/shared/routes';

/**
 * Appointments at the one-stop desks (đặt lịch hẹn): pick the province's centre or a commune's,
 * a day and a half hour; the ticket with its QR code; "Lịch hẹn của tôi". Only this file is
 * imported by the app; every page loads on first use.
 */
const BookPage = lazy(() => import('./pages/BookPage'));
const TicketPage = lazy(() => import('./pages/TicketPage'));
const MyAppointmentsPage = lazy(() => import('./pages/MyAppointmentsPage'));

/** Route patterns matching `paths.bookAppointment()`, `paths.appointment(code)`, `paths.myAppointments`. */
export const appointmentRoutes = [
  { path: '/appointments/new', element: createElement(BookPage) },
  { path: paths.myAppointments, element: createElement(MyAppointmentsPage) },
  { path: '/appointments/:code', element: createElement(TicketPage) },
];

export const appointmentTile = { id: 'appointments', label: 'Đặt lịch hẹn', icon: 'calendar' as const, to: paths.bookAppointment(), tint: '#a63d75' };

export const appointmentPersonalLink = { label: 'Lịch hẹn của tôi', icon: 'calendar' as const, to: paths.myAppointments };
