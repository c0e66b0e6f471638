import { useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue, useResetRecoilState, useSetRecoilState } from 'recoil';
import {
  Applicant,
  LAO_CAI,
  LAO_CAI_COMMUNES,
  displayFieldValue,
  procedureFieldsSchema,
  type DossierCreateRequest,
  type ProcedureDetail,
} from '@contract/dossiers';
import { checkPapers } from '@contract/papers';
import { ApiError, errorMessage, newIdempotencyKey } from '@/shared/api';
import { paths } from '@/shared/routes';
import { currentUser, profileConsentState } from '@/shared/session';
import { ProcedureNotFound, useProcedureOrNull } from '../components/ProcedureNotFound';
import { AsyncBoundary, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import { formatVnd, vietnamDateKey } from '@/shared/format';
import {
  dossierDraftState,
  dossiersVersionState,
  emptyApplicant,
  procedureQuery,
  savedApplicantState,
  type ApplicantDraft,
  type DossierDraft,
} from '../state';
import { submitDossier } from '../api';
import { addressLine, formatPhone } from '../components/status';
import { ApplicantForm } from '../components/ApplicantForm';
import { FieldShell, ProcedureFieldInput } from '../components/FormControls';
import { formatSize } from '../components/AttachmentPicker';
import { PaperStep, paperStates, papersToSend, type PaperState } from '../components/PaperStep';
import '../dossiers.css';

const STEPS = ['Người nộp', 'Thông tin', 'Giấy tờ', 'Xem lại'] as const;

type Errors = Record<string, string>;

function issuesByPath(issues: { path: PropertyKey[]; message: string }[], prefix = ''): Errors {
  const out: Errors = {};
  for (const i of issues) {
    const key = prefix + i.path.map(String).join('.');
    out[key] ??= i.message;
  }
  return out;
}

const toApplicantInput = (a: ApplicantDraft) => ({
  fullName: a.fullName,
  idNumber: a.idNumber,
  phone: a.phone,
  email: a.email,
  address: { province: a.province, commune: a.commune, street: a.street },
});

/** Which step shows the field a server error names. */
function stepOf(path: string): number {
  if (path.startsWith('applicant.')) return 0;
  if (path.startsWith('fields.') || path === 'submitTo') return 1;
  if (path.startsWith('papers')) return 2;
  return 3;
}

function Stepper({ step, onGo }: { step: number; onGo: (s: number) => void }) {
  return (
    <ol className="dsr-stepper" aria-label="Các bước nộp hồ sơ">
      {STEPS.map((label, i) => (
        <li key={label} className={`dsr-stepper-item${i === step ? ' dsr-stepper-item--on' : ''}${i < step ? ' dsr-stepper-item--done' : ''}`}>
          <button type="button" onClick={() => onGo(i)} disabled={i > step} aria-current={i === step ? 'step' : undefined}>
            <span className="dsr-stepper-dot">{i < step ? <Icon name="check" size={14} /> : i + 1}</span>
            <span className="dsr-stepper-label">{label}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Review({ procedure, draft, agencyName, papers }: { procedure: ProcedureDetail; draft: DossierDraft; agencyName: string; papers: PaperState[] }) {
  const a = draft.applicant;
  const sent = papers.filter((s) => s.sent && (draft.papers[s.paper.id]?.length ?? 0) > 0);
  return (
    <div className="dsr-review">
      <section className="lc-card">
        <h3 className="dsr-review-title">Người nộp</h3>
        <dl className="dsr-dl">
          <dt>Họ và tên</dt>
          <dd>{a.fullName}</dd>
          <dt>Số CCCD</dt>
          <dd>{a.idNumber}</dd>
          <dt>Điện thoại</dt>
          <dd>{formatPhone(a.phone.replace(/[\s.()-]/g, ''))}</dd>
          {a.email && (
            <>
              <dt>Email</dt>
              <dd>{a.email}</dd>
            </>
          )}
          <dt>Địa chỉ</dt>
          <dd>{addressLine(a)}</dd>
        </dl>
      </section>
      <section className="lc-card">
        <h3 className="dsr-review-title">Thông tin hồ sơ</h3>
        <dl className="dsr-dl">
          <dt>Thủ tục</dt>
          <dd>{procedure.name}</dd>
          <dt>Nơi nhận hồ sơ</dt>
          <dd>{agencyName}</dd>
          {procedure.fields
            .filter((f) => draft.fields[f.name] !== undefined && draft.fields[f.name] !== '' && draft.fields[f.name] !== null)
            .map((f) => (
              <div key={f.name} className="dsr-dl-row">
                <dt>{f.label}</dt>
                <dd>{displayFieldValue(f, draft.fields[f.name] as string | number | boolean)}</dd>
              </div>
            ))}
        </dl>
      </section>
      <section className="lc-card">
        <h3 className="dsr-review-title">Giấy tờ đính kèm ({sent.length})</h3>
        {sent.length === 0 && <p className="lc-muted dsr-text">Không đính kèm giấy tờ nào: thủ tục này chỉ cần thông tin bạn đã khai.</p>}
        <ul className="dsr-review-papers">
          {sent.map(({ paper }) => (
            <li key={paper.id}>
              <span className="dsr-paper-name">{paper.name}</span>
              <ul className="dsr-review-files">
                {draft.papers[paper.id].map((f) => (
                  <li key={f.id}>
                    <Icon name={f.contentType === 'application/pdf' ? 'document' : 'image'} size={18} /> {f.name} <span className="lc-muted">({formatSize(f.size)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <p className="dsr-note">
        <Icon name="clock" size={18} /> Thời hạn giải quyết {procedure.processingDays} ngày làm việc, không tính thứ Bảy, Chủ nhật và ngày lễ.
        Phí, lệ phí: {procedure.feeVnd === 0 ? 'miễn phí' : `${formatVnd(procedure.feeVnd)} (${procedure.feeText})`}.
      </p>
    </div>
  );
}

function Form({ procedure }: { procedure: ProcedureDetail }) {
  const navigate = useNavigate();
  const [stored, setDraft] = useRecoilState(dossierDraftState(procedure.id));
  const [saved, setSaved] = useRecoilState(savedApplicantState);
  const bumpVersion = useSetRecoilState(dossiersVersionState);
  // A first dossier starts from the name the resident shared from Zalo (after consent), a later one from what they typed last.
  const sharedName = useRecoilValue(profileConsentState) === 'granted' ? currentUser()?.name ?? '' : '';
  // A draft kept from before papers had their own slots has no `papers`: it starts them empty.
  const draft: DossierDraft = stored
    ? { ...stored, papers: stored.papers ?? {}, optIn: stored.optIn ?? [] }
    : { step: 0, applicant: saved ?? { ...emptyApplicant, fullName: sharedName }, submitTo: '', fields: {}, papers: {}, optIn: [] };
  const update = (change: (d: DossierDraft) => DossierDraft) => setDraft((d) => change(d ? { ...d, papers: d.papers ?? {}, optIn: d.optIn ?? [] } : draft));

  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [shownSteps, setShownSteps] = useState<Set<number>>(new Set());
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const resetDraft = useResetRecoilState(dossierDraftState(procedure.id));
  const inFlight = useRef(false);
  const top = useRef<HTMLDivElement>(null);

  const fieldsSchema = useMemo(() => procedureFieldsSchema(procedure.fields, vietnamDateKey(new Date())), [procedure.fields]);
  const applicantResult = Applicant.safeParse(toApplicantInput(draft.applicant));
  const fieldsResult = fieldsSchema.safeParse(draft.fields);
  const inLaoCai = draft.applicant.province === LAO_CAI;
  const submitTo = procedure.tier === 'commune' ? draft.submitTo || (inLaoCai ? draft.applicant.commune : '') : '';

  // Which papers are needed follows the answers, as on the server.
  const answers = fieldsResult.success ? fieldsResult.data : draft.fields;
  const papers = paperStates(procedure.papers, procedure.fields, answers, draft.optIn);
  const toSend = papersToSend(papers, draft.papers);
  const paperIssues = checkPapers(procedure.papers, procedure.fields, answers, toSend);

  const clientErrors: Errors = {
    ...(applicantResult.success ? {} : issuesByPath(applicantResult.error.issues, 'applicant.')),
    ...(fieldsResult.success ? {} : issuesByPath(fieldsResult.error.issues, 'fields.')),
    ...(procedure.tier === 'commune' && !submitTo ? { submitTo: 'Vui lòng chọn xã, phường của tỉnh Lào Cai sẽ nhận hồ sơ.' } : {}),
    ...Object.fromEntries(paperIssues.map((i) => [i.path, i.message])),
  };
  const errorsOfStep = (s: number) => Object.keys(clientErrors).filter((p) => stepOf(p) === s);
  const visible = (path: string) => (touched.has(path) || shownSteps.has(stepOf(path)) ? clientErrors[path] : undefined) ?? serverErrors[path];
  const visibleByPrefix = (prefix: string): Errors =>
    Object.fromEntries(
      [...new Set([...Object.keys(clientErrors), ...Object.keys(serverErrors)])]
        .filter((p) => p.startsWith(prefix))
        .map((p) => [p.slice(prefix.length), visible(p)])
        .filter(([, m]) => m),
    ) as Errors;

  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
  const forgetServerError = (path: string) =>
    setServerErrors((e) => {
      if (!(path in e)) return e;
      const next = { ...e };
      delete next[path];
      return next;
    });

  const goTo = (step: number) => {
    update((d) => ({ ...d, step }));
    top.current?.scrollIntoView({ block: 'start' });
    window.scrollTo({ top: 0 });
  };

  const next = () => {
    if (errorsOfStep(draft.step).length > 0) {
      setShownSteps((s) => new Set(s).add(draft.step));
      // Let the messages render, then take the user to the first one.
      setTimeout(() => (document.querySelector('[aria-invalid="true"], .dsr-field--error input, .dsr-error') as HTMLElement | null)?.focus?.(), 0);
      return;
    }
    goTo(draft.step + 1);
  };

  const send = async () => {
    if (inFlight.current) return;
    const firstBad = [0, 1, 2].find((s) => errorsOfStep(s).length > 0);
    if (firstBad !== undefined || !applicantResult.success || !fieldsResult.success) {
      setShownSteps(new Set([0, 1, 2]));
      goTo(firstBad ?? 0);
      return;
    }
    const body: DossierCreateRequest = {
      procedureId: procedure.id,
      applicant: applicantResult.data,
      fields: fieldsResult.data,
      papers: toSend,
      ...(submitTo ? { submitTo: submitTo as (typeof LAO_CAI_COMMUNES)[number] } : {}),
    };
    // The same content keeps the same key: a double tap or a retry after a lost answer gives the
    // first dossier back instead of a second one.
    const json = JSON.stringify(body);
    const pending = draft.pending?.body === json ? draft.pending : { key: newIdempotencyKey(), body: json };
    if (pending !== draft.pending) update((d) => ({ ...d, pending }));
    inFlight.current = true;
    setSending(true);
    setSendError(null);
    try {
      const dossier = await submitDossier(body, pending.key);
      setSaved(draft.applicant);
      bumpVersion((v) => v + 1);
      navigate(paths.dossier(dossier.code), { replace: true, state: { receipt: true } });
      resetDraft();
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        const byPath = Object.fromEntries(e.details.map((d) => [d.path, d.message]));
        setServerErrors(byPath);
        setSendError('Hồ sơ còn mục chưa hợp lệ. Vui lòng sửa các mục được đánh dấu đỏ.');
        goTo(Math.min(...e.details.map((d) => stepOf(d.path))));
      } else {
        setSendError(`${errorMessage(e)} Bấm “Gửi hồ sơ” để thử lại: hồ sơ sẽ không bị gửi trùng.`);
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const agencyName = procedure.tier === 'province' ? procedure.authority.name : submitTo ? `UBND ${submitTo.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}` : '—';
  const step = draft.step;

  return (
    <div ref={top} className="dsr-submit">
      <div className="lc-card dsr-submit-head">
        <p className="lc-muted dsr-proc-field">Nộp hồ sơ trực tuyến</p>
        <h2 className="dsr-submit-title">{procedure.name}</h2>
      </div>
      <Stepper step={step} onGo={goTo} />
      <form
        className="dsr-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step < 3) next();
          else void send();
        }}
      >
        {step === 0 && (
          <ApplicantForm
            value={draft.applicant}
            errors={visibleByPrefix('applicant.')}
            onChange={(applicant) => {
              update((d) => ({ ...d, applicant }));
              Object.keys(serverErrors).filter((p) => p.startsWith('applicant.')).forEach(forgetServerError);
            }}
            onBlur={(p) => touch(`applicant.${p}`)}
          />
        )}
        {step === 1 && (
          <fieldset className="dsr-fieldset">
            <legend className="dsr-legend">Thông tin của thủ tục</legend>
            {procedure.tier === 'commune' && (
              <FieldShell
                id="dsr-submit-to"
                label="Xã, phường nhận hồ sơ"
                required
                hint="Mặc định là xã, phường nơi bạn ở. Có thể chọn nơi khác trong tỉnh Lào Cai."
                error={visible('submitTo')}
              >
                <select
                  id="dsr-submit-to"
                  className="dsr-input"
                  value={submitTo}
                  aria-invalid={visible('submitTo') ? true : undefined}
                  onChange={(e) => {
                    const v = e.target.value;
                    update((d) => ({ ...d, submitTo: v }));
                    forgetServerError('submitTo');
                  }}
                  onBlur={() => touch('submitTo')}
                >
                  <option value="">— Chọn xã, phường —</option>
                  {[...LAO_CAI_COMMUNES].sort((a, b) => a.replace(/^(Xã|Phường) /, '').localeCompare(b.replace(/^(Xã|Phường) /, ''), 'vi')).map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </FieldShell>
            )}
            {procedure.fields.map((f) => (
              <ProcedureFieldInput
                key={f.name}
                field={f}
                value={draft.fields[f.name]}
                error={visible(`fields.${f.name}`)}
                onChange={(v) => {
                  update((d) => ({ ...d, fields: { ...d.fields, [f.name]: v } }));
                  forgetServerError(`fields.${f.name}`);
                  if (f.type === 'select' || f.type === 'checkbox' || f.type === 'date') touch(`fields.${f.name}`);
                }}
                onBlur={() => touch(`fields.${f.name}`)}
              />
            ))}
          </fieldset>
        )}
        {step === 2 && (
          <fieldset className="dsr-fieldset">
            <legend className="dsr-legend">Giấy tờ đính kèm</legend>
            <PaperStep
              states={papers}
              files={draft.papers}
              optIn={draft.optIn}
              errorOf={(id) => visible(`papers.${id}`) ?? Object.entries(serverErrors).find(([p]) => p.startsWith(`papers.${id}.`))?.[1]}
              onAdd={(id, u) => {
                update((d) => ({ ...d, papers: { ...d.papers, [id]: [...(d.papers[id] ?? []), u] } }));
                setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p !== `papers.${id}` && !p.startsWith(`papers.${id}.`))));
              }}
              onRemove={(id, uploadId) => update((d) => ({ ...d, papers: { ...d.papers, [id]: (d.papers[id] ?? []).filter((a) => a.id !== uploadId) } }))}
              onOptIn={(id, on) => update((d) => ({ ...d, optIn: on ? [...d.optIn, id] : d.optIn.filter((x) => x !== id) }))}
            />
          </fieldset>
        )}
        {step === 3 && <Review procedure={procedure} draft={draft} agencyName={agencyName} papers={papers} />}

        {sendError && (
          <p className="dsr-error dsr-send-error" role="alert">
            {sendError}
          </p>
        )}
        {step < 3 && shownSteps.has(step) && errorsOfStep(step).length > 0 && (
          <p className="dsr-error" role="alert">
            Còn {errorsOfStep(step).length} mục cần sửa trước khi tiếp tục.
          </p>
        )}
        <div className="dsr-form-actions">
          {step > 0 && (
            <button type="button" className="lc-button lc-button--secondary" onClick={() => goTo(step - 1)} disabled={sending}>
              Quay lại
            </button>
          )}
          <button type="submit" className="lc-button dsr-primary" disabled={sending} aria-busy={sending}>
            {step < 3 ? 'Tiếp tục' : sending ? 'Đang gửi…' : 'Gửi hồ sơ'}
          </button>
        </div>
      </form>
    </div>
  );
}

function FormSkeleton() {
  return (
    <div role="status" aria-label="Đang tải biểu mẫu">
      <Skeleton height={72} radius={14} />
      <div style={{ marginTop: 12 }}>
        <SkeletonList count={4} />
      </div>
    </div>
  );
}

function Loaded({ id }: { id: string }) {
  const procedure = useProcedureOrNull(id);
  return procedure ? <Form procedure={procedure} /> : <ProcedureNotFound />;
}

/** Filling in a dossier: applicant, the procedure's own fields, papers, review, then one send. */
export default function SubmitPage() {
  const { id = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(procedureQuery(id));
  return (
    <PageShell title="Nộp hồ sơ">
      <AsyncBoundary fallback={<FormSkeleton />} onRetry={refresh}>
        <Loaded id={id} />
      </AsyncBoundary>
    </PageShell>
  );
}
