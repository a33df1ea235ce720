import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { ChatRealtime } from '../realtime/ChatRealtime';
import { CHAT_NS } from '../chat.resources';

/** Chat is for signed-in members: others go to sign in (and come back after). Opens the chat socket. */
export function RequireMember({ children }: { children: ReactNode }) {
  const { t } = useTranslation(CHAT_NS);
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') {
    return (
      <p role="status" className="muted">
        {t('checking')}
      </p>
    );
  }
  if (status !== 'signedIn') return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <ChatRealtime>{children}</ChatRealtime>;
}
