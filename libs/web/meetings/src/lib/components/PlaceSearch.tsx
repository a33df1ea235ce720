import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyQuery } from '@apollo/client/react';
import { MEETING_PLACES } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import type { NearPoint } from '../utils/finder-state';

/**
 * "Or type a place": names from our own meeting locations (cities, areas, ZIP codes), so nothing is sent
 * to a third-party geocoder. Choosing one searches near it.
 */
export function PlaceSearch({ onChoose }: { onChoose: (point: NearPoint) => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const id = useId();
  const [text, setText] = useState('');
  const [load, { data, loading }] = useLazyQuery(MEETING_PLACES);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return;
    const timer = setTimeout(() => void load({ variables: { query } }), 250);
    return () => clearTimeout(timer);
  }, [text, load]);

  const places = text.trim().length >= 2 ? (data?.meetingPlaces ?? []) : [];
  return (
    <div className="place-search">
      <label htmlFor={id} className="field__label">
        {t('finder.place.label')}
      </label>
      <input
        id={id}
        className="field__control"
        type="search"
        value={text}
        autoComplete="off"
        placeholder={t('finder.place.placeholder')}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('finder.place.hint')}
      </p>
      {places.length ? (
        <ul className="place-search__results" aria-label={t('finder.place.results')}>
          {places.map((place) => (
            <li key={place.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChoose({ latitude: place.latitude, longitude: place.longitude, label: place.name });
                  setText('');
                }}
              >
                {t('finder.place.choice', { name: place.name, count: place.meetings })}
              </button>
            </li>
          ))}
        </ul>
      ) : text.trim().length >= 2 && !loading && data ? (
        <p className="muted">{t('finder.place.none')}</p>
      ) : null}
    </div>
  );
}
