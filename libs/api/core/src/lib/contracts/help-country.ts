/**
 * Whose crisis and help lines a member should see (the country they chose on "Get help now" or in their
 * toolkit), for features that show help outside the toolkit (chat, private messages) without importing
 * it. The toolkit provides it under HELP_COUNTRY; consumers inject it with @Optional() and fall back to
 * the default country when it is missing or fails.
 */
export interface HelpCountryLookup {
  /** The member's chosen country (ISO 3166-1 alpha-2), or null when they have not chosen one. */
  helpCountryOf(memberId: string): Promise<string | null>;
}

export const HELP_COUNTRY = Symbol('HELP_COUNTRY');
