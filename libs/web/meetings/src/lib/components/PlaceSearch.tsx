import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyQuery } from '@apollo/client/react';
import type { PlacesQuery } from '@kinship/web/data';
import { FIND_PLACES } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import type { NearPoint } from '../utils/finder-state';

type Place = PlacesQuery['places'][number];

/** "Astoria, NY", "Bogotá, Colombia", "10001, New York, NY": what the member sees and what the URL keeps. */
export function placeLabel(place: Place, language: string): string {
  let where = place.region;
  if (!where && place.country) {
    try {
      where = new Intl.DisplayNames([language], { type: 'region' }).of(place.country) ?? place.country;
    } catch {
      where = place.country;
    }
  }
  return where ? `${place.name}, ${where}` : place.name;
}

/**
 * A place search box (an ARIA combobox): suggestions from our own meeting places and the server's offline
 * gazetteer as the member types; arrow keys move, Enter chooses, Escape closes. Choosing sets the search
 * centre. Nothing typed here goes to a third party.
 */
export function PlaceSearch({ onChoose }: { onChoose: (point: NearPoint) => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const language = useLanguage();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [load, { data, loading }] = useLazyQuery(FIND_PLACES);
  const query = text.trim();

  useEffect(() => {
    if (query.length < 2) return;
    const timer = setTimeout(() => void load({ variables: { query, first: 8 } }), 200);
    return () => clearTimeout(timer);
  }, [query, load]);

  const places = query.length >= 2 ? (data?.places ?? []) : [];
  const expanded = open && places.length > 0;

  const choose = (place: Place) => {
    const label = placeLabel(place, language);
    onChoose({ latitude: place.latitude, longitude: place.longitude, label });
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!places.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + places.length) % places.length);
    } else if (event.key === 'Enter') {
      if (!expanded) return;
      event.preventDefault();
      choose(places[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  return (
    <div className="place-search">
      <label htmlFor={id} className="field__label">
        {t('places.label')}
      </label>
      <input
        id={id}
        className="field__control"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        autoComplete="off"
        placeholder={t('places.placeholder')}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('places.hint')}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('places.results')}
        className="place-search__results"
        hidden={!expanded}
      >
        {places.map((place, index) => (
          <li
            key={`${place.kind}-${place.name}-${place.region ?? place.country ?? ''}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={
              index === active ? 'place-search__option place-search__option--active' : 'place-search__option'
            }
            // mousedown, not click: the input keeps focus until the choice is made
            onMouseDown={(event) => {
              event.preventDefault();
              choose(place);
            }}
          >
            <span>{placeLabel(place, language)}</span>{' '}
            <span className="muted">
              {place.meetings > 0
                ? t('places.meetings', { count: place.meetings })
                : t(`places.kind.${place.kind}`)}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="muted place-search__status">
        {open && query.length >= 2 && !loading && data
          ? places.length
            ? t('places.found', { count: places.length })
            : t('places.none')
          : ''}
      </p>
    </div>
  );
}
