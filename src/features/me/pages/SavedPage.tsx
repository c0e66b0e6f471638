import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilState } from 'recoil';
import { Chips, EmptyState, Icon, PageShell } from '@/shared/ui';
import { SAVED_KIND_LABEL, savedItemPath, savedItemsState, type SavedKind } from '@/shared/saved';
import { apiUrl } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import '../components/me.css';

type Filter = 'all' | SavedKind;

/** Everything the resident saved: articles, places, tours; kept on the phone. */
export default function SavedPage() {
  const [items, setItems] = useRecoilState(savedItemsState);
  const [filter, setFilter] = useState<Filter>('all');
  const kinds = Array.from(new Set(items.map((i) => i.kind)));
  const shown = filter === 'all' ? items : items.filter((i) => i.kind === filter);
  return (
    <PageShell title="Đã lưu">
      {kinds.length > 1 && (
        <Chips<Filter>
          label="Lọc theo loại"
          value={filter}
          onChange={setFilter}
          options={[{ value: 'all', label: 'Tất cả' }, ...kinds.map((k) => ({ value: k, label: SAVED_KIND_LABEL[k] }))]}
        />
      )}
      {shown.length === 0 ? (
        <EmptyState
          icon="bookmark"
          title="Chưa lưu mục nào"
          description="Bấm biểu tượng lưu trên tin bài, địa điểm hay tour để đọc lại sau, kể cả khi mạng yếu."
        />
      ) : (
        <ul className="lc-link-list">
          {shown.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="saved-row" style={{ paddingRight: 4 }}>
              <Link to={savedItemPath(item)} className="lc-link-row" style={{ flex: 1 }}>
                {item.imageUrl ? <img className="saved-thumb" src={apiUrl(item.imageUrl)} alt="" loading="lazy" /> : null}
                <span className="saved-text">
                  <p className="saved-title">{item.title}</p>
                  <span className="lc-muted" style={{ fontSize: '0.85rem' }}>
                    {SAVED_KIND_LABEL[item.kind]}
                    {item.subtitle ? ` · ${item.subtitle}` : ''} · lưu {formatRelative(item.savedAt)}
                  </span>
                </span>
              </Link>
              <button
                type="button"
                className="lc-icon-button"
                aria-label={`Bỏ lưu ${item.title}`}
                onClick={() => setItems((list) => list.filter((i) => !(i.kind === item.kind && i.id === item.id)))}
              >
                <Icon name="trash" size={20} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}
