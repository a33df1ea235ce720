import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CrisisSupport } from '@kinship/shared/contracts';
import { Button, dialable, UI_NS } from '@kinship/web/ui';
import { SPONSORSHIP_NS } from '../sponsorship.resources';

/** Shown to the writer only, at once, when their message reads like a crisis. Nothing leaves Kinship. */
export function CrisisPanel({ crisis, onClose }: { crisis: CrisisSupport; onClose: () => void }) {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const { t: tUi } = useTranslation(UI_NS);
  return (
    <section className="alert alert--error crisis-panel" role="alert" aria-labelledby="crisis-title">
      <h2 id="crisis-title" className="alert__title">
        {t('messages.crisis.title')}
      </h2>
      <p>{crisis.kind === 'overdose' ? t('messages.crisis.overdose') : t('messages.crisis.text')}</p>
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
      <p>
        <Link to="/help">{t('messages.crisis.more')}</Link>
      </p>
      <Button variant="secondary" onClick={onClose}>
        {t('messages.crisis.close')}
      </Button>
    </section>
  );
}
