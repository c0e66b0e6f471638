import { atom, type AtomEffect } from 'recoil';

export type Connectivity = { online: boolean; showingSaved: boolean };

type Listener = (c: Partial<Connectivity>) => void;
const listeners = new Set<Listener>();

/** What was last reported, so that news that changes nothing (every read that reached the server) stays quiet. */
let known: Connectivity = { online: typeof navigator === 'undefined' ? true : navigator.onLine, showingSaved: false };

/** The API client reports here when it served a saved answer or reached the server again. */
export function reportConnectivity(change: Partial<Connectivity>): void {
  const next = { ...known, ...change };
  if (next.online === known.online && next.showingSaved === known.showingSaved) return;
  known = next;
  listeners.forEach((l) => l(change));
}

const follow: AtomEffect<Connectivity> = ({ setSelf }) => {
  const update = (c: Partial<Connectivity>) => setSelf((old) => ({ ...(old as Connectivity), ...c }));
  const on = () => reportConnectivity({ online: true });
  const off = () => reportConnectivity({ online: false });
  listeners.add(update);
  window.addEventListener('online', on);
  window.addEventListener('offline', off);
  return () => {
    listeners.delete(update);
    window.removeEventListener('online', on);
    window.removeEventListener('offline', off);
  };
};

/** Whether the phone is online, and whether a page is showing saved (older) data. */
export const connectivityState = atom<Connectivity>({
  key: 'connectivity',
  default: known,
  effects: [follow],
});
