import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WorksheetFieldsFragment, WorksheetKind } from '@kinship/web/data';
import { Alert, Button, Dialog, TextAreaField, TextField } from '@kinship/web/ui';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import {
  DELETE_WORKSHEET,
  SAVE_ABC,
  SAVE_CHANGE_PLAN,
  SAVE_COST_BENEFIT,
  WORKSHEET_LISTS,
} from '../graphql/worksheets.documents';
import { useErrorMessage } from '../shared/errors';
import { ListEditor } from '../shared/ListEditor';
import { TOOLKIT_NS } from '../toolkit.resources';
import { ShareControl } from './ShareControl';
import { list, text, valuesOf, WORKSHEET_FIELDS, type WorksheetValues } from './worksheet-fields';

const L = TOOLKIT_LIMITS.worksheet;

/** Fill in a worksheet (new when `sheet` is null), save it, share it, delete it. */
export function WorksheetEditor({
  kind,
  sheet,
  justSaved = false,
}: {
  kind: WorksheetKind;
  sheet: WorksheetFieldsFragment | null;
  justSaved?: boolean;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [title, setTitle] = useState(sheet?.title ?? t(`worksheets.kinds.${kind}.name`));
  const [values, setValues] = useState<WorksheetValues>(() => (sheet ? valuesOf(sheet) : {}));
  const [saved, setSaved] = useState(justSaved);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const options = { refetchQueries: [WORKSHEET_LISTS] };
  const [saveCba, cbaState] = useMutation(SAVE_COST_BENEFIT, options);
  const [saveAbc, abcState] = useMutation(SAVE_ABC, options);
  const [savePlan, planState] = useMutation(SAVE_CHANGE_PLAN, options);
  const [remove, removeState] = useMutation(DELETE_WORKSHEET, options);
  const saving = cbaState.loading || abcState.loading || planState.loading;
  const error = cbaState.error ?? abcState.error ?? planState.error ?? removeState.error;

  const set = (key: keyof WorksheetValues, value: string | string[]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };

  const persist = async (): Promise<WorksheetFieldsFragment | undefined> => {
    const base = { id: sheet?.id, title: title.trim() || t(`worksheets.kinds.${kind}.name`) };
    const v = values;
    if (kind === 'COST_BENEFIT') {
      const input = {
        ...base,
        behavior: text(v, 'behavior'),
        usingBenefits: list(v, 'usingBenefits'),
        usingCosts: list(v, 'usingCosts'),
        notUsingBenefits: list(v, 'notUsingBenefits'),
        notUsingCosts: list(v, 'notUsingCosts'),
        reflection: text(v, 'reflection'),
      };
      return (await saveCba({ variables: { input } })).data?.saveCostBenefit;
    }
    if (kind === 'ABC') {
      const input = {
        ...base,
        activatingEvent: text(v, 'activatingEvent'),
        beliefs: text(v, 'beliefs'),
        consequences: text(v, 'consequences'),
        disputing: text(v, 'disputing'),
        effectiveBeliefs: text(v, 'effectiveBeliefs'),
      };
      return (await saveAbc({ variables: { input } })).data?.saveAbc;
    }
    const input = {
      ...base,
      changes: text(v, 'changes'),
      reasons: text(v, 'reasons'),
      steps: text(v, 'steps'),
      helpers: text(v, 'helpers'),
      signsOfSuccess: text(v, 'signsOfSuccess'),
      obstacles: text(v, 'obstacles'),
    };
    return (await savePlan({ variables: { input } })).data?.saveChangePlan;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await persist();
      setSaved(true);
      if (!sheet && result)
        navigate(`/toolkit/worksheets/${result.id}`, { replace: true, state: { saved: true } });
    } catch {
      // shown below from `error`
    }
  };

  return (
    <>
      <form className="form worksheet-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('worksheets.fields.title')}
          value={title}
          maxLength={L.titleMax}
          onChange={(event) => {
            setSaved(false);
            setTitle(event.target.value);
          }}
        />
        {WORKSHEET_FIELDS[kind].map((field) =>
          field.type === 'list' ? (
            <ListEditor
              key={field.key}
              legend={t(`worksheets.fields.${field.key}.label`)}
              itemLabel={t(`worksheets.fields.${field.key}.item`)}
              items={list(values, field.key)}
              maxItems={L.listMax}
              maxLength={L.itemMax}
              onChange={(items) => set(field.key, items)}
            />
          ) : (
            <TextAreaField
              key={field.key}
              label={t(`worksheets.fields.${field.key}.label`)}
              hint={t(`worksheets.fields.${field.key}.hint`) || undefined}
              rows={3}
              maxLength={L.fieldMax}
              value={text(values, field.key)}
              onChange={(event) => set(field.key, event.target.value)}
            />
          ),
        )}
        {error ? (
          <Alert tone="error">
            <p>{errorMessage(error)}</p>
          </Alert>
        ) : null}
        <p className="button-row">
          <Button type="submit" busy={saving}>
            {saving ? t('common.saving') : t('worksheets.save')}
          </Button>
          {sheet ? (
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              {t('worksheets.delete.open')}
            </Button>
          ) : null}
        </p>
        {saved ? (
          <Alert tone="success">
            <p>{t('worksheets.saved')}</p>
          </Alert>
        ) : null}
      </form>
      {sheet ? <ShareControl sheet={sheet} /> : <p className="muted">{t('worksheets.share.saveFirst')}</p>}
      <Dialog
        open={confirmDelete}
        title={t('worksheets.delete.title')}
        onClose={() => setConfirmDelete(false)}
      >
        <p>{t('worksheets.delete.text')}</p>
        <p className="button-row">
          <Button
            variant="danger"
            busy={removeState.loading}
            onClick={() =>
              sheet &&
              void remove({ variables: { id: sheet.id } })
                .then(() => navigate('/toolkit/worksheets', { replace: true }))
                .catch(() => setConfirmDelete(false))
            }
          >
            {t('worksheets.delete.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
            {t('worksheets.delete.keep')}
          </Button>
        </p>
      </Dialog>
    </>
  );
}
