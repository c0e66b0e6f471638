import { useRef, useState } from 'react';
import type { Upload } from '@contract/uploads';
import { errorMessage, uploadFile } from '@/shared/api';
import { shrinkImage } from '@/shared/media/shrinkImage';
import { Icon } from '@/shared/ui';
import { pickFiles, pickImages, ZaloError } from '@/shared/zalo';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,image/heif,image/webp';
const ALLOWED = /^(application\/pdf|image\/(jpeg|png|heic|heif|webp))$/;

interface Pending {
  key: string;
  file: File;
  progress: number;
  error: string | null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The files of one paper of a dossier: photos from the camera or album (Zalo's picker inside
 * Zalo) or PDF files, several pages allowed. Pictures are shrunk before upload, each shows its
 * progress, and any can be removed or retried. `paper` names the paper in the buttons' accessible
 * names, so a page with one picker per paper still says which is which.
 */
export function AttachmentPicker({
  attachments,
  onAdd,
  onRemove,
  max,
  error,
  paper,
}: {
  attachments: Upload[];
  onAdd: (upload: Upload) => void;
  onRemove: (id: string) => void;
  max: number;
  error?: string;
  paper?: string;
}) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const counter = useRef(0);
  const busy = pending.filter((p) => !p.error).length;
  const room = max - attachments.length - busy;

  const update = (key: string, change: Partial<Pending>) => setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const send = async (item: Pending) => {
    update(item.key, { progress: 0, error: null });
    try {
      const file = await shrinkImage(item.file);
      if (file.size > MAX_BYTES) throw new Error(`Tệp “${file.name}” lớn hơn 10 MB. Hãy chụp lại hoặc chia nhỏ tệp PDF.`);
      const upload = await uploadFile(file, file.name, (f) => update(item.key, { progress: f }));
      setPending((list) => list.filter((p) => p.key !== item.key));
      onAdd(upload);
    } catch (e) {
      update(item.key, { error: e instanceof Error && !('kind' in e) ? e.message : errorMessage(e) });
    }
  };

  const addFiles = (files: File[]) => {
    const accepted = files.filter((f) => ALLOWED.test(f.type) || /\.(pdf|jpe?g|png|heic|heif|webp)$/i.test(f.name));
    const problems: string[] = [];
    if (accepted.length < files.length) problems.push('Chỉ nhận ảnh (JPEG, PNG, HEIC, WebP) hoặc tệp PDF.');
    if (accepted.length > room) {
      problems.push(`Mỗi ${paper ? 'giấy tờ' : 'hồ sơ'} đính kèm tối đa ${max} tệp; đã bỏ bớt ${accepted.length - Math.max(room, 0)} tệp.`);
    }
    setProblem(problems.length ? problems.join(' ') : null);
    const items = accepted.slice(0, Math.max(room, 0)).map((file) => ({ key: `f${counter.current++}`, file, progress: 0, error: null }));
    setPending((list) => [...list, ...items]);
    items.forEach((item) => void send(item));
  };

  const choose = async (kind: 'image' | 'file') => {
    try {
      addFiles(kind === 'image' ? await pickImages(Math.max(room, 1)) : await pickFiles(ACCEPT, true));
    } catch (e) {
      setProblem(e instanceof ZaloError ? e.userMessage : errorMessage(e));
    }
  };

  return (
    <div className="dsr-attach">
      {(attachments.length > 0 || pending.length > 0) && (
        <ul className="dsr-attach-list" aria-label="Tệp đính kèm">
          {attachments.map((a) => (
            <li key={a.id} className="dsr-attach-item">
              <Icon name={a.contentType === 'application/pdf' ? 'document' : 'image'} className="dsr-attach-icon" />
              <span className="dsr-attach-text">
                <span className="dsr-attach-name">{a.name}</span>
                <span className="lc-muted dsr-attach-size">
                  {formatSize(a.size)} · <Icon name="check" size={14} /> Đã tải lên
                </span>
              </span>
              <button type="button" className="lc-icon-button" onClick={() => onRemove(a.id)} aria-label={`Bỏ tệp ${a.name}`}>
                <Icon name="trash" size={20} />
              </button>
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.key} className={`dsr-attach-item${p.error ? ' dsr-attach-item--error' : ''}`}>
              <Icon name={p.file.type === 'application/pdf' ? 'document' : 'image'} className="dsr-attach-icon" />
              <span className="dsr-attach-text">
                <span className="dsr-attach-name">{p.file.name}</span>
                {p.error ? (
                  <span className="dsr-attach-error" role="alert">
                    {p.error}
                  </span>
                ) : (
                  <span className="dsr-progress" role="progressbar" aria-label={`Đang tải ${p.file.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(p.progress * 100)}>
                    <span className="dsr-progress-bar" style={{ width: `${Math.max(4, p.progress * 100)}%` }} />
                  </span>
                )}
              </span>
              {p.error && (
                <button type="button" className="lc-icon-button" onClick={() => void send(p)} aria-label={`Tải lại ${p.file.name}`}>
                  <Icon name="refresh" size={20} />
                </button>
              )}
              <button type="button" className="lc-icon-button" onClick={() => setPending((l) => l.filter((x) => x.key !== p.key))} aria-label={`Bỏ tệp ${p.file.name}`}>
                <Icon name="close" size={20} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dsr-attach-actions">
        <button
          type="button"
          className="lc-button lc-button--secondary"
          onClick={() => void choose('image')}
          disabled={room <= 0}
          aria-label={paper ? `Chụp hoặc chọn ảnh: ${paper}` : undefined}
        >
          <Icon name="camera" size={18} /> Chụp hoặc chọn ảnh
        </button>
        <button
          type="button"
          className="lc-button lc-button--secondary"
          onClick={() => void choose('file')}
          disabled={room <= 0}
          aria-label={paper ? `Chọn tệp PDF: ${paper}` : undefined}
        >
          <Icon name="upload" size={18} /> Chọn tệp PDF
        </button>
      </div>
      <p className="lc-muted dsr-hint">
        {paper
          ? `Đã có ${attachments.length}/${max} tệp. Nhiều trang thì chọn nhiều ảnh hoặc một tệp PDF, mỗi tệp tối đa 10 MB.`
          : `Đã có ${attachments.length}/${max} tệp. Ảnh hoặc PDF, mỗi tệp tối đa 10 MB; ảnh được thu nhỏ trước khi gửi để tiết kiệm dung lượng.`}
      </p>
      {(problem || error) && (
        <p className="dsr-error" role="alert">
          {problem ?? error}
        </p>
      )}
    </div>
  );
}
