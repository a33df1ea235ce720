import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ResourceFieldsFragment } from '@kinship/web/data';
import { smsHref, telHref } from '../shared/tel';
import { TOOLKIT_NS } from '../toolkit.resources';
import { newWorksheetPath } from '../worksheets/worksheet-kinds';

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** One resource: what it is, its tags, and what you can do with it (call, text, open, fill in). */
export function ResourceCard({ resource }: { resource: ResourceFieldsFragment }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const paragraphs = resource.body.split(/\n\s*\n/).filter((p) => p.trim());
  const headingId = `resource-${resource.id}`;
  return (
    <li className="resource-card card" lang={resource.language}>
      <h2 id={headingId} className="resource-card__title">
        {resource.title}
      </h2>
      <ul className="tag-list" aria-label={t('library.tags')}>
        {resource.programs.map((p) => (
          <li key={p} className="tag">
            {t(`library.programs.${p}`)}
          </li>
        ))}
        <li className="tag tag--kind">{t(`library.kinds.${resource.kind}`)}</li>
        {resource.country ? (
          <li className="tag">
            {t(`library.countries.${resource.country}`, { defaultValue: resource.country })}
          </li>
        ) : null}
        <li className="tag">{t(`library.languages.${resource.language}`)}</li>
      </ul>
      <p>{resource.summary}</p>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {resource.steps.length > 0 ? (
        <>
          <h3 className="resource-card__steps">{t('library.steps')}</h3>
          <ol>
            {resource.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      <ul className="resource-card__actions">
        {resource.phone ? (
          <li>
            <a className="button button--primary" href={telHref(resource.phone)}>
              {t('library.call', { number: resource.phone })}
            </a>
          </li>
        ) : null}
        {resource.textNumber ? (
          <li>
            <a className="button button--secondary" href={smsHref(resource.textNumber)}>
              {t('library.text', { number: resource.textNumber })}
            </a>
          </li>
        ) : null}
        {resource.tty ? (
          <li>
            <a className="button button--secondary" href={telHref(resource.tty)}>
              {t('library.tty', { number: resource.tty })}
            </a>
          </li>
        ) : null}
        {resource.worksheetKind ? (
          <li>
            <Link className="button button--primary" to={newWorksheetPath(resource.worksheetKind)}>
              {t('library.fillIn')}
            </Link>
          </li>
        ) : null}
        {resource.url ? (
          <li>
            <a
              className="button button--secondary"
              href={resource.url}
              rel="noreferrer"
              aria-label={t('library.open', { title: resource.title, host: host(resource.url) })}
            >
              {t('library.openShort')} ({host(resource.url)})
            </a>
          </li>
        ) : null}
      </ul>
      {resource.sourceUrl ? (
        <p className="muted resource-card__source">
          <a
            href={resource.sourceUrl}
            rel="noreferrer"
            aria-label={t('library.sourceOf', { title: resource.title })}
          >
            {t('library.source')}
          </a>{' '}
          ({host(resource.sourceUrl)})
        </p>
      ) : null}
    </li>
  );
}
