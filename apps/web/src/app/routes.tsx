import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Alert, Button, HelpPage } from '@kinship/web/ui';
import { APP_NS } from './app.resources';
import { ChunkErrorBoundary } from './ChunkErrorBoundary';

// Each page is its own chunk, so a phone loads only what it shows. The help page is not lazy on purpose:
// it is part of the first download, so crisis lines work even if the connection drops right after.
const HomePage = lazy(() => import('../pages/HomePage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const SignUpPage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.SignUpPage })));
const SignInPage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.SignInPage })));
const ProfilePage = lazy(() => import('@kinship/web/identity').then((m) => ({ default: m.ProfilePage })));

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

export function AppRoutes() {
  return (
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
        path="/profile"
        element={
          <Page>
            <ProfilePage />
          </Page>
        }
      />
      <Route path="/help" element={<HelpPage />} />
      <Route
        path="*"
        element={
          <Page>
            <NotFoundPage />
          </Page>
        }
      />
    </Routes>
  );
}
