import { registerNamespace, translations } from '@kinship/web/i18n';

export const NOTIFICATIONS_NS = 'notifications';

registerNamespace(
  NOTIFICATIONS_NS,
  translations(
    {
      title: 'Notifications',
      intro:
        'Kinship can tell this device when something happens while the app is closed. A notification only says "New activity" or "Reminder": never who wrote or what, because a lock screen is public. Open the app to see the details.',
      device: {
        on: 'Notifications are on for this device.',
        off: 'Notifications are off for this device.',
        enable: 'Turn on for this device',
        disable: 'Turn off for this device',
        working: 'One moment…',
        unsupported:
          'This browser cannot show notifications. Installing Kinship on your home screen may help.',
        denied:
          'Notifications are blocked for Kinship in this browser. You can allow them in the browser’s site settings.',
        failed: 'We could not turn notifications on. Please try again.',
      },
      kinds: {
        legend: 'Tell me about',
        hint: 'These choices apply to every device you turned on. All start off.',
        PRIVATE_MESSAGE: 'A new private message',
        SPONSORSHIP_REQUEST: 'Someone asking me to be their sponsor or mentor',
        SPONSORSHIP_ANSWER: 'An answer to my request',
        MODERATOR_CHECK_IN: 'A moderator checking in on me',
        MEETING_REMINDER: 'Reminders for my saved meetings',
      },
    },
    {
      title: 'Notificaciones',
      intro:
        'Kinship puede avisar a este dispositivo cuando pasa algo con la app cerrada. El aviso solo dice «Nueva actividad» o «Recordatorio»: nunca quién escribió ni qué, porque la pantalla de bloqueo la ve cualquiera. Abre la app para ver los detalles.',
      device: {
        on: 'Las notificaciones están activadas en este dispositivo.',
        off: 'Las notificaciones están desactivadas en este dispositivo.',
        enable: 'Activar en este dispositivo',
        disable: 'Desactivar en este dispositivo',
        working: 'Un momento…',
        unsupported:
          'Este navegador no puede mostrar notificaciones. Instalar Kinship en tu pantalla de inicio puede ayudar.',
        denied:
          'Las notificaciones de Kinship están bloqueadas en este navegador. Puedes permitirlas en la configuración del sitio.',
        failed: 'No pudimos activar las notificaciones. Inténtalo de nuevo.',
      },
      kinds: {
        legend: 'Avisarme de',
        hint: 'Estas opciones valen para todos los dispositivos que activaste. Todas empiezan desactivadas.',
        PRIVATE_MESSAGE: 'Un mensaje privado nuevo',
        SPONSORSHIP_REQUEST: 'Alguien que me pide ser su padrino, madrina o mentor',
        SPONSORSHIP_ANSWER: 'Una respuesta a mi solicitud',
        MODERATOR_CHECK_IN: 'Un moderador que me contacta',
        MEETING_REMINDER: 'Recordatorios de mis reuniones guardadas',
      },
    },
  ),
);
