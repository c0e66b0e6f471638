import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilState, useRecoilValue, useSetRecoilState } from 'recoil';
import { paths } from '@/shared/routes';
import { AsyncBoundary, Chips, EmptyState, PageShell, SkeletonList } from '@/shared/ui';
import { MY_PAGE_SIZE, dossiersVersionState, myDossiersQuery, myDossiersTabState, type MyDossiersTab } from '../state';
import { DossierCard } from '../components/DossierCard';
import '../dossiers.css';

const EMPTY: Record<MyDossiersTab, { title: string; text: string }> = {
  open: { title: 'Không có hồ sơ đang giải quyết', text: 'Hồ sơ bạn nộp trực tuyến sẽ hiện ở đây cùng tình trạng xử lý.' },
  closed: { title: 'Chưa có hồ sơ nào kết thúc', text: 'Hồ sơ đã trả kết quả, bị từ chối, dừng xử lý hoặc đã rút sẽ hiện ở đây.' },
  all: { title: 'Bạn chưa nộp hồ sơ nào', text: 'Chọn một thủ tục trong danh mục để nộp hồ sơ trực tuyến, không cần đến cơ quan.' },
};

function Chunk({ tab, page, last, onMore }: { tab: MyDossiersTab; page: number; last: boolean; onMore: () => void }) {
  const result = useRecoilValue(myDossiersQuery({ tab, page }));
  const shown = (page - 1) * MY_PAGE_SIZE + result.items.length;
  return (
    <>
      {result.items.map((d) => (
        <DossierCard key={d.code} dossier={d} />
      ))}
      {last && shown < result.total && (
        <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={onMore}>
          Xem thêm hồ sơ
        </button>
      )}
    </>
  );
}

function List({ tab }: { tab: MyDossiersTab }) {
  const [pages, setPages] = useState(1);
  const bump = useSetRecoilState(dossiersVersionState);
  const first = useRecoilValue(myDossiersQuery({ tab, page: 1 }));
  if (first.total === 0) {
    return (
      <EmptyState
        icon="document"
        title={EMPTY[tab].title}
        description={EMPTY[tab].text}
        action={
          <Link to={paths.procedures} className="lc-button">
            Xem danh mục thủ tục
          </Link>
        }
      />
    );
  }
  return (
    <div className="dsr-list">
      {first.counts.needsAction > 0 && tab !== 'closed' && (
        <p className="dsr-note dsr-note--warn" role="status">
          Có {first.counts.needsAction} hồ sơ đang chờ bạn bổ sung giấy tờ hoặc nộp phí.
        </p>
      )}
      {Array.from({ length: pages }, (_, i) => (
        // "Thử lại" asks again: recoil keeps a failed page's error until the version moves on.
        <AsyncBoundary key={i} fallback={<SkeletonList count={2} />} onRetry={() => bump((v) => v + 1)}>
          <Chunk tab={tab} page={i + 1} last={i + 1 === pages} onMore={() => setPages((n) => n + 1)} />
        </AsyncBoundary>
      ))}
    </div>
  );
}

function Tabs() {
  const [tab, setTab] = useRecoilState(myDossiersTabState);
  const all = useRecoilValue(myDossiersQuery({ tab: 'all', page: 1 }));
  return (
    <Chips
      label="Nhóm hồ sơ"
      value={tab}
      onChange={setTab}
      options={[
        { value: 'open', label: `Đang giải quyết (${all.counts.open})` },
        { value: 'closed', label: `Đã kết thúc (${all.counts.closed})` },
        { value: 'all', label: `Tất cả (${all.total})` },
      ]}
    />
  );
}

/** "Hồ sơ của tôi": the dossiers this Zalo account submitted, open ones first. */
export default function MyDossiersPage() {
  const tab = useRecoilValue(myDossiersTabState);
  const bump = useSetRecoilState(dossiersVersionState);
  return (
    <PageShell title="Hồ sơ của tôi" onRefresh={async () => bump((v) => v + 1)}>
      {/* The tabs wait for the counts: meanwhile the list's skeleton, not an empty page. */}
      <AsyncBoundary
        fallback={
          <>
            <div style={{ height: 44 }} />
            <SkeletonList count={4} />
          </>
        }
        onRetry={() => bump((v) => v + 1)}
      >
        <Tabs />
        <AsyncBoundary key={tab} fallback={<SkeletonList count={4} />} onRetry={() => bump((v) => v + 1)}>
          <List tab={tab} />
        </AsyncBoundary>
      </AsyncBoundary>
    </PageShell>
  );
}
