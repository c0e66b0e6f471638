import { createElement, lazy } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';

/**
 * Danh bạ – Đường dây nóng: emergency numbers, the province's lines, the power line and every
 * commune's public service centre, searchable and called with one tap. Only this file is imported
 * by the app; the page loads on first use.
 */
const ContactsPage = lazy(() => import('./pages/ContactsPage'));

export const contactRoutes = [{ path: paths.contacts, element: createElement(ContactsPage) }];

export const contactsTile = { id: 'contacts', label: 'Đường dây nóng', icon: 'phone' as IconName, to: paths.contacts, tint: '#b91c1c' };
