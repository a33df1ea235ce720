import { LIMITS } from './form-messages';

/** Checks the browser can make without the API, so a person hears about a typo at once. */
export function checkEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export function checkNewPassword(value: string): boolean {
  return value.length >= LIMITS.password.min && value.length <= LIMITS.password.max;
}

export function checkDisplayName(value: string): boolean {
  const length = value.trim().length;
  return length >= LIMITS.displayName.min && length <= LIMITS.displayName.max;
}

export function checkBio(value: string): boolean {
  return value.length <= LIMITS.bio.max;
}
