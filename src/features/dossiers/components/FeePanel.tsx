import { useEffect, useRef, useState } from 'react';
import { useSetRecoilState } from 'recoil';
import type { DossierFee, DossierView, FeeReceipt } from '@contract/dossiers';
import type { PaymentOrder } from '@contract/payments';
import { errorMessage, newIdempotencyKey } from '@/shared/api';
import { formatVnd } from '@/shared/format';
import { formatDateTime } from '@/shared/format/date';
import { Icon } from '@/shared/ui';
import { Sheet } from '@/shared/ui/Sheet';
import { BrowserCheckoutNeeded, createPaymentOrder, showToast, ZaloError } from '@/shared/zalo';
import { createFeeOrder, payMockOrder } from '../api';
import { dossiersVersionState } from '../state';

/** How long the page waits for the Checkout server's word after Zalo's payment sheet closes. */
const WAIT_FOR_CALLBACK_MS = 45_000;
const POLL_EVERY_MS = 3_000;

/**
 * The payment sheet shown when the server has no real Zalo Checkout behind it (development and
 * tests): what Checkout would show, and a button that has the server record the payment.
 */
function MockCheckoutSheet({ order, agency, onClose, onPaid }: { order: PaymentOrder; agency: string; onClose: () => void; onPaid: () => void }) {
  const [paying, setPaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const confirm = async () => {
    setPaying(true);
    setError(null);
    try {
      await payMockOrder(order.orderId, key.current);
      onPaid();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPaying(false);
    }
  };
  return (
    <Sheet title="Xác nhận thanh toán" open onClose={onClose}>
      <p className="dsr-note dsr-note--warn">
        <Icon name="info" size={18} /> Màn hình thanh toán thử nghiệm: máy chủ chưa nối với Zalo Checkout nên không có tiền thật được chuyển.
      </p>
      <p className="dsr-pay-amount">{formatVnd(order.amount)}</p>
      <dl className="dsr-dl">
        <dt>Đơn vị thu</dt>
        <dd>{agency}</dd>
        <dt>Nội dung</dt>
        <dd>{order.desc}</dd>
        <dt>Phương thức</dt>
        <dd>Ví ZaloPay (thử nghiệm)</dd>
      </dl>
      {error && (
        <p className="dsr-error" role="alert">
          {error}
        </p>
      )}
      <div className="dsr-form-actions">
        <button type="button" className="lc-button lc-button--secondary" onClick={onClose} disabled={paying}>
          Hủy
        </button>
        <button type="button" className="lc-button dsr-primary" onClick={() => void confirm()} disabled={paying} aria-busy={paying}>
          {paying ? 'Đang thanh toán…' : 'Xác nhận thanh toán'}
        </button>
      </div>
    </Sheet>
  );
}

/**
 * A dossier waiting for its fee (status 6): what to pay and why, and paying it in the app through
 * Zalo Checkout; the dossier moves on by itself once the Checkout server has told ours.
 */
export function FeePanel({ d, note }: { d: DossierView; note: string | null | undefined }) {
  const fee = [...d.fees].reverse().find((f) => f.status === 'due');
  const bump = useSetRecoilState(dossiersVersionState);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mock, setMock] = useState<PaymentOrder | null>(null);
  const [waiting, setWaiting] = useState(false);
  // One key per fee: pressing again after a lost answer gets the same order back.
  const orderKey = useRef(newIdempotencyKey());
  const inFlight = useRef(false);

  // After Zalo's sheet closes, the callback reaches our server in a moment: look again until it has.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => bump((v) => v + 1), POLL_EVERY_MS);
    const stop = setTimeout(() => {
      setWaiting(false);
      setError('Chưa nhận được xác nhận thanh toán. Nếu bạn đã thanh toán, hồ sơ sẽ tự cập nhật trong ít phút; kéo xuống để tải lại.');
    }, WAIT_FOR_CALLBACK_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [waiting, bump]);

  if (!fee) {
    return (
      <section className="lc-card dsr-action" aria-labelledby="dsr-need-fee">
        <h3 id="dsr-need-fee" className="dsr-action-title">
          <Icon name="ticket" size={20} /> Cần thực hiện nghĩa vụ tài chính
        </h3>
        {note && <p>{note}</p>}
        <p className="lc-muted dsr-hint">Nộp tại bộ phận Một cửa hoặc qua Cổng Dịch vụ công quốc gia; cán bộ xác nhận xong hồ sơ sẽ được xử lý tiếp.</p>
      </section>
    );
  }

  const pay = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const order = await createFeeOrder(d.code, orderKey.current);
      if (order.checkout === 'mock') {
        setMock(order);
        return;
      }
      await createPaymentOrder(order);
      setWaiting(true);
      bump((v) => v + 1);
    } catch (e) {
      if (e instanceof BrowserCheckoutNeeded) setError('Hãy mở Lào Cai số trong ứng dụng Zalo để thanh toán qua Zalo Checkout.');
      else setError(e instanceof ZaloError ? e.userMessage : errorMessage(e));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <section className="lc-card dsr-action" aria-labelledby="dsr-need-fee">
      <h3 id="dsr-need-fee" className="dsr-action-title">
        <Icon name="ticket" size={20} /> Cần nộp phí, lệ phí
      </h3>
      <p className="dsr-pay-amount">{formatVnd(fee.amount)}</p>
      <p className="dsr-text">{fee.reason}</p>
      <p className="lc-muted dsr-hint">Cơ quan yêu cầu ngày {formatDateTime(fee.requestedAt)}. Nộp xong, hồ sơ được xử lý tiếp ngay và biên lai điện tử hiện trong hồ sơ.</p>
      {error && (
        <p className="dsr-error" role="alert">
          {error}
        </p>
      )}
      {waiting ? (
        <p className="dsr-note" role="status">
          <Icon name="clock" size={18} /> Đang chờ Zalo Checkout xác nhận thanh toán…
        </p>
      ) : (
        d.canPay && (
          <button type="button" className="lc-button lc-button--block" onClick={() => void pay()} disabled={busy} aria-busy={busy}>
            <Icon name="ticket" size={20} /> {busy ? 'Đang tạo đơn thanh toán…' : `Thanh toán ${formatVnd(fee.amount)}`}
          </button>
        )
      )}
      {mock && (
        <MockCheckoutSheet
          order={mock}
          agency={d.agency.name}
          onClose={() => setMock(null)}
          onPaid={() => {
            setMock(null);
            bump((v) => v + 1);
            void showToast(`Đã thanh toán ${formatVnd(fee.amount)}. Hồ sơ tiếp tục được xử lý.`);
          }}
        />
      )}
    </section>
  );
}

