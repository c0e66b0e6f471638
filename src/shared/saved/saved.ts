import { useCallback } from 'react';
import { atom, useRecoilState } from 'recoil';
import { persisted } from '../state/persisted';
import { paths } from '../routes';

export type SavedKind = 'news' | 'place' | 'tour';

/** What a "Đã lưu" list needs to show an item without asking the server. */
export interface SavedItem {
  kind: SavedKind;
  id: string;
  title: string;
  subtitle?: string;
  imageUrl?: string | null;
  savedAt: string;
}

export const savedItemsState = atom<SavedItem[]>({
  key: 'savedItems',
  default: [],
  effects: [persisted('saved-items')],
});

export const SAVED_KIND_LABEL: Record<SavedKind, string> = { news: 'Tin bài', place: 'Địa điểm', tour: 'Tour' };

export function savedItemPath(item: Pick<SavedItem, 'kind' | 'id'>): string {
  if (item.kind === 'news') return paths.article(item.id);
  if (item.kind === 'place') return paths.place(item.id);
  return paths.tour(item.id);
}

/** Saved state of one item and a toggle: the newest saved comes first. */
export function useSavedItem(kind: SavedKind, id: string) {
  const [items, setItems] = useRecoilState(savedItemsState);
  const saved = items.some((i) => i.kind === kind && i.id === id);
  const toggle = useCallback(
    (item: Omit<SavedItem, 'kind' | 'id' | 'savedAt'>) => {
      setItems((list) =>
        list.some((i) => i.kind === kind && i.id === id)
          ? list.filter((i) => !(i.kind === kind && i.id === id))
          : [{ ...item, kind, id, savedAt: new Date().toISOString() }, ...list].slice(0, 500),
      );
      return !saved;
    },
    [kind, id, saved, setItems],
  );
  return { saved, toggle };
}
