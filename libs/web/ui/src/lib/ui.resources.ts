import { registerNamespace, translations } from '@kinship/web/i18n';

export const UI_NS = 'ui';

registerNamespace(
  UI_NS,
  translations(
    {
      layout: {
        brand: 'Kinship',
        skip: 'Skip to main content',
        navLabel: 'Main',
        footer:
          'Kinship is peer support from people in recovery. It does not replace medical care, treatment or emergency services.',
      },
      help: {
        link: 'Get help now',
        title: 'Get help now',
        intro:
          'If you or someone near you is in danger, reach out now. These lines are free, confidential and open day and night.',
        call: 'Call {{number}}',
        text: 'Text {{number}}',
        tty: 'TTY {{number}}',
        website: 'Website of {{name}}',
        linesHeading: 'Crisis and help lines (United States)',
        overdoseHeading: 'If someone may be overdosing',
        overdoseSteps: {
          call: 'Call 911 now. Say the person is not breathing or will not wake up.',
          naloxone: 'Give naloxone (Narcan) if you have it: one spray in one nostril.',
          position: 'Put them in the rescue position: on their side, top knee bent, head tilted back.',
          stay: 'Stay with them until help arrives. If they do not respond in 2 to 3 minutes, give a second dose.',
        },
        elsewhereHeading: 'Outside the United States',
        elsewhere: 'Find a free, confidential line in your country at',
        lines: {
          emergency: {
            name: 'Emergency (overdose or immediate danger)',
            note: 'For an overdose or any immediate danger, call 911.',
          },
          '988': {
            name: '988 Suicide & Crisis Lifeline',
            note: 'Call, text or chat. Press 1 for veterans, 2 for Spanish.',
          },
          samhsa: {
            name: 'SAMHSA National Helpline',
            note: 'Free, confidential, 24/7, in English and Spanish: treatment referral and information.',
          },
        },
      },
    },
    {
      layout: {
        brand: 'Kinship',
        skip: 'Saltar al contenido principal',
        navLabel: 'Principal',
        footer:
          'Kinship es apoyo entre personas en recuperación. No reemplaza la atención médica, el tratamiento ni los servicios de emergencia.',
      },
      help: {
        link: 'Ayuda inmediata',
        title: 'Ayuda inmediata',
        intro:
          'Si tú o alguien cerca de ti está en peligro, pide ayuda ahora. Estas líneas son gratuitas, confidenciales y atienden de día y de noche.',
        call: 'Llamar al {{number}}',
        text: 'Enviar un mensaje de texto al {{number}}',
        tty: 'TTY {{number}}',
        website: 'Sitio web de {{name}}',
        linesHeading: 'Líneas de crisis y de ayuda (Estados Unidos)',
        overdoseHeading: 'Si alguien podría estar sufriendo una sobredosis',
        overdoseSteps: {
          call: 'Llama al 911 ahora. Di que la persona no respira o no despierta.',
          naloxone: 'Dale naloxona (Narcan) si la tienes: una aplicación en una fosa nasal.',
          position:
            'Ponla en la posición de recuperación: de lado, con la rodilla de arriba doblada y la cabeza inclinada hacia atrás.',
          stay: 'Quédate con ella hasta que llegue la ayuda. Si no responde en 2 o 3 minutos, dale una segunda dosis.',
        },
        elsewhereHeading: 'Fuera de los Estados Unidos',
        elsewhere: 'Encuentra una línea gratuita y confidencial en tu país en',
        lines: {
          emergency: {
            name: 'Emergencias (sobredosis o peligro inmediato)',
            note: 'Ante una sobredosis o cualquier peligro inmediato, llama al 911.',
          },
          '988': {
            name: '988 Línea de Prevención del Suicidio y Crisis',
            note: 'Llama, envía un mensaje de texto o chatea. Marca 1 para veteranos y 2 para español.',
          },
          samhsa: {
            name: 'Línea Nacional de Ayuda de SAMHSA',
            note: 'Gratuita, confidencial, las 24 horas, en inglés y en español: información y derivación a tratamiento.',
          },
        },
      },
    },
  ),
);
