/**
 * The papers (giấy tờ) a procedure asks for, as the national public-service portal handles them:
 * each has a stable id and says when it is needed, and a dossier keeps its files per paper. Plain
 * data and functions without zod, shared by the server (which enforces them) and the app's form
 * (which shows one slot per needed paper and checks them before the review).
 */

/** A stored answer of a procedure's form (see `FieldValue` in dossiers.ts). */
type Answer = string | number | boolean | null | undefined;

/**
 * When a paper is needed:
 * - `always`: every dossier attaches it;
 * - `optional`: attached when the resident has it ("nếu có"), never required;
 * - `when`: needed only for some answers of the form (`field` in `in`, or not in `notIn`); for
 *   other answers it must not be attached; `optional` makes it welcome rather than required;
 * - `form`: the online form itself is this paper (the tờ khai): nothing to attach;
 * - `desk`: the original is shown at the one-stop desk when the result is collected: nothing to attach;
 * - `population-db`: the office reads it from the national population database (CSDL quốc gia về
 *   dân cư) by the applicant's ID number, so it is not needed; the resident may attach it anyway.
 */
export type PaperNeed =
  | { kind: 'always' }
  | { kind: 'optional' }
  | { kind: 'when'; field: string; in?: (string | number | boolean)[]; notIn?: (string | number | boolean)[]; optional?: boolean }
  | { kind: 'form' }
  | { kind: 'desk' }
  | { kind: 'population-db' };

export interface PaperSpec {
  /** Stable within its procedure: `giay-chung-sinh`, `cccd`. */
  id: string;
  name: string;
  /** "01 bản chính", "01 bản chụp hai mặt". */
  copies: string;
  note?: string;
  /** What a good photo or scan of it looks like. */
  example?: string;
  need: PaperNeed;
}

/** The fields of a form this module reads: names, labels and the options' labels. */
interface FieldInfo {
  name: string;
  label: string;
  type: string;
  options?: { value: string; label: string }[];
}

export const MAX_FILES_PER_PAPER = 10;
/** Every file of one dossier together (each paper may have several pages). */
export const MAX_FILES_PER_DOSSIER = 30;

/** A paper id, and the id of a paper an officer described in words (`bo-sung-1`…). */
export const PAPER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type PaperRequirement =
  | { need: 'required'; why: string | null }
  | { need: 'optional'; why: string | null }
  | { need: 'none'; why: string };

const display = (field: FieldInfo | undefined, value: string | number | boolean): string => {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return field?.options?.find((o) => o.value === value)?.label ?? String(value);
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Whether the answers meet a `when` condition. */
function conditionMet(need: Extract<PaperNeed, { kind: 'when' }>, value: Answer): boolean {
  const given = value !== undefined && value !== null && value !== '';
  if (need.in) return given && need.in.includes(value as string | number | boolean);
  if (need.notIn) return given && !need.notIn.includes(value as string | number | boolean);
  return given;
}

/** The condition in words: "Tình trạng hôn nhân hiện tại là “Đã ly hôn, chưa kết hôn lại”". */
export function conditionText(need: Extract<PaperNeed, { kind: 'when' }>, fields: FieldInfo[]): string {
  const field = fields.find((f) => f.name === need.field);
  const label = field?.label ?? need.field;
  if (field?.type === 'checkbox' && need.in?.length === 1 && need.in[0] === true) return lowerFirst(label);
  const list = (values: (string | number | boolean)[]) => values.map((v) => `“${display(field, v)}”`).join(' hoặc ');
  if (need.in) return `${lowerFirst(label)} là ${list(need.in)}`;
  if (need.notIn) return `${lowerFirst(label)} không phải ${list(need.notIn)}`;
  return `có ${lowerFirst(label)}`;
}

/** Whether a paper must, may or must not be attached, given the form's answers, and why in words. */
export function paperRequirement(paper: PaperSpec, values: Record<string, Answer>, fields: FieldInfo[]): PaperRequirement {
  const need = paper.need;
  switch (need.kind) {
    case 'always':
      return { need: 'required', why: null };
    case 'optional':
      return { need: 'optional', why: 'Nộp nếu có.' };
    case 'form':
      return { need: 'none', why: 'Bạn khai trực tuyến ở bước “Thông tin”, không cần in hay chụp.' };
    case 'desk':
      return { need: 'none', why: 'Mang bản chính đến bộ phận Một cửa để đối chiếu khi nhận kết quả.' };
    case 'population-db':
      return { need: 'optional', why: 'Không cần nộp vì cơ quan tra Cơ sở dữ liệu quốc gia về dân cư theo số CCCD của bạn.' };
    case 'when': {
      const condition = conditionText(need, fields);
      if (conditionMet(need, values[need.field])) {
        return { need: need.optional ? 'optional' : 'required', why: `Cần vì ${condition}.` };
      }
      const field = fields.find((f) => f.name === need.field);
      const answer = values[need.field];
      const said = answer === undefined || answer === null || answer === '' ? 'chưa khai' : `“${display(field, answer)}”`;
      return { need: 'none', why: `Không cần với thông tin bạn đã khai (${field?.label ?? need.field}: ${said}).` };
    }
  }
}

/** Papers that can hold files at all (not the online form, not an original shown at the desk). */
export const isAttachable = (paper: PaperSpec) => paper.need.kind !== 'form' && paper.need.kind !== 'desk';

export interface PaperIssue {
  /** `papers.<paperId>` or `papers.<paperId>.<index>`. */
  path: string;
  message: string;
}

/**
 * The rules of the papers of one dossier: every required paper has files; no paper the answers
 * make unnecessary, and no paper the procedure does not have, gets any; no paper more than
 * MAX_FILES_PER_PAPER files; no file twice. The server applies exactly these (and then checks that
 * each file is the sender's own upload, unused).
 */
export function checkPapers(
  papers: readonly PaperSpec[],
  fields: FieldInfo[],
  values: Record<string, Answer>,
  given: Record<string, readonly string[]>,
): PaperIssue[] {
  const issues: PaperIssue[] = [];
  for (const [id, files] of Object.entries(given)) {
    const paper = papers.find((p) => p.id === id);
    if (!paper) {
      issues.push({ path: `papers.${id}`, message: 'Thủ tục này không có giấy tờ này.' });
      continue;
    }
    if (files.length === 0) continue;
    const req = paperRequirement(paper, values, fields);
    if (req.need === 'none') {
      issues.push({ path: `papers.${id}`, message: `Không đính kèm “${paper.name}”: ${lowerFirst(req.why)}` });
    } else if (files.length > MAX_FILES_PER_PAPER) {
      issues.push({ path: `papers.${id}`, message: `Mỗi giấy tờ tối đa ${MAX_FILES_PER_PAPER} tệp (trang). Hãy gộp các trang vào một tệp PDF.` });
    }
  }
  for (const paper of papers) {
    if ((given[paper.id]?.length ?? 0) > 0) continue;
    const req = paperRequirement(paper, values, fields);
    if (req.need === 'required') issues.push({ path: `papers.${paper.id}`, message: `Vui lòng đính kèm ${lowerFirst(paper.name)}.` });
  }
  const seen = new Set<string>();
  for (const [id, files] of Object.entries(given)) {
    files.forEach((file, i) => {
      if (seen.has(file)) issues.push({ path: `papers.${id}.${i}`, message: 'Tệp này đã có trong hồ sơ, ở giấy tờ khác hoặc lặp lại.' });
      seen.add(file);
    });
  }
  return issues;
}
