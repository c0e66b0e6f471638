import { useState } from 'react';
import { useRecoilRefresher_UNSTABLE, useRecoilState } from 'recoil';
import type { User } from '@contract/auth';
import { Icon } from '@/shared/ui';
import { meQuery, profileConsentState, signInWithProfile } from '@/shared/session';
import { requestZaloProfile, ZaloError } from '@/shared/zalo';
import { errorMessage } from '@/shared/api';
import './me.css';

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
}

export function Avatar({ name, url, size = 64 }: { name: string | null; url: string | null; size?: number }) {
  if (url) return <img className="me-avatar" src={url} alt={name ? `Ảnh đại diện của ${name}` : 'Ảnh đại diện'} width={size} height={size} />;
  return (
    <span className="me-avatar me-avatar--initials" style={{ width: size, height: size }} aria-hidden="true">
      {name ? initials(name) : <Icon name="user" size={size / 2} />}
    </span>
  );
}

/**
 * The resident's Zalo identity. Name and avatar are shown only after they agree to share them;
 * we say why we ask, and a refusal is explained with a way to change their mind.
 */
export function ProfileCard({ user }: { user: User }) {
  const [consent, setConsent] = useRecoilState(profileConsentState);
  const refreshMe = useRecoilRefresher_UNSTABLE(meQuery);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [explaining, setExplaining] = useState(false);

  const share = async () => {
    setAsking(true);
    setProblem(null);
    try {
      const profile = await requestZaloProfile();
      await signInWithProfile(profile);
      setConsent('granted');
      setExplaining(false);
      refreshMe();
    } catch (e) {
      if (e instanceof ZaloError && e.refused) {
        setConsent('refused');
        setExplaining(false);
      } else setProblem(errorMessage(e));
    } finally {
      setAsking(false);
    }
  };

  const shown = consent === 'granted' && user.name;
  return (
    <div className="lc-card">
      <div className="me-profile">
        <Avatar name={shown ? user.name : null} url={shown ? user.avatar : null} />
        <div className="me-profile-text">
          <p className="me-name">{shown ? user.name : 'Người dân Lào Cai'}</p>
          <p className="lc-muted me-sub">{shown ? 'Tài khoản Zalo đã liên kết' : 'Chưa chia sẻ tên và ảnh đại diện'}</p>
        </div>
      </div>
      {!shown && !explaining && consent !== 'refused' && (
        <button type="button" className="lc-button lc-button--block me-cta" onClick={() => setExplaining(true)}>
          Dùng tên và ảnh Zalo của tôi
        </button>
      )}
      {!shown && explaining && (
        <div className="me-consent" role="region" aria-label="Xin phép dùng thông tin Zalo">
          <p>
            Lào Cai số xin dùng <strong>tên và ảnh đại diện Zalo</strong> của bạn để chào đúng tên, và để cán bộ biết ai gửi hồ
            sơ khi bạn nộp trực tuyến. Ứng dụng không đọc tin nhắn hay danh bạ của bạn; bạn có thể thôi chia sẻ bất cứ lúc nào.
          </p>
          <div className="me-consent-actions">
            <button type="button" className="lc-button" onClick={share} disabled={asking}>
              {asking ? 'Đang kết nối…' : 'Đồng ý'}
            </button>
            <button
              type="button"
              className="lc-button lc-button--secondary"
              onClick={() => {
                setConsent('refused');
                setExplaining(false);
              }}
              disabled={asking}
            >
              Không đồng ý
            </button>
          </div>
        </div>
      )}
      {!shown && consent === 'refused' && (
        <div className="me-refused" role="status">
          <p>
            Bạn chưa chia sẻ tên và ảnh đại diện, nên ứng dụng gọi bạn là “Người dân Lào Cai”. Bạn vẫn dùng được mọi tiện
            ích; khi nộp hồ sơ, bạn sẽ tự điền họ tên.
          </p>
          <button type="button" className="lc-button lc-button--secondary" onClick={() => setExplaining(true)}>
            <Icon name="refresh" size={18} /> Thử lại
          </button>
        </div>
      )}
      {problem && (
        <p className="me-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
