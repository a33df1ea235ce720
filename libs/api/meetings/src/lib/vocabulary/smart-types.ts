import type { TypeNames } from './na-formats';

/**
 * Kinship's own SMART Recovery meeting types: the Meeting Guide vocabulary is AA-centric and nobody
 * publishes a SMART set. Open/closed, languages, accessibility and the like reuse the shared codes.
 */
export const SMART_TYPES: Record<string, TypeNames> = {
  'SMART-4P': { en: '4-Point Program', es: 'Programa de 4 Puntos' },
  'SMART-TOOLS': {
    en: 'Tools workshop (CBA, ABC, DISARM)',
    es: 'Taller de herramientas (ACB, ABC, DISARM)',
  },
  'SMART-FF': { en: 'Family & Friends', es: 'Familia y Amigos' },
  'SMART-YA': { en: 'Young Adults', es: 'Adultos Jóvenes' },
  'SMART-VET': { en: 'Veterans & First Responders', es: 'Veteranos y Personal de Emergencia' },
  'SMART-MAT': {
    en: 'Welcoming to people on medication (MAT/MOUD)',
    es: 'Acoge a personas en tratamiento con medicamentos (MAT/MOUD)',
  },
};
