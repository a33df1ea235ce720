import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CrisisKind } from '@kinship/web/data';
import { Alert, Button, CrisisCheckInContext, HelpPage } from '@kinship/web/ui';
import { APP_NS } from './app.resources';
import { ChunkErrorBoundary } from './ChunkErrorBoundary';

// Each page is its own chunk, so a phone loads only what it shows. The help page is not lazy on purpose:
// it is part of the first download, so crisis lines work even if the connection drops right after.
const HomePage = lazy(() => import('../pages/HomePage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const SignUpPage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.SignUpPage })));
const SignInPage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.SignInPage })));
const ResetPasswordPage = lazy(() =>
  import('@kinship/web/identity').then((m) => ({ default: m.ResetPasswordPage })),
);
const VerifyEmailPage = lazy(() =>
  import('@kinship/web/identity').then((m) => ({ default: m.VerifyEmailPage })),
);
const ProfilePage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.ProfilePage })));
const meetings = () => import('@kinship/web/meetings');
const MeetingFinderPage = lazy(() => meetings().then((m) => ({ default: m.MeetingFinderPage })));
const MeetingPage = lazy(() => meetings().then((m) => ({ default: m.MeetingPage })));
const GroupPage = lazy(() => meetings().then((m) => ({ default: m.GroupPage })));
const MyMeetingsPage = lazy(() => meetings().then((m) => ({ default: m.MyMeetingsPage })));
const AdminMeetingsPage = lazy(() => meetings().then((m) => ({ default: m.AdminMeetingsPage })));
const AdminJobsPage = lazy(() => meetings().then((m) => ({ default: m.AdminJobsPage })));
const SourcesPage = lazy(() => meetings().then((m) => ({ default: m.SourcesPage })));
const MeetingFormPage = lazy(() => meetings().then((m) => ({ default: m.MeetingFormPage })));
const MeetingImportPage = lazy(() => meetings().then((m) => ({ default: m.ImportPage })));

const toolkit = () => import('@kinship/web/toolkit');
const ToolkitPage = lazy(() => toolkit().then((m) => ({ default: m.ToolkitPage })));
const ResourcesPage = lazy(() => toolkit().then((m) => ({ default: m.ResourcesPage })));
const MyRecoveryPage = lazy(() => toolkit().then((m) => ({ default: m.MyRecoveryPage })));
const PlanPage = lazy(() => toolkit().then((m) => ({ default: m.PlanPage })));
const PlanPrintPage = lazy(() => toolkit().then((m) => ({ default: m.PlanPrintPage })));
const WorksheetsPage = lazy(() => toolkit().then((m) => ({ default: m.WorksheetsPage })));
const WorksheetPage = lazy(() => toolkit().then((m) => ({ default: m.WorksheetPage })));
const CheckInPage = lazy(() => toolkit().then((m) => ({ default: m.CheckInPage })));
const HelpNowPage = lazy(() => toolkit().then((m) => ({ default: m.HelpNowPage })));

/** The toolkit's pages; all lazy, in one chunk. */
const TOOLKIT_ROUTES: [string, ReactNode][] = [
  ['/toolkit', <ToolkitPage />],
  ['/resources', <ResourcesPage />],
  ['/toolkit/recovery', <MyRecoveryPage />],
  ['/toolkit/plan', <PlanPage />],
  ['/toolkit/plan/print', <PlanPrintPage />],
  ['/toolkit/worksheets', <WorksheetsPage />],
  ['/toolkit/worksheets/new/:kind', <WorksheetPage />],
  ['/toolkit/worksheets/:id', <WorksheetPage />],
  ['/toolkit/check-in', <CheckInPage />],
];

/**
 * "Get help now": the eager help page shows at once (and stays if the toolkit chunk cannot load); the
 * toolkit's version adds the member's own people and the meetings starting soon when it arrives.
 */
