import { useId, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_MESSAGE_MAX } from '@kinship/shared/contracts';
import { useOnline } from '@kinship/web/data';
import { Button, CharacterCount, characterCount } from '@kinship/web/ui';
import { CHAT_NS } from '../chat.resources';

/**
 * The message box. Enter sends on a keyboard, Shift+Enter adds a line (a phone's return key adds a line;
 * the Send button sends). Sending works while reconnecting: the message shows as waiting and goes when it
 * can. Offline (the browser says so) the box is disabled and says why: nothing is queued unseen.
 */
export function Composer({
  onSend,
  onTyping,
  inputRef,
}: {
  onSend: (text: string) => void;
  onTyping: () => void;
  /** The text box, for giving the focus back (after the crisis dialog closes). */
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation(CHAT_NS);
  const [draft, setDraft] = useState('');
  const hintId = useId();
  const countId = useId();
  const inputId = useId();
  const over = characterCount(draft) - CHAT_MESSAGE_MAX;
  const online = useOnline();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || over > 0 || !online) return;
    onSend(text);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <form className="chat-composer" onSubmit={submit}>
      <label htmlFor={inputId} className="chat-sr-only">
        {t('composer.label')}
      </label>
      <textarea
        id={inputId}
        ref={inputRef}
        className="field__control chat-composer__input"
        rows={2}
        value={draft}
        placeholder={t('composer.label')}
        aria-describedby={`${hintId} ${countId}`}
        aria-invalid={over > 0 || undefined}
        disabled={!online}
        onChange={(event) => {
          setDraft(event.target.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" disabled={!online || !draft.trim() || over > 0}>
        {t('composer.send')}
      </Button>
      <div className="chat-composer__hint">
        <p id={hintId} className="field__hint">
          {online ? t('composer.hint') : t('composer.offline')}
        </p>
        <CharacterCount id={countId} text={draft} max={CHAT_MESSAGE_MAX} />
      </div>
    </form>
  );
}
