import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert, Button } from '@kinship/web/ui';
import { CLEAR_MEETING_OVERRIDE } from '../graphql/sources.documents';
import { MEETING_FOR_EDIT } from '../graphql/admin.documents';
import { MEETINGS_NS } from '../meetings.resources';

/**
 * The fields of an imported meeting edited here ("edited here; source says …"), each with a way back to
 * the source's value. Syncs keep these edits until they are cleared.
 */
export function MeetingOverrides({
  meetingId,
  overrides,
}: {
  meetingId: string;
  overrides: { field: string; sourceValue: string }[];
}) {
  const { t } = useTranslation(MEETINGS_NS);
  const [problem, setProblem] = useState<string | null>(null);
  const [clear, clearing] = useMutation(CLEAR_MEETING_OVERRIDE, {
    refetchQueries: [{ query: MEETING_FOR_EDIT, variables: { id: meetingId } }],
    awaitRefetchQueries: true,
  });
  if (overrides.length === 0) return null;
  const label = (field: string) => t(`overrides.fields.${field}`, { defaultValue: field });
  // the API says "published" / "unpublished" for that field: shown in the page's language
  const value = (o: { field: string; sourceValue: string }) =>
    o.field === 'published'
      ? t(o.sourceValue === 'published' ? 'admin.published' : 'admin.unpublished')
      : o.sourceValue;
  return (
    <section className="meeting-overrides" aria-labelledby="meeting-overrides-title">
      <Alert tone="info" title={t('overrides.title')}>
        <p id="meeting-overrides-title">{t('overrides.intro')}</p>
        <ul>
          {overrides.map((o) => (
            <li key={o.field}>
              {o.sourceValue
                ? t('overrides.item', { field: label(o.field), value: value(o) })
                : t('overrides.itemEmpty', { field: label(o.field) })}{' '}
              <Button
                variant="secondary"
                busy={clearing.loading}
                onClick={() => {
                  setProblem(null);
                  clear({ variables: { meetingId, field: o.field } }).catch((error: unknown) =>
                    setProblem(toFormErrors(error).message || t('errors.network')),
                  );
                }}
              >
                {t('overrides.useSource', { field: label(o.field) })}
              </Button>
            </li>
          ))}
        </ul>
        {problem ? <p className="field__error">{problem}</p> : null}
      </Alert>
    </section>
  );
}
