import { createContext, useContext, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CrisisSupport } from '@kinship/shared/contracts';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { UI_NS } from '../ui.resources';
import { crisisSteps, isEmergency } from './crisis-content';
import { dialable } from './phone-links';

/** An online meeting in progress or starting soon, offered in the crisis dialog. */
export interface CrisisMeeting {
  id: string;
  name: string;
  /** Where to join (a video link), or null when it is by phone only. */
  url: string | null;
  phone: string | null;
  /** The next start (an instant), null when unknown. */
  start: string | null;
  inProgress: boolean;
  startsInMinutes: number | null;
}

export interface CrisisDialogProps {
  /** The help the API sent with the member's message; the dialog is open while it is set. */
  crisis: CrisisSupport | null;
  onClose: () => void;
  /** Where the focus goes when it closes (the composer). */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Who can see this and what was done, in the feature's words; by default: only you, nothing left Kinship. */
  note?: string;
  /** The member's sponsor and the address of their conversation, when they have one. */
  sponsor?: { name: string; to: string } | null;
  /** Online meetings starting within 30 minutes (a live query by the feature). */
  meetings?: { list: CrisisMeeting[]; loading: boolean; failed: boolean };
  /**
   * "Ask a moderator to check in on me": the button goes here (opt-in; the app wires it). Left empty, the
   * section is not shown.
   */
  moderatorCheckIn?: ReactNode;
}

/**
 * How the app fills the "ask a moderator to check in on me" slot in every crisis dialog: features cannot
 * import each other, so the app provides the check-in button (from the chat feature) through this context.
 */
export const CrisisCheckInContext = createContext<((kind: string) => ReactNode) | null>(null);

/** Router state that carries a prefilled message to a conversation's composer. */
export interface DraftState {
  draft: string;
}

/** The prefilled message handed to a conversation through the router state, if any. */
export function draftFromState(state: unknown): string | null {
  const draft = (state as Partial<DraftState> | null)?.draft;
  return typeof draft === 'string' ? draft : null;
}

/**
 * Help in front of the member, the moment their message reads like a crisis: a focused modal dialog with
 * the lines to call or text, what to do now, their sponsor, online meetings about to start and the way to
 * the "Get help now" page. Emergencies (overdose, suicide) are urgent; every other kind is warm and calm.
 * It renders any kind the API sends: lines and steps come from the payload.
 */
export function CrisisDialog({
  crisis,
  onClose,
  returnFocusRef,
  note,
  sponsor,
  meetings,
  moderatorCheckIn,
}: CrisisDialogProps) {
  const { t, i18n } = useTranslation(UI_NS);
  const checkInFor = useContext(CrisisCheckInContext);
  const checkIn = moderatorCheckIn ?? (crisis && checkInFor ? checkInFor(crisis.kind) : null);
  const emergency = crisis ? isEmergency(crisis.kind) : false;
  const title = crisis ? (emergency ? t('crisis.title') : t('crisis.warmTitle')) : '';
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'short' }).format(new Date(iso));

  return (
    <Dialog
      open={crisis !== null}
      title={title}
      onClose={onClose}
      returnFocusRef={returnFocusRef}
      focusTitle
      className={`crisis-dialog ${emergency ? 'crisis-dialog--urgent' : 'crisis-dialog--warm'}`}
    >
      {crisis ? (
        <div className="crisis-dialog__body" data-kind={crisis.kind}>
          <p className="crisis-dialog__intro">
            {t(`crisis.intro.${crisis.kind}`, {
              defaultValue: emergency ? t('crisis.intro.suicide') : t('crisis.intro.warm'),
            })}
          </p>
          <ul className="crisis-lines">
            {crisis.lines.map((line) => (
              <li key={line.id} className="crisis-line">
                <strong>{t(`help.lines.${line.id}.name`, { defaultValue: line.name })}</strong>
                <span className="crisis-line__actions">
                  {line.call ? (
                    <a className="crisis-action" href={`tel:${dialable(line.call)}`}>
                      {t('help.call', { number: line.call })}
                    </a>
                  ) : null}
                  {line.text ? (
                    <a className="crisis-action crisis-action--quiet" href={`sms:${dialable(line.text)}`}>
                      {t('help.text', { number: line.text })}
                    </a>
                  ) : null}
                  {/* A line reached only through its website (Find a Helpline): the link, not an empty card. */}
                  {line.url && !line.call && !line.text ? (
                    <a className="crisis-action crisis-action--quiet" href={line.url} rel="noreferrer">
                      {t('help.website', {
                        name: t(`help.lines.${line.id}.name`, { defaultValue: line.name }),
                      })}
                    </a>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          <h3 className="crisis-dialog__heading">{t('crisis.stepsHeading')}</h3>
          <ol className="crisis-panel__steps">
            {crisisSteps(t, crisis).map((step) => (
              <li key={step.key}>{step.text}</li>
            ))}
          </ol>
          {sponsor ? (
            <p>
              <Link
                className="button button--secondary"
                to={sponsor.to}
                state={{ draft: t('crisis.sponsorDraft') } satisfies DraftState}
                onClick={onClose}
              >
                {t('crisis.messageSponsor', { name: sponsor.name })}
              </Link>
            </p>
          ) : null}
          {/* "Ask a moderator to check in on me": opt-in, wired by the app through CrisisCheckInContext. */}
          {checkIn ? <div className="crisis-dialog__check-in">{checkIn}</div> : null}
          {meetings ? (
            <section className="crisis-dialog__meetings" aria-label={t('crisis.meetings.heading')}>
              <h3 className="crisis-dialog__heading">{t('crisis.meetings.heading')}</h3>
              {meetings.loading ? (
                <p role="status" className="muted">
                  {t('crisis.meetings.loading')}
                </p>
              ) : null}
              {meetings.failed ? <p className="muted">{t('crisis.meetings.unavailable')}</p> : null}
              {!meetings.loading && !meetings.failed && meetings.list.length === 0 ? (
                <p>{t('crisis.meetings.none')}</p>
              ) : null}
              {meetings.list.length > 0 ? (
                <ul className="crisis-dialog__meeting-list">
                  {meetings.list.map((m) => (
                    <li key={m.id} className="crisis-dialog__meeting">
                      <span className="crisis-dialog__meeting-name">{m.name}</span>
                      <span className="muted">
                        {m.inProgress
                          ? t('crisis.meetings.inProgress')
                          : m.start
                            ? t('crisis.meetings.startsAt', {
                                time: time(m.start),
                                count: m.startsInMinutes ?? 0,
                              })
                            : ''}
                      </span>
                      {m.url ? (
                        <a
                          className="button button--primary"
                          href={m.url}
                          target="_blank"
                          rel="noreferrer"
                          aria-label={t('crisis.meetings.joinNamed', { name: m.name })}
                        >
                          {t('crisis.meetings.join')}
                        </a>
                      ) : m.phone ? (
                        <a
                          className="button button--primary"
                          href={`tel:${dialable(m.phone)}`}
                          aria-label={t('crisis.meetings.dialNamed', { name: m.name })}
                        >
                          {t('crisis.meetings.dial')}
                        </a>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}
          <p className="muted">{note ?? t('crisis.private')}</p>
          <div className="button-row crisis-dialog__actions">
            <Link to="/help" onClick={onClose}>
              {t('crisis.more')}
            </Link>
            <Button variant="secondary" onClick={onClose}>
              {t('crisis.close')}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
