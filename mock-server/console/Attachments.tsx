import { useEffect, useState } from 'react';
import { fetchFile } from './api';

export interface FileRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** Files under the paper they answer (the procedure's papers), or under one heading when the dossier does not say. */
export interface PaperGroup {
  title: string;
  files: FileRef[];
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);

function FileItem({ file }: { file: FileRef }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const image = file.contentType.startsWith('image/');
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const open = async () => {
    setError(null);
    try {
      const blob = await fetchFile(file.id);
      const objectUrl = URL.createObjectURL(blob);
      if (image) {
        setUrl(objectUrl);
        return;
      }
      // A PDF is downloaded under its own name (the server never renders it as a page).
      const a = document.createElement('a');
      a.href = objectUrl;
      a.download = file.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Không mở được tệp.');
    }
  };

  return (
    <li className="cs-file">
      <span className="cs-file-kind" aria-hidden="true">
        {image ? 'Ảnh' : 'PDF'}
      </span>
      <span className="cs-file-name">
        {file.name}
        <span className="lc-muted"> · {sizeText(file.size)}</span>
      </span>
      {!url && (
        <button type="button" className="lc-chip" onClick={open}>
          {image ? 'Xem' : 'Tải về'}
        </button>
      )}
      {error && (
        <span className="cs-field-error" role="alert">
          {error}
        </span>
      )}
      {url && (
        <figure className="cs-file-preview">
          <img src={url} alt={`Ảnh giấy tờ: ${file.name}`} />
          <button type="button" className="lc-chip" onClick={() => setUrl(null)}>
            Thu gọn
          </button>
        </figure>
      )}
    </li>
  );
}

export function Attachments({ groups }: { groups: PaperGroup[] }) {
  const total = groups.reduce((n, g) => n + g.files.length, 0);
  if (total === 0) return <p className="lc-muted">Hồ sơ không có tệp đính kèm.</p>;
  return (
    <div className="cs-papers">
      {groups.map((g) => (
        <section key={g.title} className="cs-paper">
          <h4>
            {g.title} <span className="lc-muted">({g.files.length})</span>
          </h4>
          {g.files.length === 0 ? (
            <p className="lc-muted cs-small">Chưa có tệp.</p>
          ) : (
            <ul>
              {g.files.map((f) => (
                <FileItem key={f.id} file={f} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
