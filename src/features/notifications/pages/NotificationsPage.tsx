import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRecoilValue, useSetRecoilState } from 'recoil';
import type { Notification } from '@contract/notifications';
import { AsyncBoundary, EmptyState, Icon, PageShell, SkeletonList } from '@/shared/ui';
import { errorMessage } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { showToast } from '@/shared/zalo';
import { markRead } from '../api';
import { notificationsQuery, notificationsVersion, unreadCountState } from '../state';
import { notificationTarget } from '../targets';
import '../notifications.css';

function NotificationList() {
  const page = useRecoilValue(notificationsQuery);
  const bump = useSetRecoilState(notificationsVersion);
  const setUnread = useSetRecoilState(unreadCountState);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const open = async (n: Notification) => {
    const to = notificationTarget(n.kind, n.refId);
    if (!n.read) {
      markRead({ ids: [n.id] })
        .then((r) => {
          setUnread(r.unread);
          bump((v) => v + 1);
        })
        .catch(() => undefined);
    }
    if (to) navigate(to);
  };

  const readAll = async () => {
    setBusy(true);
    try {
      const r = await markRead({ all: true });
      setUnread(r.unread);
      bump((v) => v + 1);
    } catch (e) {
      void showToast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (page.items.length === 0) {
    return (
      <EmptyState
        icon="bell"
        title="Chưa có thông báo"
        description="Khi hồ sơ hay phản ánh của bạn đổi trạng thái, ứng dụng sẽ báo ở đây."
      />
    );
  }
  return (
    <>
      {page.unread > 0 && (
        <div className="ntf-toolbar">
          <span className="lc-muted">{page.unread} chưa đọc</span>
          <button type="button" className="lc-button lc-button--secondary" onClick={readAll} disabled={busy}>
            <Icon name="check" size={18} /> Đánh dấu đã đọc hết
          </button>
        </div>
      )}
      <ul className="lc-link-list">
        {page.items.map((n) => (
          <li key={n.id}>
            <button type="button" className={`lc-link-row ntf-row${n.read ? '' : ' ntf-row--unread'}`} onClick={() => open(n)}>
              <span className="ntf-icon" aria-hidden="true">
                <Icon name={n.kind === 'feedback' ? 'megaphone' : n.kind === 'appointment' ? 'calendar' : 'document'} size={20} />
              </span>
              <span className="ntf-text">
                <span className="ntf-title">
                  {!n.read && <span className="lc-visually-hidden">Chưa đọc: </span>}
                  {n.title}
                </span>
                <span className="ntf-body">{n.body}</span>
                <span className="lc-muted ntf-time">{formatRelative(n.createdAt)}</span>
              </span>
              {!n.read && <span className="ntf-dot" aria-hidden="true" />}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every status change of the user's dossiers and reports, newest first. */
export default function NotificationsPage() {
  const bump = useSetRecoilState(notificationsVersion);
  return (
    <PageShell title="Thông báo" back={false} onRefresh={async () => bump((v) => v + 1)}>
      <AsyncBoundary fallback={<SkeletonList count={5} />} onRetry={() => bump((v) => v + 1)}>
        <NotificationList />
      </AsyncBoundary>
    </PageShell>
  );
}
