import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { SUPPORTED_LOCALES, type Locale } from '@kinship/shared/contracts';
import { common } from './common.resources';

/** The interface language is a UI preference, so keeping it in localStorage is fine (no personal data). */
export const LANGUAGE_STORAGE_KEY = 'kinship.language';
export const DEFAULT_LOCALE: Locale = 'en';

/** Nested strings of one namespace in one language. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/** The same keys as `T`, with strings of another language. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** A namespace's strings in every supported language. */
export type NamespaceResources = Record<Locale, TranslationTree>;

/** Declares a namespace in English and Spanish; the compiler checks that Spanish has every English key. */
export function translations<T extends TranslationTree>(en: T, es: SameKeys<T>): NamespaceResources {
  return { en, es: es as TranslationTree };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function syncDocumentLanguage(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = isLocale(lng) ? lng : DEFAULT_LOCALE;
  document.documentElement.dir = 'ltr';
}

function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { common: common.en }, es: { common: common.es } },
      ns: ['common'],
      defaultNS: 'common',
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      detection: {
        order: ['localStorage', 'navigator', 'htmlTag'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  return instance;
}

/** The app's one i18next instance; ready synchronously (resources are bundled TS objects). */
export const i18n: I18n = createI18n();

/** Lets a feature add its own namespace when its code loads (lazy routes bring their strings along). */
export function registerNamespace(ns: string, resources: NamespaceResources): void {
  for (const lng of SUPPORTED_LOCALES) {
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, resources[lng], true, false);
  }
}

/** The current language as one of ours (`en` when the detector found something we do not have). */
export function currentLocale(): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

/** Changes the interface language (and so `<html lang>` and the stored preference). */
export async function setLocale(locale: Locale): Promise<void> {
  if (currentLocale() !== locale || i18n.language !== locale) await i18n.changeLanguage(locale);
}
