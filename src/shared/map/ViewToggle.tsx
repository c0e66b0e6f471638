import { useSearchParams } from 'react-router-dom';
import { Icon } from '@/shared/ui';

export type ListOrMap = 'list' | 'map';

/** `?view=map` in the address: a reload, a shared link and Back keep the chosen view. */
export function useListOrMap(): [ListOrMap, (view: ListOrMap) => void] {
  const [params, setParams] = useSearchParams();
  const view: ListOrMap = params.get('view') === 'map' ? 'map' : 'list';
  const set = (next: ListOrMap) =>
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (next === 'map') copy.set('view', 'map');
        else copy.delete('view');
        return copy;
      },
      { replace: true },
    );
  return [view, set];
}

/** "Danh sách | Bản đồ": how a list page shows its items. */
export function ViewToggle({ value, onChange }: { value: ListOrMap; onChange: (view: ListOrMap) => void }) {
  return (
    <div className="lc-view-toggle" role="group" aria-label="Cách xem">
      <button type="button" aria-pressed={value === 'list'} onClick={() => onChange('list')}>
        <Icon name="list" size={18} /> Danh sách
      </button>
      <button type="button" aria-pressed={value === 'map'} onClick={() => onChange('map')}>
        <Icon name="map" size={18} /> Bản đồ
      </button>
    </div>
  );
}
