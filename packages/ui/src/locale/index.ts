export { useUiLocale, useUiText } from './ui-text';
export type { LocalizedText, UiLocale, UiText } from './ui-text';
