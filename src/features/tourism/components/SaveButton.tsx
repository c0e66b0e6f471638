import { Suspense } from 'react';
import type { SavedKind } from '@/shared/saved';
import { useSavedItem } from '@/shared/saved';
import { Icon } from '@/shared/ui';
import { showToast } from '@/shared/zalo';

interface Props {
  kind: SavedKind;
  id: string;
  title: string;
  subtitle?: string;
  imageUrl?: string;
}

function Toggle({ kind, id, title, subtitle, imageUrl }: Props) {
  const { saved, toggle } = useSavedItem(kind, id);
  return (
    <button
      type="button"
      className="tr-action"
      aria-pressed={saved}
      onClick={() => {
        const now = toggle({ title, subtitle, imageUrl });
        void showToast(now ? 'Đã lưu. Xem lại trong Cá nhân › Đã lưu.' : 'Đã bỏ lưu.');
      }}
    >
      <Icon name="bookmark" filled={saved} />
      {saved ? 'Đã lưu' : 'Lưu'}
    </button>
  );
}

/** Save to the resident's list (kept on the phone); the list loads from storage first. */
export function SaveButton(props: Props) {
  return (
    <Suspense
      fallback={
        <button type="button" className="tr-action" disabled>
          <Icon name="bookmark" />
          Lưu
        </button>
      }
    >
      <Toggle {...props} />
    </Suspense>
  );
}
