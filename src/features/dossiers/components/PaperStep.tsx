import type { FormField, Paper } from '@contract/dossiers';
import type { Upload } from '@contract/uploads';
import { MAX_FILES_PER_PAPER, isAttachable, paperRequirement, type PaperRequirement } from '@contract/papers';
import { Icon } from '@/shared/ui';
import { AttachmentPicker } from './AttachmentPicker';

type Values = Record<string, string | number | boolean | null | undefined>;

export interface PaperState {
  paper: Paper;
  requirement: PaperRequirement;
  /** Its files go with the dossier: needed or welcome, and (for the population database) chosen. */
  sent: boolean;
}

/** Every paper of the procedure with what the answers make of it. */
export function paperStates(papers: Paper[], fields: FormField[], values: Values, optIn: readonly string[]): PaperState[] {
  return papers.map((paper) => {
    const requirement = paperRequirement(paper, values, fields);
    const sent = requirement.need !== 'none' && (paper.need.kind !== 'population-db' || optIn.includes(paper.id));
    return { paper, requirement, sent };
  });
}

/** What goes to the server: the files of the papers that are sent, by id. */
export function papersToSend(states: PaperState[], files: Record<string, Upload[]>): Record<string, string[]> {
  return Object.fromEntries(states.filter((s) => s.sent && (files[s.paper.id]?.length ?? 0) > 0).map((s) => [s.paper.id, files[s.paper.id].map((f) => f.id)]));
}

function Badge({ need }: { need: PaperRequirement['need'] }) {
  if (need === 'required') return <span className="dsr-slot-badge dsr-slot-badge--required">Bắt buộc</span>;
  return <span className="dsr-slot-badge">Nếu có</span>;
}

function Slot({
  state,
  files,
  error,
  onAdd,
  onRemove,
}: {
  state: PaperState;
  files: Upload[];
  error?: string;
  onAdd: (u: Upload) => void;
  onRemove: (id: string) => void;
}) {
  const { paper, requirement } = state;
  const id = `dsr-slot-${paper.id}`;
  return (
    <section className={`dsr-slot${error ? ' dsr-slot--error' : ''}`} aria-labelledby={id} data-paper={paper.id}>
      <div className="dsr-slot-head">
        <h3 id={id} className="dsr-slot-name">
          {paper.name}
        </h3>
        <Badge need={requirement.need} />
      </div>
      <p className="dsr-slot-meta">
        <span className="dsr-paper-copies">{paper.copies}</span>
        {requirement.why && paper.need.kind === 'when' && <span className="lc-muted"> {requirement.why}</span>}
      </p>
      {paper.note && paper.need.kind !== 'population-db' && <p className="lc-muted dsr-hint">{paper.note}</p>}
      {paper.example && (
        <p className="dsr-slot-example">
          <Icon name="camera" size={16} /> <span>{paper.example}</span>
        </p>
      )}
      <AttachmentPicker attachments={files} max={MAX_FILES_PER_PAPER} paper={paper.name} error={error} onAdd={onAdd} onRemove={onRemove} />
    </section>
  );
}

/**
 * The papers step of the form: one slot per paper the answers make needed or welcome (name,
 * copies, note, how to photograph it), each with its own files; the ID card behind a switch when
 * the office reads it from the national population database; and, below, the papers that need
 * nothing from the resident and why (the online form, an original shown at the desk, a paper the
 * answers make unnecessary).
 */
export function PaperStep({
  states,
  files,
  optIn,
  errorOf,
  onAdd,
  onRemove,
  onOptIn,
}: {
  states: PaperState[];
  files: Record<string, Upload[]>;
  optIn: readonly string[];
  errorOf: (paperId: string) => string | undefined;
  onAdd: (paperId: string, u: Upload) => void;
  onRemove: (paperId: string, uploadId: string) => void;
  onOptIn: (paperId: string, on: boolean) => void;
}) {
  const slots = states.filter((s) => s.requirement.need !== 'none' && s.paper.need.kind !== 'population-db');
  const registry = states.filter((s) => s.paper.need.kind === 'population-db');
  const nothing = states.filter((s) => s.requirement.need === 'none');
  const slotOf = (s: PaperState) => (
    <Slot
      key={s.paper.id}
      state={s}
      files={files[s.paper.id] ?? []}
      error={errorOf(s.paper.id)}
      onAdd={(u) => onAdd(s.paper.id, u)}
      onRemove={(id) => onRemove(s.paper.id, id)}
    />
  );
  return (
    <div className="dsr-slots">
      <p className="dsr-hint">
        Đính kèm từng giấy tờ vào đúng mục của nó. Giấy tờ nhiều trang: chọn nhiều ảnh hoặc một tệp PDF. Mục “Bắt buộc” cần có ít nhất một tệp.
      </p>
      {slots.length === 0 && registry.length === 0 && (
        <p className="dsr-note">
          <Icon name="check" size={18} /> Thủ tục này không cần đính kèm giấy tờ nào: thông tin bạn đã khai là đủ.
        </p>
      )}
      {slots.map(slotOf)}
      {registry.map((s) => {
        const on = optIn.includes(s.paper.id);
        return (
          <div key={s.paper.id} className="dsr-registry">
            <p className="dsr-note">
              <Icon name="shield" size={18} />
              <span>
                <strong>{s.paper.name}</strong> — {s.requirement.why}
              </span>
            </p>
            <label className="dsr-check-label dsr-switch">
              <input type="checkbox" role="switch" checked={on} aria-checked={on} onChange={(e) => onOptIn(s.paper.id, e.target.checked)} />
              <span>Tôi vẫn muốn đính kèm bản chụp {s.paper.name.charAt(0).toLocaleLowerCase('vi') + s.paper.name.slice(1)}</span>
            </label>
            {on && slotOf(s)}
          </div>
        );
      })}
      {nothing.length > 0 && (
        <section className="dsr-not-needed" aria-labelledby="dsr-not-needed-title">
          <h3 id="dsr-not-needed-title" className="dsr-not-needed-title">
            Không cần đính kèm
          </h3>
          <ul>
            {nothing.map((s) => (
              <li key={s.paper.id}>
                <Icon name={isAttachable(s.paper) ? 'info' : 'check'} size={16} />
                <span>
                  <strong>{s.paper.name}</strong> — {s.requirement.why}
                  {(files[s.paper.id]?.length ?? 0) > 0 && (
                    <>
                      {' '}
                      <span className="dsr-attach-error">{files[s.paper.id].length} tệp đã chọn cho giấy tờ này sẽ không được gửi.</span>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
