import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SPONSORSHIP_PROGRAMS } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';

/**
 * A program's name in the member's language: the translated name for the programs we know, else the
 * name an admin gave it (from recoveryPrograms), else its code.
 */
export function programLabel(
  t: (key: string, options: { defaultValue: string }) => string,
  code: string,
  name?: string,
): string {
  return t(`programs.${code}`, { defaultValue: name ?? code });
}

/**
 * The programs a member can choose for sponsorship: every program of the directory (admins add them),
 * plus the ones already chosen, so a saved choice shows while the list loads.
 */
export function usePrograms(chosen: readonly string[] = []) {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const { data } = useQuery(SPONSORSHIP_PROGRAMS);
  const names = new Map((data?.recoveryPrograms ?? []).map((p) => [p.code, p.name]));
  const codes = [...names.keys(), ...chosen.filter((c) => !names.has(c))];
  const label = (code: string) => programLabel(t, code, names.get(code));
  return { choices: codes.map((code) => ({ value: code, label: label(code) })), label };
}
