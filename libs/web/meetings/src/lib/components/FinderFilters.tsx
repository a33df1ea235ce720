import { useTranslation } from 'react-i18next';
import type { MeetingAttendance } from '@kinship/web/data';
import { MEETINGS_NS } from '../meetings.resources';
import { ATTENDANCE_OPTIONS, TIMES_OF_DAY, type FinderState, type TimeOfDay } from '../utils/finder-state';
import { weekdayNames } from '../utils/meeting-time';
import { useLanguage } from '../hooks/useLanguage';

export interface FinderFiltersProps {
  state: FinderState;
  onChange: (next: Partial<FinderState>) => void;
  programs: { code: string; name: string }[];
  types: { code: string; name: string }[];
}

const toggle = <T,>(list: T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** Day, time of day, program, attendance, type and words: every control labelled, all keyboard-usable. */
export function FinderFilters({ state, onChange, programs, types }: FinderFiltersProps) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const days = weekdayNames(lang, 'short');
  const active =
    state.days.length +
    state.programs.length +
    state.types.length +
    state.attendance.length +
    (state.timeOfDay ? 1 : 0);
  return (
    <details className="finder-filters" open={active > 0 ? true : undefined}>
      <summary>{active ? t('filters.summaryActive', { count: active }) : t('filters.summary')}</summary>

      <fieldset className="chips">
        <legend>{t('filters.day')}</legend>
        {days.map((name, day) => (
          <label key={day} className="chip">
            <input
              type="checkbox"
              checked={state.days.includes(day)}
              onChange={() => onChange({ days: toggle(state.days, day) })}
            />
            {name}
          </label>
        ))}
      </fieldset>

      <fieldset className="chips">
        <legend>{t('filters.time')}</legend>
        <label className="chip">
          <input
            type="radio"
            name="time-of-day"
            checked={!state.timeOfDay}
            onChange={() => onChange({ timeOfDay: null })}
          />
          {t('filters.anyTime')}
        </label>
        {TIMES_OF_DAY.map((time: TimeOfDay) => (
          <label key={time} className="chip">
            <input
              type="radio"
              name="time-of-day"
              checked={state.timeOfDay === time}
              onChange={() => onChange({ timeOfDay: time })}
            />
            {t(`filters.times.${time}`)}
          </label>
        ))}
      </fieldset>

      {programs.length ? (
        <fieldset className="chips">
          <legend>{t('filters.program')}</legend>
          {programs.map((p) => (
            <label key={p.code} className="chip">
              <input
                type="checkbox"
                checked={state.programs.includes(p.code)}
                onChange={() => onChange({ programs: toggle(state.programs, p.code) })}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
      ) : null}

      <fieldset className="chips" disabled={state.onlineNow}>
        <legend>{t('filters.attendance')}</legend>
        {ATTENDANCE_OPTIONS.map((a: MeetingAttendance) => (
          <label key={a} className="chip">
            <input
              type="checkbox"
              checked={state.attendance.includes(a)}
              onChange={() => onChange({ attendance: toggle(state.attendance, a) })}
            />
            {t(`attendance.${a}`)}
          </label>
        ))}
      </fieldset>

      {types.length ? (
        <fieldset className="chips chips--scroll">
          <legend>{t('filters.types')}</legend>
          <p className="field__hint">{t('filters.typesHint')}</p>
          {types.map((type) => (
            <label key={type.code} className="chip">
              <input
                type="checkbox"
                checked={state.types.includes(type.code)}
                onChange={() => onChange({ types: toggle(state.types, type.code) })}
              />
              {type.name}
            </label>
          ))}
        </fieldset>
      ) : null}

      {active ? (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ days: [], timeOfDay: null, programs: [], types: [], attendance: [] })}
        >
          {t('filters.clear')}
        </button>
      ) : null}
    </details>
  );
}
