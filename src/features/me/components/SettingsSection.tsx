import { useState } from 'react';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValueLoadable } from 'recoil';
import type { ZaloNotifications as ZaloConsent } from '@contract/notifications';
import { meQuery } from '@/shared/session';
import { NotificationSwitch } from './NotificationSwitch';
import { Icon, Section } from '@/shared/ui';
import { TEXT_SIZE_LABEL, THEME_LABEL, textSizeState, themeChoiceState, type TextSize, type ThemeChoice } from '@/shared/settings';
import { followOfficialAccount, showToast, ZaloError } from '@/shared/zalo';

const OA_ID = (import.meta.env.VITE_ZALO_OA_ID as string | undefined) ?? '';

function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Record<T, string>; onChange: (v: T) => void }) {
  return (
    <div className="me-setting">
      <span className="me-setting-label" id={`seg-${label}`}>
        {label}
      </span>
      <div className="me-segmented" role="radiogroup" aria-labelledby={`seg-${label}`}>
        {(Object.keys(options) as T[]).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={value === k} className={value === k ? 'on' : ''} onClick={() => onChange(k)}>
            {options[k]}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The switch, once the server has said what the resident chose (until then, and if it cannot say, nothing). */
function ZaloNotifications() {
  const me = useRecoilValueLoadable(meQuery);
  const refresh = useRecoilRefresher_UNSTABLE(meQuery);
  const [saved, setSaved] = useState<ZaloConsent | null>(null);
  // What was just saved shows while the profile is asked again (the switch and its message stay put).
  const consent = saved ?? (me.state === 'hasValue' ? me.contents.zaloNotifications : null);
  if (!consent) return null;
  return (
    <NotificationSwitch
      consent={consent}
      onSaved={(c) => {
        setSaved(c);
        refresh();
      }}
    />
  );
}

/** Text size, theme, and the Zalo permissions: following the province's OA, messages through Zalo. */
export function SettingsSection() {
  const [size, setSize] = useRecoilState(textSizeState);
  const [theme, setTheme] = useRecoilState(themeChoiceState);
  const [note, setNote] = useState<string | null>(null);

  const run = async (action: () => Promise<void>, done: string) => {
    setNote(null);
    try {
      await action();
      void showToast(done);
    } catch (e) {
      setNote(e instanceof ZaloError ? e.userMessage : 'Chưa thực hiện được. Vui lòng thử lại.');
    }
  };

  return (
    <Section title="Cài đặt">
      <div className="lc-card me-settings">
        <Segmented<TextSize> label="Cỡ chữ" value={size} options={TEXT_SIZE_LABEL} onChange={setSize} />
        <Segmented<ThemeChoice> label="Giao diện" value={theme} options={THEME_LABEL} onChange={setTheme} />
        <button type="button" className="lc-link-row me-setting-row" onClick={() => run(() => followOfficialAccount(OA_ID), 'Đã quan tâm Official Account của tỉnh')}>
          <Icon name="megaphone" className="lc-row-icon" />
          <span>
            Quan tâm Official Account của tỉnh
            <span className="lc-muted me-setting-help">Nhận tin chính thức của UBND tỉnh trong Zalo.</span>
          </span>
        </button>
        <ZaloNotifications />
        {note && (
          <p className="me-note" role="status">
            {note}
          </p>
        )}
      </div>
    </Section>
  );
}
