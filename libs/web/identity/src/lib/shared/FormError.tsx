import type { RefObject } from 'react';
import { Alert } from '@kinship/web/ui';

/** The form-level error, focusable so a failed submit can move the focus to it. */
export function FormError({
  message,
  alertRef,
}: {
  message: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div ref={alertRef} tabIndex={-1}>
      {message ? (
        <Alert tone="error">
          <p>{message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
