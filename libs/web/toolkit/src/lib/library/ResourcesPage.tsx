import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ResourceKind, ResourceProgram } from '@kinship/web/data';
import { currentLocale } from '@kinship/web/i18n';
import { Alert, Button, PageHeading, SelectField, TextField } from '@kinship/web/ui';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { SEARCH_RESOURCES } from '../graphql/resources.documents';
import { useErrorMessage } from '../shared/errors';
import { TOOLKIT_NS } from '../toolkit.resources';
import { ResourceCard } from './ResourceCard';

const PROGRAMS: ResourceProgram[] = ['TWELVE_STEP', 'SMART', 'GENERAL', 'HARM_REDUCTION'];
const KINDS: ResourceKind[] = ['HOTLINE', 'HOW_TO', 'LITERATURE', 'TOOL', 'SERVICE_FINDER'];
const COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU'];
const PAGE = 20;
/** "All languages" in the address: the default is the interface language. */
const ALL = 'all';

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);

/** The library: search and filters live in the address, so a search can be shared and the back button works. */
export function ResourcesPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const program = oneOf(params.get('program'), PROGRAMS);
  const kind = oneOf(params.get('kind'), KINDS);
  const country = oneOf(params.get('country'), COUNTRIES);
  const languageParam = params.get('language');
  const language =
    languageParam === ALL ? undefined : (oneOf(languageParam, ['en', 'es']) ?? currentLocale());

  const variables = {
    query: query || undefined,
    programs: program ? [program] : undefined,
    kinds: kind ? [kind] : undefined,
    language,
    country,
    first: PAGE,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(SEARCH_RESOURCES, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.resources;

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update('q', typed.trim());
  };

  return (
    <>
      <PageHeading title={t('library.title')} />
      <p className="lead">{t('library.lead')}</p>
      <form role="search" className="library-search" onSubmit={submit} aria-label={t('library.searchLabel')}>
        <div className="library-search__query">
          <TextField
            label={t('library.searchLabel')}
            type="search"
            name="q"
            value={typed}
            maxLength={TOOLKIT_LIMITS.resource.queryMax}
            placeholder={t('library.searchPlaceholder')}
            onChange={(event) => setTyped(event.target.value)}
          />
          <Button type="submit">{t('library.search')}</Button>
        </div>
        <fieldset className="library-filters">
          <legend>{t('library.filters')}</legend>
          <SelectField
            label={t('library.program')}
            value={program ?? ''}
            onChange={(event) => update('program', event.target.value)}
            options={[
              { value: '', label: t('library.any') },
              ...PROGRAMS.map((p) => ({ value: p, label: t(`library.programs.${p}`) })),
            ]}
          />
          <SelectField
            label={t('library.kind')}
            value={kind ?? ''}
            onChange={(event) => update('kind', event.target.value)}
            options={[
              { value: '', label: t('library.any') },
              ...KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) })),
            ]}
          />
          <SelectField
            label={t('library.language')}
            value={language ?? ALL}
            onChange={(event) => update('language', event.target.value)}
            options={[
              { value: ALL, label: t('library.allLanguages') },
              { value: 'en', label: t('library.languages.en'), lang: 'en' },
              { value: 'es', label: t('library.languages.es'), lang: 'es' },
            ]}
          />
          <SelectField
            label={t('library.country')}
            value={country ?? ''}
            onChange={(event) => update('country', event.target.value)}
            options={[
              { value: '', label: t('library.any') },
              ...COUNTRIES.map((c) => ({ value: c, label: t(`library.countries.${c}`) })),
            ]}
          />
        </fieldset>
        {params.toString() ? (
          <Button
            variant="secondary"
            onClick={() => {
              setTyped('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('library.clear')}
          </Button>
        ) : null}
      </form>

      {error && !page ? (
        <Alert tone="error">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <p role="status" className="library-count">
        {page ? t('library.count', { count: page.total }) : loading ? t('library.loading') : ''}
      </p>
      {page && languageParam === null && language ? (
        <p className="muted">
          {t('library.inLanguage', { language: t(`library.languages.${language}`) })}{' '}
          <button type="button" className="link-button" onClick={() => update('language', ALL)}>
            {t('library.allLanguagesToo')}
          </button>
        </p>
      ) : null}
      {page && page.total === 0 ? <p>{t('library.none')}</p> : null}
      {page ? (
        <ul className="resource-list">
          {page.resources.map((r) => (
            <ResourceCard key={r.id} resource={r} />
          ))}
        </ul>
      ) : null}
      {page?.hasNextPage ? (
        <Button
          variant="secondary"
          busy={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: page.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                resources: {
                  ...fetchMoreResult.resources,
                  resources: [...prev.resources.resources, ...fetchMoreResult.resources.resources],
                },
              }),
            })
          }
        >
          {t('library.more')}
        </Button>
      ) : null}
    </>
  );
}
