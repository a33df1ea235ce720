import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@kinship/web/i18n';
import { SponsorshipsPage } from '../pages/SponsorshipsPage';
import { FakeSocket, renderPage } from './render';

const base = {
  __typename: 'Sponsorship',
  id: 's1',
  myRole: 'SPONSOR',
  program: 'NA',
  kind: 'SPONSOR',
  temporary: true,
  requestMessage: 'Would you sponsor me?',
  declineReason: null,
  endReason: null,
  endedByMe: false,
  requestedAt: '2026-11-01T10:00:00.000Z',
  startedAt: null,
  endedAt: null,
  checkInDue: false,
  checkInDueAt: null,
  lastSeq: 0,
  myReadSeq: 0,
  otherReadSeq: 0,
  unreadCount: 0,
  other: {
    __typename: 'SponsorshipParty',
    id: 'u2',
    displayName: 'Sam T.',
    handle: 'S4MT',
    badge: null,
    bio: 'Just for today.',
  },
};
const notifications = (unread: number) => ({
  data: {
    sponsorshipNotifications: {
      __typename: 'SponsorshipNotificationPage',
      unreadCount: unread,
      notifications: [
        {
          __typename: 'SponsorshipNotification',
          id: 'n1',
          kind: 'REQUEST_RECEIVED',
          relationshipKind: 'SPONSOR',
          sponsorshipId: 's1',
          createdAt: '2026-11-01T10:00:00.000Z',
          read: unread === 0,
          actor: { __typename: 'SponsorshipParty', id: 'u2', displayName: 'Sam T.', handle: 'S4MT' },
        },
      ],
    },
  },
});

describe('requests and relationships', () => {
  it('lets a sponsor accept a request, then shows the sponsee with unread messages', async () => {
    let status = 'PENDING';
    const socket = new FakeSocket({});
    const { api } = renderPage(
      <SponsorshipsPage />,
      {
        MySponsorships: () => ({
          data: {
            mySponsorships: [
              status === 'PENDING'
                ? { ...base, status }
                : { ...base, status, startedAt: '2026-11-02T10:00:00.000Z', unreadCount: 2, lastSeq: 2 },
            ],
          },
        }),
        SponsorshipNotifications: () => notifications(1),
        AcceptSponsorshipRequest: () => {
          status = 'ACTIVE';
          return { data: { acceptSponsorshipRequest: { ...base, status: 'ACTIVE' } } };
        },
      },
      { path: '/sponsorship', socket },
    );
    const incoming = await screen.findByRole('region', { name: 'Requests to you' });
    expect(within(incoming).getByText('Sam T. asks you to be their sponsor.')).toBeTruthy();
    expect(within(incoming).getByText('Would you sponsor me?')).toBeTruthy();
    expect(screen.getByText('Sam T. #S4MT asked you to be their sponsor.')).toBeTruthy();
    fireEvent.click(within(incoming).getByRole('button', { name: 'Accept' }));

    const sponsees = await screen.findByRole('region', { name: 'People you sponsor or mentor' });
    expect(api.seen.some((r) => r.operationName === 'AcceptSponsorshipRequest')).toBe(true);
    const link = within(sponsees).getByRole('link', { name: /Messages/ });
    expect(link.getAttribute('href')).toBe('/sponsorship/messages/s1');
    expect(await within(link).findByLabelText('2 unread')).toBeTruthy();
  });

  it('prompts a temporary sponsorship’s 90-day check-in, in Spanish too', async () => {
    await act(() => setLocale('es'));
    renderPage(
      <SponsorshipsPage />,
      {
        MySponsorships: () => ({
          data: { mySponsorships: [{ ...base, status: 'ACTIVE', myRole: 'SPONSEE', checkInDue: true }] },
        }),
        SponsorshipNotifications: () => notifications(0),
      },
      { path: '/sponsorship' },
    );
    expect(await screen.findByText('Han pasado 90 días. Es momento de hablarlo juntos.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Seguir otros 90 días' })).toBeTruthy();
    expect(screen.getByText('Sam T. es tu padrino o madrina.')).toBeTruthy();
    await act(() => setLocale('en'));
  });

  it('stops listening for notifications and messages when the page goes', async () => {
    const socket = new FakeSocket();
    const { navigate } = renderPage(
      <SponsorshipsPage />,
      {
        MySponsorships: () => ({ data: { mySponsorships: [{ ...base, status: 'ACTIVE' }] } }),
        SponsorshipNotifications: () => notifications(0),
      },
      { path: '/sponsorship', socket },
    );
    expect(await screen.findByText('You are Sam T.’s sponsor.')).toBeTruthy();
    const listeners = () =>
      socket.listenerCount((event) => event.startsWith('dm:') || event.startsWith('sponsorship:'));
    expect(listeners()).toBe(4);

    await act(() => navigate('/somewhere-else'));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(listeners()).toBe(0);
  });
});
