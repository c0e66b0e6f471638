import { useId } from 'react';
import { LAO_CAI, LAO_CAI_COMMUNES, PROVINCES } from '@contract/dossiers';
import type { ApplicantDraft } from '../state';
import { FieldShell, describedBy } from './FormControls';

type Key = keyof ApplicantDraft;
const PATH: Record<Key, string> = {
  fullName: 'fullName',
  idNumber: 'idNumber',
  phone: 'phone',
  email: 'email',
  province: 'address.province',
  commune: 'address.commune',
  street: 'address.street',
};

/** The applicant: name, citizen ID, mobile number, address (province → commune/ward → street), email. */
export function ApplicantForm({
  value,
  errors,
  onChange,
  onBlur,
}: {
  value: ApplicantDraft;
  /** Messages by path (`address.commune`), already limited to what should show. */
  errors: Record<string, string>;
  onChange: (next: ApplicantDraft) => void;
  onBlur: (path: string) => void;
}) {
  const uid = useId().replace(/:/g, '');
  const id = (k: Key) => `a-${uid}-${k}`;
  const err = (k: Key) => errors[PATH[k]];
  const set = (k: Key) => (v: string) => onChange({ ...value, [k]: v, ...(k === 'province' ? { commune: '' } : {}) });
  const input = (k: Key, label: string, extra: { required?: boolean; hint?: string; inputMode?: 'numeric' | 'tel' | 'email'; autoComplete?: string; placeholder?: string; type?: string } = {}) => (
    <FieldShell id={id(k)} label={label} required={extra.required ?? true} hint={extra.hint} error={err(k)}>
      <input
        id={id(k)}
        name={k}
        type={extra.type ?? 'text'}
        className="dsr-input"
        value={value[k]}
        inputMode={extra.inputMode}
        autoComplete={extra.autoComplete}
        placeholder={extra.placeholder}
        aria-invalid={err(k) ? true : undefined}
        aria-describedby={describedBy(id(k), err(k), extra.hint)}
        onChange={(e) => set(k)(e.target.value)}
        onBlur={() => onBlur(PATH[k])}
      />
    </FieldShell>
  );
  const inLaoCai = value.province === LAO_CAI;
  return (
    <fieldset className="dsr-fieldset">
      <legend className="dsr-legend">Người nộp hồ sơ</legend>
      {input('fullName', 'Họ và tên', { autoComplete: 'name', placeholder: 'Ví dụ: Nguyễn Thị Mai', hint: 'Viết có dấu, đúng như trên Căn cước.' })}
      {input('idNumber', 'Số Căn cước (CCCD)', { inputMode: 'numeric', hint: '12 chữ số, in ở mặt trước thẻ Căn cước.', placeholder: '010186004512' })}
      {input('phone', 'Số điện thoại di động', { inputMode: 'tel', autoComplete: 'tel', type: 'tel', hint: 'Cán bộ sẽ gọi số này khi cần trao đổi về hồ sơ.', placeholder: '0912 345 678' })}
      {input('email', 'Email', { required: false, inputMode: 'email', autoComplete: 'email', type: 'email' })}
      <FieldShell id={id('province')} label="Tỉnh, thành phố" required error={err('province')}>
        <select id={id('province')} name="province" className="dsr-input" value={value.province} onChange={(e) => set('province')(e.target.value)} onBlur={() => onBlur(PATH.province)}>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell id={id('commune')} label="Xã, phường" required error={err('commune')}>
        {inLaoCai ? (
          <select
            id={id('commune')}
            name="commune"
            className="dsr-input"
            value={value.commune}
            aria-invalid={err('commune') ? true : undefined}
            aria-describedby={describedBy(id('commune'), err('commune'))}
            onChange={(e) => set('commune')(e.target.value)}
            onBlur={() => onBlur(PATH.commune)}
          >
            <option value="">— Chọn xã, phường —</option>
            {[...LAO_CAI_COMMUNES].sort((a, b) => a.replace(/^(Xã|Phường) /, '').localeCompare(b.replace(/^(Xã|Phường) /, ''), 'vi')).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id('commune')}
            name="commune"
            className="dsr-input"
            value={value.commune}
            placeholder="Ví dụ: Phường Ba Đình"
            aria-invalid={err('commune') ? true : undefined}
            onChange={(e) => set('commune')(e.target.value)}
            onBlur={() => onBlur(PATH.commune)}
          />
        )}
      </FieldShell>
      {input('street', 'Số nhà, thôn, tổ dân phố', { autoComplete: 'street-address', placeholder: 'Ví dụ: Số 27, tổ 12' })}
    </fieldset>
  );
}
