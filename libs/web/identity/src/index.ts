export { SignUpPage } from './lib/sign-up/SignUpPage';
export { SignInPage } from './lib/sign-in/SignInPage';
export { ProfilePage } from './lib/profile/ProfilePage';
export { IDENTITY_NS } from './lib/identity.resources';
export { ResetPasswordPage } from './lib/email/ResetPasswordPage';
export { VerifyEmailPage } from './lib/email/VerifyEmailPage';
