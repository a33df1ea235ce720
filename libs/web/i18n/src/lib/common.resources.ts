import type { TranslationTree } from './i18n';

const en = {
  language: {
    label: 'Language',
    en: 'English',
    es: 'Español',
  },
} satisfies TranslationTree;

const es: typeof en = {
  language: {
    label: 'Idioma',
    en: 'English',
    es: 'Español',
  },
};

/** Strings every part of the app shares. */
export const common = { en, es };
