import { useEffect, useRef, useState } from 'react';
import { decodePixels } from '../decode';

/** Why the camera did not start, in words, and whether the user can simply allow it. */
function cameraProblem(e: unknown): string {
  const name = (e as DOMException)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Bạn chưa cho phép dùng máy ảnh. Hãy cho phép trong cài đặt trình duyệt, hoặc chọn ảnh có mã QR, hoặc nhập mã bên dưới.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'Không tìm thấy máy ảnh trên thiết bị này. Hãy chọn ảnh có mã QR hoặc nhập mã bên dưới.';
  }
  return 'Chưa mở được máy ảnh. Hãy chọn ảnh có mã QR hoặc nhập mã bên dưới.';
}

/**
 * A live camera view that reads QR codes (in a browser; Zalo has its own scanner). Frames are
 * sampled a few times a second into a canvas and decoded; the camera stops as soon as a code is read.
 */
export function CameraScanner({ onCode, onProblem }: { onCode: (text: string) => void; onProblem: (message: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
    const tick = () => {
      const v = video.current;
      if (stopped || !v) return;
      if (v.readyState >= v.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        const scale = Math.min(1, 720 / Math.max(v.videoWidth, v.videoHeight));
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        const g = canvas.getContext('2d', { willReadFrequently: true })!;
        g.drawImage(v, 0, 0, canvas.width, canvas.height);
        const text = decodePixels(g.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (text) {
          stop();
          onCode(text);
          return;
        }
      }
      timer = window.setTimeout(tick, 250);
    };
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera', 'NotFoundError');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
        if (stopped) return stop();
        const v = video.current!;
        v.srcObject = stream;
        await v.play();
        setReady(true);
        tick();
      } catch (e) {
        stop();
        onProblem(cameraProblem(e));
      }
    })();
    return stop;
  }, [onCode, onProblem]);

  return (
    <div className="qr-camera">
      <video ref={video} muted playsInline aria-label="Hình từ máy ảnh để quét mã QR" />
      <div className="qr-frame" aria-hidden="true" />
      <p className="qr-camera-hint" role="status">
        {ready ? 'Đưa mã QR vào giữa khung' : 'Đang mở máy ảnh…'}
      </p>
    </div>
  );
}
