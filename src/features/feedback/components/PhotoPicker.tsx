import { useEffect, useRef } from 'react';
import { uploadFile, errorMessage } from '@/shared/api';
import { shrinkImage } from '@/shared/media/shrinkImage';
import { pickImages, showToast } from '@/shared/zalo';
import { Icon } from '@/shared/ui';

export interface PhotoSlot {
  key: string;
  preview: string;
  progress: number;
  id: string | null;
  error: string | null;
}

const ACCEPTED = /^image\/(jpeg|png|webp|heic|heif)$/;

/**
 * Up to `max` photos: chosen from the album or camera (Zalo) or a file input (browser), shrunk on
 * the phone, uploaded at once with a progress bar so sending the report itself is quick.
 */
export function PhotoPicker({ max, slots, onChange }: { max: number; slots: PhotoSlot[]; onChange: (update: (s: PhotoSlot[]) => PhotoSlot[]) => void }) {
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = (key: string, patch: Partial<PhotoSlot>) => {
    if (alive.current) onChange((list) => list.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  };

  async function start(file: File, key: string) {
    try {
      const small = await shrinkImage(file);
      const up = await uploadFile(small, small.name || 'anh.jpg', (f) => update(key, { progress: f }));
      update(key, { id: up.id, progress: 1 });
    } catch (e) {
      update(key, { error: errorMessage(e), progress: 0 });
    }
  }

  async function add() {
    let files: File[];
    try {
      files = await pickImages(max - slots.length);
    } catch (e) {
      await showToast(errorMessage(e));
      return;
    }
    const images = files.filter((f) => ACCEPTED.test(f.type) || f.type === '').slice(0, max - slots.length);
    if (images.length < files.length) await showToast('Chỉ đính kèm được ảnh JPEG, PNG, HEIC hoặc WebP.');
    const fresh = images.map((f, i) => ({ key: `${Date.now()}-${i}`, preview: URL.createObjectURL(f), progress: 0, id: null, error: null }));
    onChange((list) => [...list, ...fresh]);
    fresh.forEach((slot, i) => void start(images[i], slot.key));
  }

  function remove(key: string) {
    onChange((list) => {
      const gone = list.find((s) => s.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return list.filter((s) => s.key !== key);
    });
  }

  return (
    <div className="fb-photos">
      {slots.map((s, i) => (
        <div key={s.key} className="fb-photo">
          <img src={s.preview} alt={`Ảnh ${i + 1}`} />
          {s.error ? (
            <span className="fb-photo-status fb-photo-status--error" role="alert">
              Lỗi tải ảnh
            </span>
          ) : s.id ? null : (
            <span className="fb-photo-progress" role="progressbar" aria-label={`Đang tải ảnh ${i + 1}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(s.progress * 100)}>
              <span style={{ width: `${Math.round(s.progress * 100)}%` }} />
            </span>
          )}
          <button type="button" className="fb-photo-remove" aria-label={`Bỏ ảnh ${i + 1}`} onClick={() => remove(s.key)}>
            <Icon name="close" size={16} />
          </button>
        </div>
      ))}
      {slots.length < max && (
        <button type="button" className="fb-photo-add" onClick={() => void add()}>
          <Icon name="camera" size={26} />
          <span>Thêm ảnh</span>
          <span className="lc-muted">
            {slots.length}/{max}
          </span>
        </button>
      )}
    </div>
  );
}
