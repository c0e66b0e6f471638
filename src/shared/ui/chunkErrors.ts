/** A page's or widget's code that could not be downloaded (lost signal, a new version deployed). */
export function isChunkLoadError(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    typeof message === 'string' &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(message)
  );
}

const RELOADED_KEY = 'lcs.reloadedForCode';

/**
 * Loads the page again, to fetch code that failed to download. Nothing less works: the browser
 * keeps a failed module download for the life of the page (a second `import()` of the same file
 * fails at once, without asking the network), React keeps a failed lazy component, and Vite's
 * loader never asks again for a stylesheet it tried. Returns false, and does nothing, when the
 * same page was reloaded for this a moment ago: the code is really missing, not just unreachable.
 */
export function reloadForFreshCode(): boolean {
  const here = window.location.pathname + window.location.search;
  try {
    const last = JSON.parse(sessionStorage.getItem(RELOADED_KEY) ?? 'null') as { at: number; here: string } | null;
    if (last && last.here === here && Date.now() - last.at < 15_000) return false;
    sessionStorage.setItem(RELOADED_KEY, JSON.stringify({ at: Date.now(), here }));
  } catch {
    // No session storage: reload anyway (once per press).
  }
  window.location.reload();
  return true;
}
