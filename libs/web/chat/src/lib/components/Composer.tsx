import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_MESSAGE_MAX } from '@kinship/shared/contracts';
import { Button } from '@kinship/web/ui';
import { CHAT_NS } from '../chat.resources';

/**
 * The message box. Enter sends on a keyboard, Shift+Enter adds a line (a phone's return key adds a line;
 * the Send button sends). Sending works while reconnecting: the message waits and goes when it can.
 */
export function Composer({ onSend, onTyping }: { onSend: (text: string) => void; onTyping: () => void }) {
  const { t } = useTranslation(CHAT_NS);
  const [draft, setDraft] = useState('');
  const hintId = useId();
  const inputId = useId();
  const over = [...draft].length - CHAT_MESSAGE_MAX;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || over > 0) return;
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
        className="field__control chat-composer__input"
        rows={2}
        value={draft}
        placeholder={t('composer.label')}
        aria-describedby={hintId}
        aria-invalid={over > 0 || undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" disabled={!draft.trim() || over > 0}>
        {t('composer.send')}
      </Button>
      <p id={hintId} className="field__hint chat-composer__hint">
        {over > 0 ? t('composer.tooLong', { count: over }) : t('composer.hint')}
      </p>
    </form>
  );
}
