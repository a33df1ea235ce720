import type { TFunction } from 'i18next';
import { NETWORK_ERROR, type FormErrors } from '@kinship/web/data';
import {
  BIO_MAX,
  DISPLAY_NAME_STAFF_MESSAGE,
  DISPLAY_NAME_STAFF_TAKEN_MESSAGE,
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  ErrorCode,
  PASSWORD_MAX,
  PASSWORD_MIN,
} from '@kinship/shared/contracts';

/** Limits the translated field messages mention, the same the API enforces. */
export const LIMITS = {
  password: { min: PASSWORD_MIN, max: PASSWORD_MAX },
  displayName: { min: DISPLAY_NAME_MIN, max: DISPLAY_NAME_MAX },
  bio: { max: BIO_MAX },
} as const;

const FIELD_MESSAGES: Record<string, () => Record<string, number>> = {
  email: () => ({}),
  password: () => LIMITS.password,
  displayName: () => LIMITS.displayName,
  bio: () => LIMITS.bio,
  locale: () => ({}),
  timeZone: () => ({}),
  token: () => ({}),
  newEmail: () => ({}),
};

/** API messages with a meaning of their own (shared constants), said in the reader's language. */
const KNOWN_MESSAGES: Record<string, string> = {
  [DISPLAY_NAME_STAFF_MESSAGE]: 'invalid.displayNameStaff',
  [DISPLAY_NAME_STAFF_TAKEN_MESSAGE]: 'invalid.displayNameStaffTaken',
};

/**
 * Per-field messages in the reader's language. The API names the field that failed and why (in English);
 * for the fields we know, we say the same rule in the current language, otherwise we show the API's words.
 */
export function fieldMessages(t: TFunction, errors: FormErrors | null): Record<string, string> {
  if (!errors) return {};
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors.fields)) {
    const known = KNOWN_MESSAGES[message];
    const params = FIELD_MESSAGES[field];
    out[field] = known ? t(known) : params ? t(`invalid.${field}`, params()) : message;
  }
  return out;
}

/** Overrides for codes whose meaning depends on the form (UNAUTHENTICATED at sign-in: wrong credentials). */
export type CodeMessages = Partial<Record<string, string>>;

/** The form-level message for an error, in the reader's language. */
export function formMessage(t: TFunction, errors: FormErrors, overrides: CodeMessages = {}): string {
  const override = overrides[errors.code];
  if (override) return override;
  switch (errors.code) {
    case ErrorCode.BadUserInput:
      return Object.keys(errors.fields).length > 0 ? t('errors.checkFields') : errors.message;
    case ErrorCode.RateLimited: {
      const minutes = Math.max(1, Math.ceil((errors.retryAfterSeconds ?? 60) / 60));
      return t('errors.rateLimited', { count: minutes });
    }
    case NETWORK_ERROR:
      return t('errors.network');
    default:
      return t('errors.generic');
  }
}
