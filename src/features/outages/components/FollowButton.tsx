import { useRecoilState } from 'recoil';
import { Icon } from '@/shared/ui';
import { showToast } from '@/shared/zalo';
import { placeText } from '../format';
import { followedCommunesState } from '../state';

/** Follow a commune or ward: home then shows its outage-now banner and next planned cut. */
export function FollowButton({ id, name: fullName }: { id: string; name: string }) {
  const [followed, setFollowed] = useRecoilState(followedCommunesState);
  const name = placeText([fullName]);
  const on = followed.includes(id);
  return (
    <button
      type="button"
      className={`oc-follow${on ? ' oc-follow--on' : ''}`}
      aria-pressed={on}
      onClick={() => {
        setFollowed((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id].slice(-20)));
        void showToast(on ? `Đã bỏ theo dõi ${name}.` : `Đang theo dõi ${name}: trang chủ sẽ báo khi mất điện.`);
      }}
    >
      <Icon name={on ? 'check' : 'bell'} size={18} />
      {on ? `Đang theo dõi ${name}` : `Theo dõi ${name}`}
    </button>
  );
}
