import { useTranslation } from 'react-i18next';
import { MEETINGS_NS } from '../meetings.resources';

/** The interface language ("en" or "es"), for type names and date formats. */
export function useLanguage(): string {
  const { i18n } = useTranslation(MEETINGS_NS);
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}
