import { useState } from 'react';
import type { OutboxItem, OutboxPage } from '../src/contract/officers';
import { query } from './api';
import { formatDateTime } from './format';
import { Badge, EmptyState, ErrorState, Pager, SkeletonRows, useData } from './ui';

const TEMPLATE_LABEL: Record<string, string> = {
  'dossier-status': 'Hồ sơ đổi trạng thái',
  'dossier-papers': 'Yêu cầu bổ sung giấy tờ',
  'dossier-fee': 'Yêu cầu nộp phí, lệ phí',
  'feedback-status': 'Phản ánh có cập nhật',
  'feedback-answered': 'Phản ánh đã được trả lời',
  'appointment-reminder': 'Nhắc lịch hẹn',
};
const STATUS: Record<OutboxItem['status'], { label: string; tone: 'ok' | 'warn' | 'danger' | 'muted' }> = {
  queued: { label: 'Chờ gửi', tone: 'warn' },
  sending: { label: 'Đang gửi', tone: 'warn' },
  sent: { label: 'Đã gửi qua Zalo', tone: 'ok' },
  stored: { label: 'Lưu tại hộp thư đi', tone: 'muted' },
  failed: { label: 'Gửi không được', tone: 'danger' },
};
const PARAM_LABEL: Record<string, string> = {
  code: 'Mã',
  procedure: 'Thủ tục',
  agency: 'Cơ quan',
  status: 'Trạng thái',
  due_date: 'Hạn',
  papers: 'Giấy tờ',
  amount: 'Số tiền',
  office: 'Nơi hẹn',
  time: 'Thời gian',
  note: 'Ghi chú',
  title: 'Tiêu đề',
  contentTitle: 'Tiêu đề nội dung',
  contentDescription: 'Nội dung',
  buttonText: 'Nút',
  link: 'Mở tới',
};

/** "Tin đã gửi qua Zalo": every message for residents, what it says, and whether it went. */
export function Outbox() {
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useData<OutboxPage>(`/api/officer/outbox${query({ page, pageSize: 20 })}`);
  return (
    <div className="cs-figures">
      <div className="cs-figures-head">
        <div>
          <h2>Tin đã gửi qua Zalo</h2>
          <p className="lc-muted">
            {data?.sender === 'zalo'
              ? 'Máy chủ gửi thật qua Zalo: tin ZNS tới số điện thoại của người nộp hồ sơ, thông báo Mini App tới người dùng Zalo.'
              : 'Máy chủ đang lưu tin tại hộp thư đi này, chưa gửi thật qua Zalo (NOTIFY_SENDER=outbox). Chỉ người dân đã cho phép mới có tin.'}
          </p>
        </div>
        <button type="button" className="lc-button lc-button--secondary" onClick={reload}>
          Làm mới
        </button>
      </div>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && loading && <SkeletonRows label="Đang tải tin đã gửi" />}
      {data && data.items.length === 0 && <EmptyState title="Chưa có tin nào" text="Tin được tạo khi cán bộ xử lý hồ sơ, phản ánh của người dân đã cho phép nhận tin qua Zalo." />}
      {data && data.items.length > 0 && (
        <div className="lc-card">
          <table className="cs-table cs-outbox">
            <thead>
              <tr>
                <th scope="col">Thời gian</th>
                <th scope="col">Người nhận</th>
                <th scope="col">Kênh · mẫu</th>
                <th scope="col">Nội dung</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>
                    <code>{m.userId}</code>
                    <br />
                    <span className="lc-muted cs-small">{m.refId}</span>
                  </td>
                  <td>
                    {m.channel === 'zns' ? 'ZNS' : 'Thông báo Mini App'}
                    <br />
                    <span className="lc-muted cs-small">{TEMPLATE_LABEL[m.template] ?? m.template}</span>
                  </td>
                  <td>
                    <dl className="cs-params">
                      {Object.entries(m.params).map(([k, v]) => (
                        <div key={k}>
                          <dt>{PARAM_LABEL[k] ?? k}</dt>
                          <dd>{v}</dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                  <td>
                    <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                    {m.lastError && <p className="cs-field-error cs-small">{m.lastError}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </div>
      )}
    </div>
  );
}
