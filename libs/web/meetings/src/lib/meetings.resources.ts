import { registerNamespace, translations } from '@kinship/web/i18n';
import { en } from './i18n/en';
import { es } from './i18n/es';

export const MEETINGS_NS = 'meetings';

registerNamespace(MEETINGS_NS, translations(en, es));
