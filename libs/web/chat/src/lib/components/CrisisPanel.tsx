import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CrisisSupport } from '@kinship/shared/contracts';
import { Button, dialable, UI_NS } from '@kinship/web/ui';
import { CHAT_NS } from '../chat.resources';

const OVERDOSE_STEPS = ['call', 'naloxone', 'position', 'stay'] as const;
const SUICIDE_STEPS = ['call', 'danger', 'stay'] as const;

/**
 * Shown to the writer only, at once, when their message reads like a crisis: who to call or text, and what
 * to do right now. Nothing is sent outside Kinship; it stays until they close it.
 */
export function CrisisPanel({ crisis, onClose }: { crisis: CrisisSupport; onClose: () => void }) {
  const { t } = useTranslation(CHAT_NS);
  const { t: tUi } = useTranslation(UI_NS);
  const overdose = crisis.kind === 'overdose';
  return (
    <section className="alert alert--error chat-crisis" role="alert" aria-labelledby="chat-crisis-title">
      <h2 id="chat-crisis-title" className="alert__title">
        {t('crisis.title')}
      </h2>
      <p>{overdose ? t('crisis.overdose') : t('crisis.suicide')}</p>
      <ul className="crisis-lines">
        {crisis.lines.map((line) => (
          <li key={line.id} className="crisis-line">
            <strong>{tUi(`help.lines.${line.id}.name`, { defaultValue: line.name })}</strong>
            <span className="crisis-line__actions">
              {line.call ? (
                <a className="crisis-action" href={`tel:${dialable(line.call)}`}>
                  {tUi('help.call', { number: line.call })}
                </a>
              ) : null}
              {line.text ? (
                <a className="crisis-action" href={`sms:${dialable(line.text)}`}>
                  {tUi('help.text', { number: line.text })}
                </a>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <ol className="overdose-steps">
        {overdose
          ? OVERDOSE_STEPS.map((step) => (
              <li key={step}>{tUi(`help.overdoseSteps.${step}`, { number: '911' })}</li>
            ))
          : SUICIDE_STEPS.map((step) => <li key={step}>{t(`crisis.steps.${step}`)}</li>)}
      </ol>
      <p className="muted">{t('crisis.private')}</p>
      <div className="button-row">
        <Link to="/help">{t('crisis.more')}</Link>
        <Button variant="secondary" onClick={onClose}>
          {t('crisis.close')}
        </Button>
      </div>
    </section>
  );
}
