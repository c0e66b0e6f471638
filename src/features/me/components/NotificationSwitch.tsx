import { useState } from 'react';
import type { ZaloNotifications } from '@contract/notifications';
import { Icon } from '@/shared/ui';
import { errorMessage } from '@/shared/api';
import { requestNotificationPermission, showToast, ZaloError } from '@/shared/zalo';
import { saveZaloConsent } from '../api';

/** What the switch says, always: where notices about the resident's dossiers and reports go. */
export const CONSENT_TEXT: Record<ZaloNotifications, string> = {
  granted: 'Đang bật: khi hồ sơ, phản ánh của bạn có tin mới, Zalo sẽ báo cho bạn, và tin vẫn hiện trong mục Thông báo.',
  refused: 'Đang tắt: bạn đã từ chối nên tin chỉ hiện trong mục Thông báo của ứng dụng, không gửi qua Zalo.',
  unasked: 'Đang tắt: tin chỉ hiện trong mục Thông báo của ứng dụng, không gửi qua Zalo.',
};

/**
 * "Báo qua Zalo": turning it on asks Zalo's own permission sheet, then records the answer on the
 * server, which sends Zalo messages only to residents who said yes; turning it off records that.
 */
export function NotificationSwitch({ consent, onSaved }: { consent: ZaloNotifications; onSaved: (c: ZaloNotifications) => void }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const on = consent === 'granted';

  const save = async (zalo: boolean) => onSaved((await saveZaloConsent(zalo)).zaloNotifications);

  const toggle = async () => {
    setBusy(true);
    setNote(null);
    try {
      if (on) {
        await save(false);
        void showToast('Đã tắt báo qua Zalo');
        return;
      }
      try {
        await requestNotificationPermission();
      } catch (e) {
        // Saying no in Zalo's sheet is an answer too: kept, so nothing is sent through Zalo.
        if (e instanceof ZaloError && e.refused) await save(false);
        setNote(e instanceof ZaloError ? e.userMessage : 'Chưa thực hiện được. Vui lòng thử lại.');
        return;
      }
      await save(true);
      void showToast('Đã bật báo qua Zalo');
    } catch (e) {
      setNote(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="me-switch-row">
      <Icon name="bell" className="lc-row-icon" />
      <span className="me-switch-text" id="zalo-notify-label">
        Báo qua Zalo
        <span className="lc-muted me-setting-help" id="zalo-notify-state">
          {CONSENT_TEXT[consent]}
        </span>
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby="zalo-notify-label"
        aria-describedby="zalo-notify-state"
        className={`me-switch${on ? ' me-switch--on' : ''}`}
        disabled={busy}
        onClick={toggle}
      >
        <span className="me-switch-knob" aria-hidden="true" />
      </button>
      {note && (
        <p className="me-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
