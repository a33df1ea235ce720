import { useTranslation } from 'react-i18next';
import { NETWORK_ERROR, toFormErrors } from '@kinship/web/data';
import { ErrorCode } from '@kinship/shared/contracts';
import { TOOLKIT_NS } from '../toolkit.resources';

/** What to tell a person when an operation failed, in their language (the API speaks English). */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation(TOOLKIT_NS);
  return (error: unknown) => {
    const { code } = toFormErrors(error);
    if (code === NETWORK_ERROR) return t('common.errors.network');
    if (code === ErrorCode.BadUserInput) return t('common.errors.input');
    if (code === ErrorCode.NotFound) return t('common.errors.notFound');
    return t('common.errors.generic');
  };
}

/** The API's field names that failed validation (e.g. "cleanDate", "people"). */
export function invalidFields(error: unknown): string[] {
  return Object.keys(toFormErrors(error).fields);
}
