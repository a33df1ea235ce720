import { useTranslation } from 'react-i18next';
import { US_CRISIS_LINES, type CrisisLine } from '@kinship/shared/contracts';
import { PageHeading } from '../components/PageHeading';
import { UI_NS } from '../ui.resources';
import { dialable } from './phone-links';

const OVERDOSE_STEPS = ['call', 'naloxone', 'position', 'stay'] as const;

function CrisisLineCard({ line }: { line: CrisisLine }) {
  const { t } = useTranslation(UI_NS);
  const name = t(`help.lines.${line.id}.name`, { defaultValue: line.name });
  const note = t(`help.lines.${line.id}.note`, { defaultValue: line.note ?? '' });
  const tty = line.tty ?? null;
  return (
    <li className="crisis-line">
      <h3 className="crisis-line__name">{name}</h3>
      {note ? <p>{note}</p> : null}
      <ul className="crisis-line__actions">
        {line.call ? (
          <li>
            <a className="crisis-action" href={`tel:${dialable(line.call)}`}>
              {t('help.call', { number: line.call })}
            </a>
          </li>
        ) : null}
        {line.text ? (
          <li>
            <a className="crisis-action" href={`sms:${dialable(line.text)}`}>
              {t('help.text', { number: line.text })}
            </a>
          </li>
        ) : null}
        {tty ? (
          <li>
            <a className="crisis-action crisis-action--quiet" href={`tel:${dialable(tty)}`}>
              {t('help.tty', { number: tty })}
            </a>
          </li>
        ) : null}
        {line.url ? (
          <li>
            <a className="crisis-action crisis-action--quiet" href={line.url} rel="noreferrer">
              {t('help.website', { name })}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

/** Crisis and help lines with call/text links, and what to do during an overdose. */
export function HelpPage() {
  const { t } = useTranslation(UI_NS);
  return (
    <article className="help-page">
      <PageHeading title={t('help.title')} />
      <p className="lead">{t('help.intro')}</p>
      <section aria-labelledby="help-lines">
        <h2 id="help-lines">{t('help.linesHeading')}</h2>
        <ul className="crisis-lines">
          {US_CRISIS_LINES.map((line) => (
            <CrisisLineCard key={line.id} line={line} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-overdose">
        <h2 id="help-overdose">{t('help.overdoseHeading')}</h2>
        <ol className="overdose-steps">
          {OVERDOSE_STEPS.map((step) => (
            <li key={step}>{t(`help.overdoseSteps.${step}`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="help-elsewhere">
        <h2 id="help-elsewhere">{t('help.elsewhereHeading')}</h2>
        <p>
          {t('help.elsewhere')}{' '}
          <a href="https://findahelpline.com" rel="noreferrer">
            findahelpline.com
          </a>
          .
        </p>
      </section>
    </article>
  );
}
