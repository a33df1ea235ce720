export {
  i18n,
  registerNamespace,
  currentLocale,
  setLocale,
  isLocale,
  translations,
  LANGUAGE_STORAGE_KEY,
  DEFAULT_LOCALE,
  type NamespaceResources,
  type TranslationTree,
  type SameKeys,
} from './lib/i18n';
export { LanguageSwitcher, type LanguageSwitcherProps } from './lib/LanguageSwitcher';
export { I18nextProvider, Trans, useTranslation } from 'react-i18next';
