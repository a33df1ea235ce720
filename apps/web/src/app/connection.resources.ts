import { registerNamespace, translations } from '@kinship/web/i18n';

export const CONNECTION_NS = 'connection';

registerNamespace(
  CONNECTION_NS,
  translations(
    {
      offline:
        'You are offline. You can still see Help now, your saved meetings and your plan as they were last loaded on this device. Nothing you do is sent or saved until you are back online.',
      online: 'You are back online. The page was refreshed.',
    },
    {
      offline:
        'Sin conexión. Puedes ver Ayuda ahora, tus reuniones guardadas y tu plan tal como se cargaron por última vez en este dispositivo. Nada de lo que hagas se envía ni se guarda hasta que vuelvas a tener conexión.',
      online: 'Vuelves a tener conexión. La página se actualizó.',
    },
  ),
);
