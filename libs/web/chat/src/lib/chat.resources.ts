import { registerNamespace, translations } from '@kinship/web/i18n';
import { en } from './i18n/en';
import { enLive } from './i18n/en-live';
import { enModeration } from './i18n/en-moderation';
import { es } from './i18n/es';
import { esLive } from './i18n/es-live';
import { esModeration } from './i18n/es-moderation';

/** The chat feature's own namespace (English and Spanish); registered when the chat code loads. */
export const CHAT_NS = 'chat';

registerNamespace(
  CHAT_NS,
  translations(
    { ...en, moderation: enModeration, live: enLive },
    { ...es, moderation: esModeration, live: esLive },
  ),
);
