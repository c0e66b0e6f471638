import { atom } from 'recoil';
import { persisted } from '../state/persisted';

export type TextSize = 'normal' | 'large' | 'larger';
export type ThemeChoice = 'light' | 'dark' | 'zalo';

/** Three text sizes, applied to the whole app through the root font size (everything is in rem). */
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.15, larger: 1.3 };
export const TEXT_SIZE_LABEL: Record<TextSize, string> = { normal: 'Vừa', large: 'Lớn', larger: 'Rất lớn' };
export const THEME_LABEL: Record<ThemeChoice, string> = { light: 'Sáng', dark: 'Tối', zalo: 'Theo Zalo' };

export const textSizeState = atom<TextSize>({ key: 'textSize', default: 'normal', effects: [persisted('text-size')] });
export const themeChoiceState = atom<ThemeChoice>({ key: 'themeChoice', default: 'zalo', effects: [persisted('theme')] });
