import { useDeferredValue, useState } from 'react';
import { useRecoilValue, useSetRecoilState } from 'recoil';
import type { Contact, ContactGroup } from '@contract/contacts';
import { errorMessage } from '@/shared/api';
import { callPhone, showToast } from '@/shared/zalo';
import { AsyncBoundary, EmptyState, Icon, PageShell, SkeletonList } from '@/shared/ui';
import { SearchField } from '@/shared/ui/SearchField';
import { contactsQuery, contactsVersionState } from '../state';
import { searchDirectory } from '../search';
import '../contacts.css';

/**
 * The three numbers anyone may need before the directory has ever loaded (first start without a
 * connection): shown in place of the list when it cannot be had.
 */
const ALWAYS_CALLABLE = [
  { phone: '113', name: 'Công an' },
  { phone: '114', name: 'Cứu hỏa, cứu nạn' },
  { phone: '115', name: 'Cấp cứu' },
];

async function call(phone: string) {
  try {
    await callPhone(phone);
  } catch {
    await showToast(`Không mở được trình gọi điện. Hãy bấm số ${phone} trên bàn phím.`);
  }
}

function EmergencyButtons({ items }: { items: { phone: string; name: string }[] }) {
  return (
    <ul className="ct-emergency">
      {items.map((c) => (
        <li key={c.phone}>
          <button type="button" className="ct-emergency-button" onClick={() => void call(c.phone)}>
            <span className="lc-visually-hidden">Gọi </span>
            <span className="ct-emergency-number">{c.phone}</span>{' '}
            <span className="ct-emergency-name">{c.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ContactRow({ c }: { c: Contact }) {
  return (
    <li className="ct-row">
      <div className="ct-row-text">
        <p className="ct-name">{c.name}</p>
        {c.detail && <p className="lc-muted ct-detail">{c.detail}</p>}
        {c.address && (
          <p className="ct-line">
            <Icon name="pin" size={14} /> {c.address}
          </p>
        )}
        {c.hours && (
          <p className="ct-line">
            <Icon name="clock" size={14} /> {c.hours}
          </p>
        )}
      </div>
      {/* Named by what is read on it, after a hidden "Gọi <name>:" for screen readers. */}
      <button type="button" className="ct-call" onClick={() => void call(c.phone)}>
        <span className="lc-visually-hidden">Gọi {c.name}: </span>
        <Icon name="phone" size={18} />
        <span className="ct-call-number">{c.phone}</span>
        {c.free && <span className="ct-free"> miễn phí</span>}
      </button>
    </li>
  );
}

function Group({ group, searching }: { group: ContactGroup; searching: boolean }) {
  // Emergency numbers stand as large buttons; once searching, as rows like the others.
  if (group.id === 'emergency' && !searching) {
    return (
      <section aria-labelledby="ct-emergency" className="ct-group">
        <h2 id="ct-emergency" className="ct-group-title">
          {group.title}
        </h2>
        <EmergencyButtons items={group.items} />
        <p className="lc-muted ct-note">Gọi miễn phí, cả khi điện thoại hết tiền. Nói rõ địa chỉ, việc đang xảy ra và số điện thoại của bạn.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={`ct-${group.id}`} className="ct-group">
      <h2 id={`ct-${group.id}`} className="ct-group-title">
        {group.title}
        {group.items.length > 3 && <span className="lc-muted"> ({group.items.length})</span>}
      </h2>
      <ul className="lc-card ct-list">
        {group.items.map((c) => (
          <ContactRow key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}

function Directory({ query, onClear }: { query: string; onClear: () => void }) {
  const directory = useRecoilValue(contactsQuery);
  const groups = searchDirectory(directory, query);
  if (groups.length === 0) {
    return (
      <EmptyState
        icon="search"
        title={`Không có số nào khớp “${query.trim()}”`}
        description="Thử tên xã, phường không dấu (ví dụ “bat xat”), tên cơ quan hoặc vài chữ số của số điện thoại."
        action={
          <button type="button" className="lc-button lc-button--secondary" onClick={onClear}>
            Xem cả danh bạ
          </button>
        }
      />
    );
  }
  return (
    <>
      {groups.map((g) => (
        <Group key={g.id} group={g} searching={query.trim() !== ''} />
      ))}
    </>
  );
}

function Unavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="ct-unavailable" role="alert">
      <p className="lc-state-title">Chưa tải được danh bạ</p>
      <p className="lc-state-text">{errorMessage(error)} Các số khẩn cấp vẫn gọi được ngay:</p>
      <EmergencyButtons items={ALWAYS_CALLABLE} />
      <button type="button" className="lc-button lc-button--secondary" onClick={onRetry}>
        <Icon name="refresh" size={18} /> Thử lại
      </button>
    </div>
  );
}

/** Danh bạ – Đường dây nóng. */
export default function ContactsPage() {
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const bump = useSetRecoilState(contactsVersionState);
  const retry = () => bump((v) => v + 1);
  return (
    <PageShell title="Danh bạ – Đường dây nóng" onRefresh={async () => retry()}>
      <SearchField label="Tìm trong danh bạ" placeholder="Tìm xã, phường, cơ quan, số máy…" value={text} onChange={setText} />
      <AsyncBoundary fallback={<SkeletonList count={6} />} onRetry={retry} renderError={(error, again) => <Unavailable error={error} onRetry={again} />}>
        <Directory query={query} onClear={() => setText('')} />
      </AsyncBoundary>
    </PageShell>
  );
}
