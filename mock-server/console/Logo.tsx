/** The app's mark (assets/logo.svg): mountains and sun on the province's green. */
export function Logo() {
  return (
    <svg className="cs-logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1b6b45" />
      <path d="M8 48 24 24l9 12 7-9 16 21z" fill="#f5c542" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="46" cy="16" r="5" fill="#fff" />
    </svg>
  );
}