/** The electronic receipt (biên lai điện tử) of a fee paid online. */
export function FeeReceiptCard({ fee, receipt }: { fee: DossierFee; receipt: FeeReceipt }) {
  return (
    <section className="lc-card dsr-receipt-card" aria-label={`Biên lai số ${receipt.number}`}>
      <p className="dsr-receipt-head">
        <Icon name="check" size={20} /> Biên lai thu phí, lệ phí (điện tử)
      </p>
      <p className="lc-muted dsr-receipt-serial">
        Ký hiệu {receipt.series} · Số {receipt.number}
      </p>
      <dl className="dsr-dl">
        <dt>Đơn vị thu</dt>
        <dd>{receipt.collector}</dd>
        <dt>Người nộp</dt>
        <dd>{receipt.payer}</dd>
        <dt>Nội dung</dt>
        <dd>{fee.reason}</dd>
        <dt>Số tiền</dt>
        <dd>
          <strong>{formatVnd(receipt.amount)}</strong>
        </dd>
        <dt>Hình thức</dt>
        <dd>{receipt.method}</dd>
        <dt>Mã giao dịch</dt>
        <dd className="dsr-code">{receipt.transId}</dd>
        <dt>Thời gian</dt>
        <dd>{formatDateTime(receipt.paidAt)}</dd>
      </dl>
    </section>
  );
}
