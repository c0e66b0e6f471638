/** What the resident will read once the officer confirms: the notice, the line added to the history, and how it reaches them. */

interface Delivery {
  zaloConsent: 'granted' | 'refused' | 'unasked';
  zalo: { channel: 'zns' | 'miniapp'; template: string } | null;
}

export function deliveryText(d: Delivery): string {
  if (d.zalo) {
    return d.zalo.channel === 'zns'
      ? 'Trong ứng dụng và qua Zalo (tin ZNS tới số điện thoại của người nộp).'
      : 'Trong ứng dụng và qua Zalo (thông báo của Mini App).';
  }
  return d.zaloConsent === 'refused'
    ? 'Chỉ trong ứng dụng: người dân đã từ chối nhận tin qua Zalo.'
    : 'Chỉ trong ứng dụng: người dân chưa cho phép nhận tin qua Zalo.';
}

export function Preview({
  notice,
  line,
  delivery,
  problem,
  waiting = false,
}: {
  notice: { title: string; body: string } | null;
  line: { title: string; where: string; note: string | null } | null;
  delivery: Delivery | null;
  problem: string | null;
  /** The form is not complete yet: the problem is a hint, not a refusal. */
  waiting?: boolean;
}) {
  return (
    <section className="cs-preview" aria-live="polite" aria-label="Người dân sẽ nhận được">
      <h5>Người dân sẽ nhận được</h5>
      {notice ? (
        <>
          <div className="cs-preview-notice">
            <strong>{notice.title}</strong>
            <p>{notice.body}</p>
          </div>
          {line && (
            <p className="cs-small">
              <span className="lc-muted">Dòng mới trong quá trình xử lý:</span> {line.title}
              {line.where ? <span className="lc-muted"> · {line.where}</span> : null}
              {line.note ? <> — {line.note}</> : null}
            </p>
          )}
          {delivery && <p className="cs-small lc-muted">Gửi: {deliveryText(delivery)}</p>}
        </>
      ) : (
        <p className="cs-small lc-muted">{problem ? (waiting ? problem : `Chưa xem trước được: ${problem}`) : 'Đang soạn bản xem trước…'}</p>
      )}
    </section>
  );
}
