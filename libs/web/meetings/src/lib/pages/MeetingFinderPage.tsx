import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert, Button, PageHeading } from '@kinship/web/ui';
import { FIND_MEETINGS, FINDER_OPTIONS } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useGeolocation } from '../hooks/useGeolocation';
import { useLanguage } from '../hooks/useLanguage';
import { usePhoneWidth } from '../hooks/usePhoneWidth';
import { FinderFilters } from '../components/FinderFilters';
import { MeetingCard } from '../components/MeetingCard';
import { PlaceSearch } from '../components/PlaceSearch';
import { NothingNear } from '../components/NothingNear';
import {
  nearFromParams,
  parseFinderParams,
  RADII_KM,
  RADII_MI,
  toFinderParams,
  searchCriteriaCount,
  toMeetingFilter,
  viewerTimeZone,
  type FinderState,
} from '../utils/finder-state';
import { printListHref } from '../utils/print-link';

const MeetingMap = lazy(() => import('../components/MeetingMap'));

const PAGE_SIZE = 20;

/**
 * The meeting finder, built for a phone and a hurry: "Near me" and "Online now" first, a typed place from
 * our own meeting locations, then filters. Everything is in the URL, so a search can be shared.
 */
export function MeetingFinderPage() {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseFinderParams(params), [params]);
  const badLink = useMemo(() => nearFromParams(params) === 'invalid', [params]);
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  const [tilesFailed, setTilesFailed] = useState(false);
  // On a phone, once there is a search (typed, or from a shared link), the results come first and the
  // search's own controls fold into one "Filters (n)" toggle.
  const phone = usePhoneWidth();
  const [searchOpen, setSearchOpen] = useState(false);
  const criteria = searchCriteriaCount(state);
  const foldable = phone && (criteria > 0 || state.onlineNow);
  const folded = foldable && !searchOpen;

  const update = useCallback(
    (next: Partial<FinderState>) => setParams(toFinderParams({ ...state, ...next }), { replace: true }),
    [state, setParams],
  );
  const onPosition = useCallback(
    (latitude: number, longitude: number) =>
      update({ near: { latitude, longitude, label: '' }, onlineNow: false }),
    [update],
  );
  const geo = useGeolocation(onPosition);

  const filter = useMemo(() => toMeetingFilter(state, viewerZone), [state, viewerZone]);
  const { data, loading, error, fetchMore } = useQuery(FIND_MEETINGS, {
    variables: { filter, first: PAGE_SIZE, language: lang },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(FINDER_OPTIONS, { variables: { language: lang } });
  const result = data?.meetings;
  const edges = useMemo(() => result?.edges ?? [], [result]);
  const showMap = state.view === 'map' && !tilesFailed;

  const mapMeetings = useMemo(
    () =>
      edges.flatMap(({ node }) =>
        node.location?.active && node.location.latitude !== null && node.location.longitude !== null
          ? [
              {
                id: node.id,
                name: node.name,
                latitude: node.location.latitude ?? 0,
                longitude: node.location.longitude ?? 0,
                detail: [node.location.venue, node.location.formattedAddress].filter(Boolean).join(', '),
              },
            ]
          : [],
      ),
    [edges],
  );

  const radii = state.unit === 'MI' ? RADII_MI : RADII_KM;
  const distance = (km: number, round: (n: number) => number) =>
    state.unit === 'MI'
      ? t('distance.mi', { value: round(km / 1.609344) })
      : t('distance.km', { value: round(km) });
  const apiError = error ? toFormErrors(error) : null;

  return (
    <>
      <PageHeading title={t('finder.title')} />
      {foldable ? null : <p className="lead">{t('finder.lead')}</p>}

      {badLink ? (
        <Alert tone="info">
          <p>{t('places.badLink')}</p>
        </Alert>
      ) : null}

      <div className="finder-quick button-row" role="group" aria-label={t('finder.quick')}>
        <Button busy={geo.state.status === 'locating'} onClick={geo.locate}>
          {geo.state.status === 'locating' ? t('finder.locating') : t('finder.nearMe')}
        </Button>
        <Button
          variant={state.onlineNow ? 'primary' : 'secondary'}
          aria-pressed={state.onlineNow}
          onClick={() => update({ onlineNow: !state.onlineNow })}
        >
          {t('finder.onlineNow')}
        </Button>
      </div>
      {geo.state.status === 'denied' || geo.state.status === 'unavailable' ? (
        <Alert tone="info">
          <p>{t(`finder.geo.${geo.state.status}`)}</p>
        </Alert>
      ) : null}

      {foldable ? (
        <button
          type="button"
          className="button button--secondary finder-toggle"
          aria-expanded={searchOpen}
          aria-controls="finder-search"
          onClick={() => setSearchOpen((open) => !open)}
        >
          {criteria > 0 ? t('finder.filtersToggle', { count: criteria }) : t('finder.filtersToggleNone')}
        </button>
      ) : null}

      <div id="finder-search" className="finder-search" hidden={folded}>
        {state.onlineNow ? (
          <p className="muted">{t('finder.onlineNowHint')}</p>
        ) : (
          <>
            <PlaceSearch onChoose={(near) => update({ near })} />
            {state.near ? (
              <div className="finder-near">
                <p>
                  {state.near.label ? t('finder.near', { place: state.near.label }) : t('finder.nearYou')}{' '}
                  <button type="button" className="link-button" onClick={() => update({ near: null })}>
                    {t('finder.clearPlace')}
                  </button>
                </p>
                <label>
                  {t('finder.radius')}{' '}
                  <select
                    value={radii.includes(state.radius) ? state.radius : radii[2]}
                    onChange={(event) => update({ radius: Number(event.target.value) })}
                  >
                    {radii.map((r) => (
                      <option key={r} value={r}>
                        {state.unit === 'MI'
                          ? t('distance.mi', { value: r })
                          : t('distance.km', { value: r })}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <label>
                  {t('finder.unit')}{' '}
                  <select
                    value={state.unit}
                    onChange={(event) =>
                      update({
                        unit: event.target.value === 'MI' ? 'MI' : 'KM',
                        radius: event.target.value === 'MI' ? 5 : 10,
                      })
                    }
                  >
                    <option value="KM">km</option>
                    <option value="MI">{t('finder.miles')}</option>
                  </select>
                </label>
              </div>
            ) : null}
          </>
        )}

        <form className="finder-words" role="search" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="finder-q" className="field__label">
            {t('finder.words')}
          </label>
          <input
            id="finder-q"
            className="field__control"
            type="search"
            defaultValue={state.query}
            key={state.query}
            onBlur={(event) => event.target.value !== state.query && update({ query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') update({ query: event.currentTarget.value });
            }}
          />
        </form>

        <FinderFilters
          state={state}
          onChange={update}
          programs={options.data?.recoveryPrograms ?? []}
          types={options.data?.meetingTypes ?? []}
        />
      </div>

      <div className="button-row finder-view" role="group" aria-label={t('finder.view')}>
        <Button
          variant={showMap ? 'secondary' : 'primary'}
          aria-pressed={!showMap}
          onClick={() => update({ view: 'list' })}
        >
          {t('finder.list')}
        </Button>
        <Button
          variant={showMap ? 'primary' : 'secondary'}
          aria-pressed={showMap}
          onClick={() => {
            setTilesFailed(false);
            update({ view: 'map' });
          }}
        >
          {t('finder.map')}
        </Button>
      </div>

      {tilesFailed && state.view === 'map' ? (
        <Alert tone="info">
          <p>{t('map.failed')}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="finder-results" aria-busy={loading || undefined}>
        <h2 id="finder-results">{t('finder.results')}</h2>
        {apiError ? (
          <Alert tone="error">
            <p>{apiError.code === 'NETWORK' ? t('errors.network') : apiError.message}</p>
          </Alert>
        ) : null}
        {result ? (
          <p role="status" className="muted">
            {result.nothingNear
              ? t('places.nothingNear', { shown: distance(result.radiusKm ?? 0, Math.ceil) })
              : edges.length === 0
                ? t('finder.none')
                : result.widenedToKm !== null && result.requestedRadiusKm !== null
                  ? t('places.widened', {
                      asked: distance(result.requestedRadiusKm, Math.round),
                      shown: distance(result.widenedToKm, Math.ceil),
                    })
                  : t('finder.count', { count: edges.length, more: result.pageInfo.hasNextPage ? '+' : '' })}
          </p>
        ) : loading ? (
          <p role="status" className="muted">
            {t('finder.loading')}
          </p>
        ) : null}
        {edges.length > 0 ? (
          <p className="finder-print">
            <a
              className="button button--secondary"
              href={printListHref(state, viewerZone, lang, navigator.language)}
              target="_blank"
              rel="noopener"
              type="application/pdf"
            >
              {t('print.link')}
            </a>{' '}
            <span className="muted">{t('print.hint')}</span>
          </p>
        ) : null}

        {showMap ? (
          <Suspense fallback={<p className="muted">{t('map.loading')}</p>}>
            <MeetingMap
              meetings={mapMeetings}
              center={state.near}
              onTilesFailed={() => setTilesFailed(true)}
              onOpen={(id) => navigate(`/meetings/${id}`, { state: { finderSearch: `?${params}` } })}
            />
          </Suspense>
        ) : null}

        {result?.nothingNear ? <NothingNear language={lang} viewerZone={viewerZone} /> : null}

        <ol className="meeting-list">
          {edges.map((edge) => (
            <li key={edge.node.id}>
              <MeetingCard
                meeting={edge.node}
                viewerZone={viewerZone}
                distance={{
                  km: edge.distanceKm ?? null,
                  miles: edge.distanceMiles ?? null,
                  unit: state.unit,
                }}
              />
            </li>
          ))}
        </ol>
        {result?.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            busy={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: result.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  meetings: {
                    ...fetchMoreResult.meetings,
                    edges: [...previous.meetings.edges, ...fetchMoreResult.meetings.edges],
                  },
                }),
              })
            }
          >
            {t('finder.more')}
          </Button>
        ) : null}
      </section>
    </>
  );
}
