import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES, type Locale } from '@kinship/shared/contracts';
import { currentLocale, isLocale, setLocale } from './i18n';

export interface LanguageSwitcherProps {
  /** Called after the interface changed language, e.g. to save it on the account. */
  onChange?: (locale: Locale) => void;
  className?: string;
}

/** A labelled select of the interface languages; each language is named in itself. */
export function LanguageSwitcher({ onChange, className }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const value = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLocale();

  const change = async (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isLocale(next)) return;
    await setLocale(next);
    onChange?.(next);
  };

  return (
    <div className={className ?? 'language-switcher'}>
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={value} onChange={(event) => void change(event)}>
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
