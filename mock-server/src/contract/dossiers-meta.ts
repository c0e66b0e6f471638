/**
 * Plain facts of the dossiers contract, without zod, so the app can use them at run time without
 * loading the schema library (the procedure catalogue page): fields and service levels.
 */
export const PROCEDURE_FIELDS = [
  { id: 'ho-tich', label: 'Hộ tịch' },
  { id: 'chung-thuc', label: 'Chứng thực' },
  { id: 'tu-phap', label: 'Tư pháp' },
  { id: 'dat-dai', label: 'Đất đai' },
  { id: 'xay-dung', label: 'Xây dựng' },
  { id: 'kinh-doanh', label: 'Kinh doanh' },
  { id: 'giao-duc', label: 'Giáo dục' },
  { id: 'giao-thong', label: 'Giao thông' },
  { id: 'lao-dong', label: 'Lao động, việc làm' },
  { id: 'xa-hoi', label: 'Bảo trợ xã hội' },
  { id: 'van-hoa-du-lich', label: 'Văn hóa, du lịch' },
] as const;
export type ProcedureFieldId = (typeof PROCEDURE_FIELDS)[number]['id'];
export const procedureFieldLabel = (id: string) => PROCEDURE_FIELDS.find((f) => f.id === id)?.label ?? id;

/** Mức độ dịch vụ công trực tuyến. */
export const SERVICE_LEVELS = [
  { id: 'full', label: 'Toàn trình' },
  { id: 'partial', label: 'Một phần' },
] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number]['id'];
export const serviceLevelLabel = (id: string) => SERVICE_LEVELS.find((l) => l.id === id)?.label ?? id;
