import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';

/** Characters as the API counts them: code points, so an emoji is one. */
export const characterCount = (text: string) => [...text].length;

/** The count shows from this share of the limit on (and always once over it). */
const SHOW_FROM = 0.9;

export interface CharacterCountProps {
  /** For the field's aria-describedby. */
  id: string;
  text: string;
  max: number;
}

/**
 * The message composers' counter (group chat and private messages alike): quiet until the text nears the
 * limit, then "1,950 of 2,000 characters", and "12 characters over the limit of 2,000" past it.
 */
export function CharacterCount({ id, text, max }: CharacterCountProps) {
  const { t, i18n } = useTranslation(UI_NS);
  const count = characterCount(text);
  const over = count - max;
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const shown = over > 0 || count >= max * SHOW_FROM;
  return (
    <p
      id={id}
      className={over > 0 ? 'char-count char-count--over' : 'char-count'}
      aria-live="polite"
      data-count={count}
    >
      {shown
        ? over > 0
          ? t('composer.over', { count: over, max: number.format(max) })
          : t('composer.count', { n: number.format(count), max: number.format(max) })
        : null}
    </p>
  );
}
