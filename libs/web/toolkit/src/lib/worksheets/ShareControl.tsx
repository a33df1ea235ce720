import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WorksheetFieldsFragment } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { MY_PLAN } from '../graphql/plan.documents';
import { SHARE_WORKSHEET } from '../graphql/worksheets.documents';
import { useErrorMessage } from '../shared/errors';
import { TOOLKIT_NS } from '../toolkit.resources';

/** The share toggle of a saved worksheet, and who can see it right now. */
export function ShareControl({ sheet }: { sheet: WorksheetFieldsFragment }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const { data } = useQuery(MY_PLAN);
  const sponsor = data?.myPlan.sponsor ?? null;
  const [share, { loading, error }] = useMutation(SHARE_WORKSHEET);
  const shared = sheet.sharedWith !== null && sheet.visibleToSponsor;
  const disabled = loading || (!sponsor && !shared);

  return (
    <fieldset className="share-control">
      <legend className="field__label">{t('worksheets.share.legend')}</legend>
      <div className="checkbox">
        <input
          id="share-worksheet"
          type="checkbox"
          checked={shared}
          disabled={disabled}
          aria-describedby="share-worksheet-hint"
          onChange={(event) =>
            void share({ variables: { id: sheet.id, shared: event.target.checked } }).catch(() => undefined)
          }
        />
        <label htmlFor="share-worksheet">{t('worksheets.share.label')}</label>
      </div>
      <p id="share-worksheet-hint" className="field__hint">
        {sponsor || shared ? t('worksheets.share.hint') : t('worksheets.share.noSponsor')}
      </p>
      {sheet.sharedWith && sheet.visibleToSponsor ? (
        <p role="status">{t('worksheets.share.visible', { name: sheet.sharedWith.displayName })}</p>
      ) : null}
      {sheet.sharedWith && !sheet.visibleToSponsor ? (
        <p role="status">{t('worksheets.share.stale', { name: sheet.sharedWith.displayName })}</p>
      ) : null}
      {error ? (
        <Alert tone="error">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
    </fieldset>
  );
}