function HelpNow() {
  return (
    <ChunkErrorBoundary fallback={<HelpPage />}>
      <Suspense fallback={<HelpPage />}>
        <HelpNowPage
          checkIn={
            <Suspense fallback={null}>
              <RequestCheckInButton />
            </Suspense>
          }
        />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

const sponsorship = () => import('@kinship/web/sponsorship');
const SponsorshipsPage = lazy(() => sponsorship().then((m) => ({ default: m.SponsorshipsPage })));
const FindSponsorPage = lazy(() => sponsorship().then((m) => ({ default: m.FindSponsorPage })));
const SponsorOfferPage = lazy(() => sponsorship().then((m) => ({ default: m.OfferPage })));
const ConversationPage = lazy(() => sponsorship().then((m) => ({ default: m.ConversationPage })));

const chat = () => import('@kinship/web/chat');
const ChatRoomsPage = lazy(() => chat().then((m) => ({ default: m.ChatRoomsPage })));
const ChatRoomPage = lazy(() => chat().then((m) => ({ default: m.ChatRoomPage })));
const ChatModerationPage = lazy(() => chat().then((m) => ({ default: m.ChatModerationPage })));
const ModeratorCheckInPage = lazy(() => chat().then((m) => ({ default: m.ModeratorCheckInPage })));
const MyCheckInsPage = lazy(() => chat().then((m) => ({ default: m.MyCheckInsPage })));
const RequestCheckInButton = lazy(() => chat().then((m) => ({ default: m.RequestCheckInButton })));

/** Group chat's pages; lazy, in one chunk. */
const CHAT_ROUTES: [string, ReactNode][] = [
  ['/chat', <ChatRoomsPage />],
  ['/chat/moderation', <ChatModerationPage />],
  ['/chat/moderation/check-ins/:id', <ModeratorCheckInPage />],
  ['/check-ins', <MyCheckInsPage />],
  ['/chat/:roomId', <ChatRoomPage />],
];

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation(APP_NS);
  const failed = (
    <Alert tone="error">
      <p>{t('chunkError')}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('reload')}
      </Button>
    </Alert>
  );
  return (
    <ChunkErrorBoundary fallback={failed}>
      <Suspense
        fallback={
          <p role="status" className="muted">
            {t('loading')}
          </p>
        }
      >
        {children}
      </Suspense>
    </ChunkErrorBoundary>
  );
}

/** The "ask a moderator to check in on me" button in every crisis dialog, for the kind of help shown. */
const checkInButton = (kind: string) => (
  <Suspense fallback={null}>
    <RequestCheckInButton kind={kind.toUpperCase() as CrisisKind} />
  </Suspense>
);

export function AppRoutes() {
  return (
    <CrisisCheckInContext.Provider value={checkInButton}>
      <Routes>
        <Route
          path="/"
          element={
            <Page>
              <HomePage />
            </Page>
          }
        />
        <Route
          path="/sign-up"
          element={
            <Page>
              <SignUpPage />
            </Page>
          }
        />
        <Route
          path="/sign-in"
          element={
            <Page>
              <SignInPage />
            </Page>
          }
        />
        <Route
          path="/reset-password"
          element={
            <Page>
              <ResetPasswordPage />
            </Page>
          }
        />
        <Route
          path="/verify-email"
          element={
            <Page>
              <VerifyEmailPage />
            </Page>
          }
        />
        <Route
          path="/profile"
          element={
            <Page>
              <ProfilePage />
            </Page>
          }
        />
        <Route
          path="/meetings"
          element={
            <Page>
              <MeetingFinderPage />
            </Page>
          }
        />
        <Route
          path="/meetings/:id"
          element={
            <Page>
              <MeetingPage />
            </Page>
          }
        />
        <Route
          path="/groups/:id"
          element={
            <Page>
              <GroupPage />
            </Page>
          }
        />
        <Route
          path="/my-meetings"
          element={
            <Page>
              <MyMeetingsPage />
            </Page>
          }
        />
        <Route
          path="/admin/meetings"
          element={
            <Page>
              <AdminMeetingsPage />
            </Page>
          }
        />
        <Route
          path="/admin/jobs"
          element={
            <Page>
              <AdminJobsPage />
            </Page>
          }
        />
        <Route
          path="/admin/sources"
          element={
            <Page>
              <SourcesPage />
            </Page>
          }
        />
        <Route
          path="/admin/meetings/new"
          element={
            <Page>
              <MeetingFormPage />
            </Page>
          }
        />
        <Route
          path="/admin/meetings/import"
          element={
            <Page>
              <MeetingImportPage />
            </Page>
          }
        />
        <Route
          path="/admin/meetings/:id/edit"
          element={
            <Page>
              <MeetingFormPage />
            </Page>
          }
        />
        <Route
          path="/sponsorship"
          element={
            <Page>
              <SponsorshipsPage />
            </Page>
          }
        />
        <Route
          path="/sponsorship/find"
          element={
            <Page>
              <FindSponsorPage />
            </Page>
          }
        />
        <Route
          path="/sponsorship/offer"
          element={
            <Page>
              <SponsorOfferPage />
            </Page>
          }
        />
        <Route
          path="/sponsorship/messages/:id"
          element={
            <Page>
              <ConversationPage />
            </Page>
          }
        />
        {CHAT_ROUTES.map(([path, page]) => (
          <Route key={path} path={path} element={<Page>{page}</Page>} />
        ))}
        {TOOLKIT_ROUTES.map(([path, page]) => (
          <Route key={path} path={path} element={<Page>{page}</Page>} />
        ))}
        <Route path="/help" element={<HelpNow />} />
        <Route
          path="*"
          element={
            <Page>
              <NotFoundPage />
            </Page>
          }
        />
      </Routes>
    </CrisisCheckInContext.Provider>
  );
}
