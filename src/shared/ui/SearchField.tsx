import { useId } from 'react';
import { Icon } from './icons';
import './SearchField.css';

interface Props {
  /** Read by screen readers (the field shows only its placeholder). */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** The round search box of the lists (procedures, offices, the directory): a magnifier, the text, a clear button. */
export function SearchField({ label, placeholder, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="lc-search" role="search">
      <Icon name="search" size={20} className="lc-search-icon" />
      <label className="lc-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="lc-search-input"
        placeholder={placeholder}
        value={value}
        enterKeyHint="search"
        onChange={(e) => onChange(e.target.value)}
      />
      {value && (
        <button type="button" className="lc-icon-button lc-search-clear" onClick={() => onChange('')} aria-label="Xóa từ khóa">
          <Icon name="close" size={18} />
        </button>
      )}
    </div>
  );
}
