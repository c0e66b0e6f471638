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
  dossier: (code: string) => `/dossiers/track/${seg(code)}`,
  myDossiers: '/dossiers/mine',

  feedback: '/feedback',
  newFeedback: '/feedback/new',
  feedbackItem: (code: string) => `/feedback/${seg(code)}`,
  myFeedback: '/feedback/mine',
} as const;
