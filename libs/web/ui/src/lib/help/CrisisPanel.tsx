import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CRISIS_STEPS, crisisStepKeys, type CrisisKind, type CrisisSupport } from '@kinship/shared/contracts';
import { Button } from '../components/Button';
import { UI_NS } from '../ui.resources';
import { dialable } from './phone-links';

type T = (key: string, options?: Record<string, unknown>) => string;

const INTRO: Record<CrisisKind, string> = {
  overdose: 'crisis.overdose',
  suicide: 'crisis.suicide',
  using_alone: 'crisis.usingAlone',
  relapse: 'crisis.relapse',
};

/** The steps for the kind of crisis, in the reader's language (the English text comes from the API). */
function stepsFor(crisis: CrisisSupport, t: T): { key: string; text: string }[] {
  switch (crisis.kind) {
    case 'overdose':
      return crisisStepKeys('overdose').map((key) => ({
        key,
        text: t(`help.overdoseSteps.${key}`, { number: '911', defaultValue: CRISIS_STEPS.overdose[key] }),
      }));
    case 'suicide':
      return crisisStepKeys('suicide').map((key) => ({
        key,
        text: t(`crisis.suicideSteps.${key}`, { defaultValue: CRISIS_STEPS.suicide[key] }),
      }));
    case 'using_alone': {
      const line = crisis.lines.find((l) => l.id === 'never-use-alone' || l.id === 'nors');
      return crisisStepKeys('using_alone').map((key, i) => ({
        key,
        text:
          key === 'line' && !line
            ? (crisis.steps[i] ?? CRISIS_STEPS.using_alone.line)
            : t(`crisis.usingAloneSteps.${key}`, {
                name: line?.name,
                number: line?.call,
                defaultValue: crisis.steps[i] ?? CRISIS_STEPS.using_alone[key],
              }),
      }));
    }
    case 'relapse':
      return crisisStepKeys('relapse').map((key) => ({
        key,
        text: t(`crisis.relapseSteps.${key}`, { defaultValue: CRISIS_STEPS.relapse[key] }),
      }));
  }
}

export interface CrisisPanelProps {
  crisis: CrisisSupport;
  onClose: () => void;
  /** Who can see this and what was done, in the feature's words; by default: only you, nothing left Kinship. */
  note?: string;
}

/**
 * Shown to the writer only, at once, when their message reads like a crisis: who to call or text, and what
 * to do right now (the steps for that kind of crisis, in the reader's language). Announced as an alert; it
 * stays until they close it.
 */
export function CrisisPanel({ crisis, onClose, note }: CrisisPanelProps) {
  const { t } = useTranslation(UI_NS);
  const titleId = useId();
  const emergency = crisis.kind === 'overdose' || crisis.kind === 'suicide';
  const steps = stepsFor(crisis, t);
  return (
    <section
      className={`alert ${emergency ? 'alert--error' : 'alert--success'} crisis-panel`}
      role="alert"
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="alert__title">
        {t('crisis.title')}
      </h2>
      <p>{t(INTRO[crisis.kind])}</p>
      <ul className="crisis-lines">
        {crisis.lines.map((line) => (
          <li key={line.id} className="crisis-line">
            <strong>{t(`help.lines.${line.id}.name`, { defaultValue: line.name })}</strong>
            <span className="crisis-line__actions">
              {line.call ? (
                <a className="crisis-action" href={`tel:${dialable(line.call)}`}>
                  {t('help.call', { number: line.call })}
                </a>
              ) : null}
              {line.text ? (
                <a className="crisis-action" href={`sms:${dialable(line.text)}`}>
                  {t('help.text', { number: line.text })}
                </a>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <ol className="crisis-panel__steps">
        {steps.map((step) => (
          <li key={step.key}>{step.text}</li>
        ))}
      </ol>
      <p className="muted">{note ?? t('crisis.private')}</p>
      <div className="button-row">
        <Link to="/help">{t('crisis.more')}</Link>
        <Button variant="secondary" onClick={onClose}>
          {t('crisis.close')}
        </Button>
      </div>
    </section>
  );
}
