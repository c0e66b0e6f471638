/**
 * Every path of the app, in one place: features link to each other's pages (a QR code to an
 * article, Cá nhân to my dossiers) through these, never by importing each other.
 */
const seg = (s: string) => encodeURIComponent(s);

export const paths = {
  home: '/',
  me: '/me',
  saved: '/me/saved',
  notifications: '/notifications',
  scan: '/scan',
  search: '/search',
  /** Danh bạ – Đường dây nóng. */
  contacts: '/contacts',

  news: '/news',
  article: (id: string) => `/news/${seg(id)}`,
  tv: '/tv',
  learning: '/learning',

  weather: '/weather',
  weatherArea: (id: string) => `/weather/${seg(id)}`,
  outages: '/outages',
  outage: (id: string) => `/outages/${seg(id)}`,

  places: '/tourism',
  place: (id: string) => `/tourism/places/${seg(id)}`,
  tours: '/tourism/tours',
  tour: (id: string) => `/tourism/tours/${seg(id)}`,
  tourismNews: '/tourism/news',

  procedures: '/dossiers',
  procedure: (id: string) => `/dossiers/procedures/${seg(id)}`,
  submitDossier: (procedureId: string) => `/dossiers/procedures/${seg(procedureId)}/submit`,
  trackDossier: '/dossiers/track',
  /** With the receipt's key (from its QR code or link), the page also shows the applicant masked. */
  dossier: (code: string, key?: string) => `/dossiers/track/${seg(code)}${key ? `?key=${seg(key)}` : ''}`,
  myDossiers: '/dossiers/mine',

  /** Booking a place at a one-stop desk, for a procedure and at an office when known. */
  bookAppointment: (opts: { procedure?: string; office?: string } = {}) => {
    const q = new URLSearchParams(Object.entries(opts).filter((e): e is [string, string] => !!e[1])).toString();
    return `/appointments/new${q ? `?${q}` : ''}`;
  },
  appointment: (code: string) => `/appointments/${seg(code)}`,
  myAppointments: '/appointments/mine',

  feedback: '/feedback',
  newFeedback: '/feedback/new',
  feedbackItem: (code: string) => `/feedback/${seg(code)}`,
  myFeedback: '/feedback/mine',
} as const;
