import { useTranslation } from 'react-i18next';
import type { MilestoneUnit } from '@kinship/web/data';
import { TOOLKIT_NS } from '../toolkit.resources';

/** "24 hours", "30 days", "6 months", "1 year", "18 months", "2 years", in the interface language. */
export function useMilestoneLabel(): (m: { unit: MilestoneUnit; amount: number }) => string {
  const { t } = useTranslation(TOOLKIT_NS);
  return (m) => t(`recovery.units.${m.unit}`, { count: m.amount });
}
