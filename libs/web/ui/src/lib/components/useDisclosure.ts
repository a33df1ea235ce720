import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface Disclosure {
  open: boolean;
  toggle: () => void;
  close: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLDivElement | null>;
}

/**
 * A button that shows and hides a panel (the WAI-ARIA disclosure pattern): opening moves focus to the
 * panel's first control; Escape closes and returns focus to the button; a click outside both closes; and
 * `closeOn` changing (the route) closes without moving focus, so the new page can take it.
 */
export function useDisclosure(closeOn: string): Disclosure {
  // open "at" a value of closeOn: once it changes, the panel is closed without an extra render
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const open = openedAt === closeOn;
  const setOpen = useCallback((next: boolean) => setOpenedAt(next ? closeOn : null), [closeOn]);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLDivElement | null>(null);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const toggle = useCallback(() => setOpen(!open), [setOpen, open]);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('a[href], button, select, input')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (buttonRef.current?.contains(target) || panelRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, setOpen]);

  return { open, toggle, close, buttonRef, panelRef };
}
