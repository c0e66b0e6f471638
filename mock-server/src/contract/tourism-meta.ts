/**
 * Plain facts of the tourism contract, without zod, so the app can use them at run time without
 * loading the schema library: categories and their names, tourist areas.
 */
export const PLACE_CATEGORIES = ['scenery', 'heritage', 'village', 'market', 'border-city', 'experience'] as const;
export type PlaceCategoryId = (typeof PLACE_CATEGORIES)[number];

export const PLACE_CATEGORY_LABELS: Record<PlaceCategoryId, string> = {
  scenery: 'Thắng cảnh & đỉnh núi',
  heritage: 'Đền chùa & di tích',
  village: 'Bản làng',
  market: 'Chợ phiên',
  'border-city': 'Cửa khẩu & đô thị',
  experience: 'Trải nghiệm',
};

/** Tourist areas: the places people say they are going to (the old district names live on in them). */
export const TOURISM_AREAS = [
  { id: 'lao-cai', name: 'Lào Cai' },
  { id: 'sa-pa', name: 'Sa Pa' },
  { id: 'bat-xat', name: 'Bát Xát' },
  { id: 'y-ty', name: 'Y Tý' },
  { id: 'bac-ha', name: 'Bắc Hà' },
  { id: 'si-ma-cai', name: 'Si Ma Cai' },
  { id: 'muong-khuong', name: 'Mường Khương' },
  { id: 'bao-yen', name: 'Bảo Yên' },
  { id: 'mu-cang-chai', name: 'Mù Cang Chải' },
  { id: 'nghia-lo', name: 'Nghĩa Lộ' },
  { id: 'yen-binh', name: 'Yên Bình' },
] as const;
export type TourismAreaIdValue = (typeof TOURISM_AREAS)[number]['id'];
