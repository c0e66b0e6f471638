import { useId, useMemo, useRef, useState } from 'react';
import { COMMUNES_BY_NAME, communeShortName, findCommune, type Commune } from '@contract/communes';
import { foldVietnamese } from '@contract/text';
import { Icon } from '@/shared/ui';

interface Choice {
  commune: Commune;
  /** The old name the search matched, when it was not the new one ("Xã Đồng Tuyển"). */
  via?: string;
}

/**
 * The communes whose name, or the name of one of the communes they were made from, contains the
 * words typed (without marks: "dong tuyen" finds Xã Cốc San, which took in Đồng Tuyển).
 */
export function searchCommunes(query: string): Choice[] {
  const q = foldVietnamese(query).replace(/^(xa|phuong|thi tran) /, '');
  if (!q) return COMMUNES_BY_NAME.map((commune) => ({ commune }));
  const byName: Choice[] = [];
  const byOldName: Choice[] = [];
  for (const commune of COMMUNES_BY_NAME) {
    if (foldVietnamese(communeShortName(commune.name)).includes(q)) byName.push({ commune });
    else {
      const via = commune.formerly.find((f) => foldVietnamese(f).includes(q));
      if (via) byOldName.push({ commune, via });
    }
  }
  return [...byName, ...byOldName];
}

export interface CommunePickerProps {
  id: string;
  /** The commune's id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  /** The form's own input style, so the picker looks like the fields around it. */
  inputClassName?: string;
}

/**
 * Chooses one of the province's 99 communes and wards: type a few letters of its name, or of
 * the commune it used to be, and pick from the list (ARIA combobox: arrows, Enter, Escape).
 */
export function CommunePicker({ id, value, onChange, placeholder = 'Gõ tên xã, phường (tên mới hoặc cũ)', describedBy, invalid, inputClassName = 'lc-combo-box' }: CommunePickerProps) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const selected = value ? findCommune(value) : undefined;
  const choices = useMemo(() => searchCommunes(query), [query]);

  const choose = (c: Choice) => {
    onChange(c.commune.id);
    setOpen(false);
    setQuery('');
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(choices.length - 1, i + step)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      if (choices[active]) choose(choices[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setQuery('');
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="lc-combo">
      <div className="lc-combo-field">
        <input
          ref={inputRef}
          id={id}
          className={`${inputClassName} lc-combo-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && choices[active] ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          placeholder={selected ? selected.name : placeholder}
          value={open ? query : (selected?.name ?? '')}
          onFocus={() => {
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => {
            setOpen(false);
            setQuery('');
          }}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {selected && !open && (
          <button
            type="button"
            className="lc-combo-clear"
            aria-label={`Bỏ chọn ${selected.name}`}
            onClick={() => {
              onChange('');
              inputRef.current?.focus();
            }}
          >
            <Icon name="close" size={18} />
          </button>
        )}
      </div>
      {open && (
        <ul id={listId} role="listbox" className="lc-combo-list" aria-label="Xã, phường">
          {choices.length === 0 && <li className="lc-combo-empty">Không có xã, phường nào tên như vậy.</li>}
          {choices.map((c, i) => (
            <li
              key={c.commune.id}
              id={optionId(i)}
              role="option"
              aria-selected={c.commune.id === value}
              className={`lc-combo-option${i === active ? ' lc-combo-option--active' : ''}`}
              // Chosen before the input loses focus (which closes the list).
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              <span>{c.commune.name}</span>
              {c.via && <span className="lc-combo-via">gồm {c.via.charAt(0).toLowerCase() + c.via.slice(1)} cũ</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
