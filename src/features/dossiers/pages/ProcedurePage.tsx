import { Link, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import type { Paper, ProcedureDetail } from '@contract/dossiers';
import { conditionText } from '@contract/papers';
import { communeSlug } from '@contract/communes';
import { paths } from '@/shared/routes';
import { ProcedureNotFound, useProcedureOrNull } from '../components/ProcedureNotFound';
import { AsyncBoundary, Icon, PageShell, Section, Skeleton, SkeletonList } from '@/shared/ui';
import { formatVnd } from '@/shared/format';
import { procedureQuery, savedApplicantState } from '../state';
import '../dossiers.css';

function Fact({ icon, label, children }: { icon: 'clock' | 'ticket' | 'shield' | 'pin'; label: string; children: React.ReactNode }) {
  return (
    <div className="dsr-fact">
      <Icon name={icon} size={20} className="lc-row-icon" />
      <div>
        <p className="dsr-fact-label lc-muted">{label}</p>
        <p className="dsr-fact-value">{children}</p>
      </div>
    </div>
  );
}

/** When a paper is needed, in a few words, beside its name. */
function needText(paper: Paper, p: ProcedureDetail): string | null {
  switch (paper.need.kind) {
    case 'form':
      return 'Khai trực tuyến, không cần đính kèm';
    case 'desk':
      return 'Xuất trình bản chính khi nhận kết quả';
    case 'population-db':
      return 'Không cần nộp nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư';
    case 'optional':
      return 'Nộp nếu có';
    case 'when':
      return `Chỉ cần khi ${conditionText(paper.need, p.fields)}${paper.need.optional ? ' (nếu có)' : ''}`;
    default:
      return null;
  }
}

function Detail({ id }: { id: string }) {
  const p = useProcedureOrNull(id);
  const saved = useRecoilValue(savedApplicantState);
  if (!p) return <ProcedureNotFound />;
  // The desk that receives it: the province's centre, or the resident's own commune when known.
  const office = p.tier === 'province' ? 'tinh-lao-cai' : saved?.province === 'Lào Cai' && saved.commune ? communeSlug(saved.commune) : undefined;
  return (
    <>
      <div className="lc-card dsr-proc-head">
        <p className="dsr-proc-field">{p.fieldLabel}</p>
        <h2 className="dsr-proc-title">{p.name}</h2>
        <p className="lc-muted dsr-proc-code">Mã thủ tục: {p.id}</p>
        <p className="dsr-badges">
          <span className={`lc-badge${p.serviceLevel === 'full' ? '' : ' dsr-badge-partial'}`}>Dịch vụ công {p.serviceLevelLabel.toLowerCase()}</span>
          <span className="lc-badge dsr-badge-plain">{p.tier === 'commune' ? 'Cấp xã' : 'Cấp tỉnh'}</span>
        </p>
        <p className="dsr-proc-desc">{p.description}</p>
        {p.serviceLevel === 'partial' && (
          <p className="dsr-note">
            <Icon name="info" size={18} /> Thủ tục một phần: nộp hồ sơ trực tuyến, sau đó đến bộ phận Một cửa để đối chiếu bản chính hoặc ký nhận kết quả.
          </p>
        )}
      </div>
      <div className="lc-card dsr-facts">
        <Fact icon="clock" label="Thời hạn giải quyết">
          {p.processingDays} ngày làm việc
        </Fact>
        <Fact icon="ticket" label="Phí, lệ phí">
          {p.feeVnd === 0 ? 'Miễn phí' : formatVnd(p.feeVnd)}
          <span className="dsr-fact-more lc-muted">{p.feeText}</span>
        </Fact>
        <Fact icon="shield" label="Cơ quan giải quyết">
          {p.authority.name}
          <span className="dsr-fact-more lc-muted">{p.department}</span>
        </Fact>
        <Fact icon="pin" label="Nơi tiếp nhận">
          {p.receptionOffice}
        </Fact>
      </div>
      <Section title="Ai được nộp">
        <p className="lc-card dsr-text">{p.applicants}</p>
      </Section>
      <Section title={`Giấy tờ cần có (${p.papers.length})`}>
        <ol className="lc-card dsr-papers">
          {p.papers.map((paper) => (
            <li key={paper.id}>
              <span className="dsr-paper-name">{paper.name}</span>
              <span className="dsr-paper-copies">{paper.copies}</span>
              {needText(paper, p) && <span className="dsr-paper-need">{needText(paper, p)}</span>}
              {paper.note && paper.need.kind !== 'form' && paper.need.kind !== 'population-db' && <span className="lc-muted dsr-paper-note">{paper.note}</span>}
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Kết quả nhận được">
        <p className="lc-card dsr-text">{p.result}</p>
      </Section>
      <Section title="Căn cứ pháp lý">
        <ul className="lc-card dsr-legal">
          {p.legalBasis.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Section>
      <Section title="Đến bộ phận Một cửa">
        <div className="lc-card dsr-book">
          <p className="dsr-text">
            {p.serviceLevel === 'partial'
              ? 'Thủ tục này cần đến bộ phận Một cửa để đối chiếu bản chính hoặc ký nhận. Đặt lịch trước để không phải chờ.'
              : 'Muốn được hướng dẫn trực tiếp hoặc nộp hồ sơ giấy? Đặt lịch hẹn để được tiếp đón đúng giờ.'}
          </p>
          <Link to={paths.bookAppointment({ procedure: p.id, office })} className="lc-button lc-button--secondary lc-button--block">
            <Icon name="calendar" size={20} /> Đặt lịch hẹn tại bộ phận Một cửa
          </Link>
        </div>
      </Section>
      <div className="dsr-cta">
        <Link to={paths.submitDossier(p.id)} className="lc-button lc-button--block">
          <Icon name="upload" size={20} /> Nộp hồ sơ trực tuyến
        </Link>
      </div>
    </>
  );
}

function DetailSkeleton() {
  return (
    <div role="status" aria-label="Đang tải thủ tục">
      <div className="lc-card" style={{ display: 'grid', gap: 10 }}>
        <Skeleton width="30%" height={14} />
        <Skeleton width="90%" height={22} />
        <Skeleton width="70%" height={22} />
        <Skeleton width="100%" height={60} />
      </div>
      <div style={{ marginTop: 12 }}>
        <SkeletonList count={3} />
      </div>
    </div>
  );
}

/** One procedure: what it is for, papers with copies, fee, time, agency, level; then "Nộp hồ sơ". */
export default function ProcedurePage() {
  const { id = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(procedureQuery(id));
  return (
    <PageShell title="Thủ tục hành chính">
      <AsyncBoundary fallback={<DetailSkeleton />} onRetry={refresh}>
        <Detail id={id} />
      </AsyncBoundary>
    </PageShell>
  );
}
