import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Where the focus goes when it closes; by default back to whatever had it when it opened. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Extra class names, e.g. for a wider dialog. */
  className?: string;
  /** Move the focus to the title (read first) rather than to the first control. */
  focusTitle?: boolean;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal <dialog> (aria-modal, labelled by its title): the rest of the page is inert, Tab and Shift+Tab
 * cycle inside it, Escape closes it, and the focus goes back where it was (or to `returnFocusRef`).
 * Where showModal is missing (old browsers, jsdom) it falls back to the `open` attribute.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  returnFocusRef,
  className,
  focusTitle = false,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      if (focusTitle) titleRef.current?.focus();
      else if (!dialog.contains(document.activeElement)) {
        (dialog.querySelector<HTMLElement>(FOCUSABLE) ?? titleRef.current)?.focus();
      }
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      const back = returnFocusRef?.current ?? opener.current;
      if (back?.isConnected) back.focus();
    }
  }, [open, focusTitle, returnFocusRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here (not by the browser's cancel) so it works the same everywhere, every time.
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // The browser closed it by itself (a repeated Escape): keep the state in step.
        if (open) onClose();
      }}
    >
      <h2 id={titleId} ref={titleRef} tabIndex={-1} className="dialog__title">
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
}
