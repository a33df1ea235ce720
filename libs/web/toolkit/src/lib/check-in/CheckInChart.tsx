import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatShortDate } from '../shared/dates';
import { TOOLKIT_NS } from '../toolkit.resources';
import { chartDays, seriesPath } from './chart-geometry';

const W = 640;
const H = 240;
const PAD = { left: 44, right: 16, top: 16, bottom: 36 };

interface Entry {
  date: string;
  mood: number;
  craving: number;
  note: string;
}

/**
 * Mood and cravings over the last days: an SVG chart (mood a solid line with circles, cravings a dashed
 * line with squares, so colour is never the only difference) and the same data as a table.
 */
export function CheckInChart({ entries, today, days }: { entries: Entry[]; today: string; days: number }) {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const series = chartDays(entries, today, days);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days === 1 ? innerW / 2 : (i * innerW) / (days - 1));
  // Both scales have five steps: mood 1..5 and cravings 0..4 share the grid.
  const yMood = (v: number) => PAD.top + innerH - ((v - 1) / 4) * innerH;
  const yCraving = (v: number) => PAD.top + innerH - (v / 4) * innerH;
  const labelEvery = Math.max(1, Math.ceil(days / 7));
  const shown = [...entries].reverse();

  if (entries.length === 0) return <p>{t('checkIn.chart.empty')}</p>;
  return (
    <figure className="check-in-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="check-in-chart__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>
          {t('checkIn.chart.summary', {
            from: formatDate(series[0].date, locale),
            to: formatDate(today, locale),
          })}
        </title>
        {[0, 1, 2, 3, 4].map((step) => (
          <line
            key={step}
            x1={PAD.left}
            x2={W - PAD.right}
            y1={yCraving(step)}
            y2={yCraving(step)}
            className="check-in-chart__grid"
          />
        ))}
        <text x={PAD.left - 8} y={yCraving(4) + 4} textAnchor="end" className="check-in-chart__axis">
          {t('checkIn.chart.high')}
        </text>
        <text x={PAD.left - 8} y={yCraving(0) + 4} textAnchor="end" className="check-in-chart__axis">
          {t('checkIn.chart.low')}
        </text>
        {series.map((day, i) =>
          i % labelEvery === 0 || i === days - 1 ? (
            <text key={day.date} x={x(i)} y={H - 12} textAnchor="middle" className="check-in-chart__axis">
              {formatShortDate(day.date, locale)}
            </text>
          ) : null,
        )}
        <path
          d={seriesPath(
            series.map((d) => d.mood),
            x,
            yMood,
          )}
          className="check-in-chart__mood"
        />
        <path
          d={seriesPath(
            series.map((d) => d.craving),
            x,
            yCraving,
          )}
          className="check-in-chart__craving"
        />
        {series.map((day, i) =>
          day.mood === null ? null : (
            <circle
              key={`m${day.date}`}
              cx={x(i)}
              cy={yMood(day.mood)}
              r={4}
              className="check-in-chart__mood-point"
            />
          ),
        )}
        {series.map((day, i) =>
          day.craving === null ? null : (
            <rect
              key={`c${day.date}`}
              x={x(i) - 4}
              y={yCraving(day.craving) - 4}
              width={8}
              height={8}
              className="check-in-chart__craving-point"
            />
          ),
        )}
      </svg>
      <figcaption className="check-in-chart__legend">
        <span className="check-in-chart__key check-in-chart__key--mood">{t('checkIn.chart.moodLine')}</span>
        <span className="check-in-chart__key check-in-chart__key--craving">
          {t('checkIn.chart.cravingLine')}
        </span>
      </figcaption>
      <details className="check-in-chart__details">
        <summary>{t('checkIn.chart.table')}</summary>
        <table className="check-in-table">
          <caption>{t('checkIn.chart.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkIn.chart.date')}</th>
              <th scope="col">{t('checkIn.chart.moodColumn')}</th>
              <th scope="col">{t('checkIn.chart.cravingColumn')}</th>
              <th scope="col">{t('checkIn.chart.noteColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.date}>
                <th scope="row">{formatDate(e.date, locale, 'medium')}</th>
                <td>
                  {e.mood} · {t(`checkIn.mood.${e.mood}`)}
                </td>
                <td>
                  {e.craving} · {t(`checkIn.craving.${e.craving}`)}
                </td>
                <td>{e.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
