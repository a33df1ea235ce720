import { useTranslation } from 'react-i18next';
import type { WorksheetFieldsFragment } from '@kinship/web/data';
import { TOOLKIT_NS } from '../toolkit.resources';
import { list, text, valuesOf, WORKSHEET_FIELDS } from './worksheet-fields';

/** A worksheet to read: what a sponsor sees of a worksheet shared with them. */
export function WorksheetView({ sheet }: { sheet: WorksheetFieldsFragment }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const values = valuesOf(sheet);
  return (
    <>
      <p className="lead">{t('worksheets.view.sharedBy', { name: sheet.owner.displayName })}</p>
      <dl className="worksheet-view">
        {WORKSHEET_FIELDS[sheet.kind].map((field) => (
          <div key={field.key} className="worksheet-view__field">
            <dt>{t(`worksheets.fields.${field.key}.label`)}</dt>
            <dd>
              {field.type === 'list' ? (
                list(values, field.key).length ? (
                  <ul>
                    {list(values, field.key).map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  t('worksheets.view.empty')
                )
              ) : (
                text(values, field.key) || t('worksheets.view.empty')
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
