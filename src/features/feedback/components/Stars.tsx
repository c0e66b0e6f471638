import { Icon } from '@/shared/ui';

const WORDS = ['', 'Rất không hài lòng', 'Không hài lòng', 'Tạm được', 'Hài lòng', 'Rất hài lòng'];
export const starWords = (n: number) => WORDS[n] ?? '';

/** Five stars to read (value only) or to choose (with onChange), each a real button. */
export function Stars({ value, onChange, size = 28 }: { value: number; onChange?: (n: number) => void; size?: number }) {
  if (!onChange) {
    return (
      <span className="fb-stars" role="img" aria-label={`${value} trên 5 sao`}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Icon key={n} name="star" size={size} className={n <= value ? 'fb-star fb-star--on' : 'fb-star'} />
        ))}
      </span>
    );
  }
  return (
    <span className="fb-stars" role="radiogroup" aria-label="Chọn số sao">
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={n === value}
          aria-label={`${n} sao – ${WORDS[n]}`}
          className="fb-star-button"
          onClick={() => onChange(n)}
        >
          <Icon name="star" size={size} className={n <= value ? 'fb-star fb-star--on' : 'fb-star'} />
        </button>
      ))}
    </span>
  );
}
