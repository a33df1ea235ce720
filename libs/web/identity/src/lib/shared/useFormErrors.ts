import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormErrors, type FormErrors } from '@kinship/web/data';
import { ErrorCode } from '@kinship/shared/contracts';
import { IDENTITY_NS } from '../identity.resources';
import { fieldMessages, formMessage, type CodeMessages } from './form-messages';

/** Field problems found in the browser, in the same shape as the API's BAD_USER_INPUT. */
export function localErrors(invalid: string[]): FormErrors | null {
  if (invalid.length === 0) return null;
  return {
    code: ErrorCode.BadUserInput,
    message: '',
    fields: Object.fromEntries(invalid.map((field) => [field, ''])),
    retryAfterSeconds: null,
  };
}

/**
 * A form's error state: the form-level message, per-field messages, and focus moved to the first invalid
 * field (or to the message) after a failed submit, so keyboard and screen-reader users land on the problem.
 */
export function useFormErrors(overrides: CodeMessages = {}) {
  const { t } = useTranslation(IDENTITY_NS);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!errors) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [errors]);

  const fail = useCallback((error: unknown) => setErrors(toFormErrors(error)), []);

  return {
    formRef,
    alertRef,
    errors,
    setErrors,
    fail,
    fields: fieldMessages(t, errors),
    message: errors ? formMessage(t, errors, overrides) : null,
  };
}
