import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  crisisStepKeys,
  HELP_COUNTRIES,
  helpLinesFor,
  isHelpCountry,
  type CrisisLine,
} from '@kinship/shared/contracts';
import { PageHeading } from '../components/PageHeading';
import { SelectField } from '../components/TextField';
import { UI_NS } from '../ui.resources';
import { dialable } from './phone-links';

/** "Another country": the international directory only. */
export const OTHER_COUNTRY = 'ZZ';

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

/** The visitor's likely country from the browser's language tags (en-GB → GB); the US otherwise. */
export function guessHelpCountry(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (isHelpCountry(region)) return region;
  }
  return 'US';
}

export interface HelpPageProps {
  /** Whose lines to show. Without it the visitor picks a country (first guess: the browser's region). */
  country?: string;
  /** Called when the visitor picks another country (a member's choice can be saved). */
  onCountryChange?: (country: string) => void;
  /** Sections shown right after the crisis lines, such as a member's own people to call. */
  children?: ReactNode;
}

/** Crisis and help lines for a country with call/text links, then what to do during an overdose. */
export function HelpPage({ country, onCountryChange, children }: HelpPageProps) {
  const { t } = useTranslation(UI_NS);
  const [picked, setPicked] = useState(guessHelpCountry);
  const shown = country ?? picked;
  const help = helpLinesFor(shown);
  const lines = help.lines.filter((line) => line.id !== 'findahelpline' || help.country === null);
  const countryName = t(`help.countries.${help.country ?? OTHER_COUNTRY}`);
  const choose = (value: string) => {
    setPicked(value);
    onCountryChange?.(value);
  };
  return (
    <article className="help-page">
      <PageHeading title={t('help.title')} />
      <p className="lead">{t('help.intro')}</p>
      <section aria-labelledby="help-lines">
        <h2 id="help-lines">{t('help.linesHeading', { country: countryName })}</h2>
        <SelectField
          className="help-page__country"
          label={t('help.countryLabel')}
          value={help.country ?? OTHER_COUNTRY}
          onChange={(event) => choose(event.target.value)}
          options={[...HELP_COUNTRIES, OTHER_COUNTRY].map((value) => ({
            value,
            label: t(`help.countries.${value}`),
          }))}
        />
        <ul className="crisis-lines">
          {lines.map((line) => (
            <CrisisLineCard key={line.id} line={line} />
          ))}
        </ul>
      </section>
      {children}
      <section aria-labelledby="help-overdose">
        <h2 id="help-overdose">{t('help.overdoseHeading')}</h2>
        <ol className="overdose-steps">
          {crisisStepKeys('overdose').map((step) => (
            <li key={step}>
              {t(`help.overdoseSteps.${step}`, {
                number: help.emergencyNumber ?? t('help.localEmergencyNumber'),
              })}
            </li>
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
