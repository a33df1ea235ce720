import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, MemberName } from '@kinship/web/ui';
import { AUDIT_LOG } from '../graphql/moderation.documents';
import { formatTime } from '../components/format';
import { CHAT_NS } from '../chat.resources';

/** Admins: every moderator action, newest first. */
export function AuditPanel({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation(CHAT_NS);
  const { data, error, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { roomId: roomId || null, first: 25 },
    fetchPolicy: 'network-only',
  });
  if (error && !data) {
    return (
      <Alert tone="error">
        <p>{t('moderation.loadError')}</p>
      </Alert>
    );
  }
  const page = data?.chatAuditLog;
  const entries = page?.entries ?? [];
  const former = t('moderation.audit.formerMember');
  return (
    <section aria-label={t('moderation.tabs.audit')}>
      {page && entries.length === 0 ? <p className="muted">{t('moderation.audit.empty')}</p> : null}
      {entries.length > 0 ? (
        <div className="chat-table-wrap">
          <table className="chat-audit">
            <thead>
              <tr>
                <th scope="col">{t('moderation.audit.when')}</th>
                <th scope="col">{t('moderation.audit.who')}</th>
                <th scope="col">{t('moderation.audit.what')}</th>
                <th scope="col">{t('moderation.audit.target')}</th>
                <th scope="col">{t('moderation.audit.why')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatTime(e.at, i18n.resolvedLanguage)}</time>
                  </td>
                  <td>{e.actor ? <MemberName member={e.actor} /> : former}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.targetMember ? (
                      <MemberName member={e.targetMember} />
                    ) : e.targetMessageId ? (
                      former
                    ) : (
                      ''
                    )}
                  </td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page?.hasMore ? (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: page.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                chatAuditLog: {
                  ...fetchMoreResult.chatAuditLog,
                  entries: [...prev.chatAuditLog.entries, ...fetchMoreResult.chatAuditLog.entries],
                },
              }),
            })
          }
        >
          {t('moderation.more')}
        </Button>
      ) : null}
    </section>
  );
}
