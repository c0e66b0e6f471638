export { textSizeState, themeChoiceState, TEXT_SCALE, TEXT_SIZE_LABEL, THEME_LABEL, type TextSize, type ThemeChoice } from './settings';
