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
        menu: 'Menu',
        menuWaiting_one: 'Menu, {{count}} waiting for you',
        menuWaiting_other: 'Menu, {{count}} waiting for you',
        footer:
          'Kinship is peer support from people in recovery. It does not replace medical care, treatment or emergency services.',
      },
      session: {
        checking: 'Checking whether you are signed in…',
        ended: 'Your session has ended.',
        signInAgain: 'Sign in again',
      },
      crisis: {
        title: 'You are not alone. Help is here right now.',
        suicide:
          'It sounds like you might be thinking about ending your life. Please reach out now: call or text 988, any time.',
        overdose: 'If someone may be overdosing, act now:',
        suicideSteps: {
          call: 'Call or text 988 now, any time. You can also chat at 988lifeline.org.',
          danger: 'If you are in immediate danger, call {{number}}.',
          stay: 'Stay with someone you trust, or keep talking here while you reach out.',
        },
        relapse:
          'It sounds like using is close right now. That takes courage to say, and you don’t have to face it alone.',
        relapseSteps: {
          reachOut:
            'Thank you for saying it. Reach out now to your sponsor or someone from your plan: this moment can pass.',
          meeting: 'A meeting starting soon, online or nearby, can get you through the next hour.',
          wait: 'Urges rise and fall. Put some time between you and using: 15 minutes, a walk, a glass of water, a call.',
          safer:
            'If you do use: not alone, start with less (tolerance drops fast after a break), naloxone at hand.',
        },
        usingAlone:
          'If you are going to use, please don’t use alone. Someone can be there for you, no judgment.',
        usingAloneSteps: {
          line: 'If you are going to use, don’t use alone: call {{name}} at {{number}}. Someone stays on the line and sends help to where you are if you stop responding.',
          naloxone: 'Keep naloxone (Narcan) where someone can see it, and let someone know where you are.',
          slow: 'Go slow and start with less: tolerance drops fast after a break, and drugs can contain fentanyl.',
          reachOut:
            'If part of you would rather not use, your sponsor or a meeting starting soon is one message away.',
        },
        private: 'Only you can see this. Nothing was shared outside Kinship.',
        more: 'More help lines',
        close: 'Close',
        warmTitle: 'You reached out. That matters.',
        intro: {
          suicide:
            'It sounds like you might be thinking about ending your life. Please reach out now: call or text 988, any time.',
          overdose: 'If someone may be overdosing, act now:',
          relapse:
            'It sounds like tonight is hard and using is on your mind. You do not have to face it alone: talk to someone now.',
          using_alone:
            'If you are going to use, please do not use alone. Someone can stay on the line with you and send help if you need it.',
          warm: 'It sounds like things are hard right now. You do not have to face it alone: reach out to someone now.',
        },
        stepsHeading: 'What you can do now',
        messageSponsor: 'Message my sponsor, {{name}}',
        sponsorDraft: 'I am having a hard time right now. Can we talk?',
        meetings: {
          heading: 'Online meetings starting soon',
          loading: 'Looking for online meetings…',
          unavailable: 'Online meetings could not be loaded right now.',
          none: 'No online meeting starts in the next 30 minutes.',
          inProgress: 'In progress now',
          startsAt_one: 'Starts at {{time}} (in {{count}} minute)',
          startsAt_other: 'Starts at {{time}} (in {{count}} minutes)',
          join: 'Join',
          joinNamed: 'Join {{name}}',
          dial: 'Dial in',
          dialNamed: 'Dial in to {{name}}',
        },
      },
      composer: {
        count: '{{n}} of {{max}} characters',
        over_one: '{{count}} character over the limit of {{max}}',
        over_other: '{{count}} characters over the limit of {{max}}',
      },
      chat: {
        newMessages: 'New messages',
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
        linesHeading: 'Crisis and help lines ({{country}})',
        countryLabel: 'Show lines for',
        countries: {
          US: 'United States',
          CA: 'Canada',
          GB: 'United Kingdom',
          IE: 'Ireland',
          AU: 'Australia',
          ZZ: 'Another country',
        },
        localEmergencyNumber: 'your local emergency number',
        overdoseHeading: 'If someone may be overdosing',
        overdoseSteps: {
          call: 'Call {{number}} now. Say the person is not breathing or will not wake up.',
          naloxone: 'Give naloxone (Narcan) if you have it: one spray in one nostril.',
          position: 'Put them in the rescue position: on their side, top knee bent, head tilted back.',
          stay: 'Stay with them until help arrives. If they do not respond in 2 to 3 minutes, give a second dose.',
        },
        elsewhereHeading: 'In another country',
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
          'crisis-text-line': {
            name: 'Crisis Text Line',
            note: 'Text HOME to 741741 to reach a trained volunteer crisis counselor, 24/7.',
          },
          'never-use-alone': {
            name: 'Never Use Alone',
            note: 'If you are going to use, call: someone stays on the line and sends help to your location if you stop responding.',
          },
          'emergency-ca': {
            name: 'Emergency (overdose or immediate danger)',
            note: 'For an overdose or any immediate danger, call 911.',
          },
          '988-ca': {
            name: '9-8-8 Suicide Crisis Helpline',
            note: 'Call or text 9-8-8, any time, in English or French.',
          },
          nors: {
            name: 'National Overdose Response Service',
            note: 'If you are going to use alone, call: a peer stays on the line and sends help if you stop responding.',
          },
          'emergency-gb': {
            name: 'Emergency (overdose or immediate danger)',
            note: 'For an overdose or any immediate danger, call 999.',
          },
          'emergency-ie': {
            name: 'Emergency (overdose or immediate danger)',
            note: 'For an overdose or any immediate danger, call 112 or 999.',
          },
          'emergency-au': {
            name: 'Emergency (overdose or immediate danger)',
            note: 'For an overdose or any immediate danger, call 000.',
          },
          samaritans: {
            name: 'Samaritans',
            note: 'Free, any time, day or night, from any phone in the UK and Ireland.',
          },
          'lifeline-au': { name: 'Lifeline', note: 'Crisis support and suicide prevention, 24/7.' },
          findahelpline: {
            name: 'Find a Helpline',
            note: 'Free, confidential crisis lines in more than 130 countries, searchable by country and topic.',
          },
        },
      },
    },
    {
      layout: {
        brand: 'Kinship',
        skip: 'Saltar al contenido principal',
        navLabel: 'Principal',
        menu: 'Menú',
        menuWaiting_one: 'Menú, {{count}} pendiente',
        menuWaiting_other: 'Menú, {{count}} pendientes',
        footer:
          'Kinship es apoyo entre personas en recuperación. No reemplaza la atención médica, el tratamiento ni los servicios de emergencia.',
      },
      session: {
        checking: 'Comprobando si has iniciado sesión…',
        ended: 'Tu sesión terminó.',
        signInAgain: 'Volver a iniciar sesión',
      },
      crisis: {
        title: 'No estás solo. Hay ayuda ahora mismo.',
        suicide:
          'Parece que podrías estar pensando en quitarte la vida. Por favor, busca ayuda ahora: llama o escribe al 988, a cualquier hora (marca 2 para español).',
        overdose: 'Si alguien podría estar sufriendo una sobredosis, actúa ya:',
        suicideSteps: {
          call: 'Llama o escribe al 988 ahora, a cualquier hora. También puedes chatear en 988lifeline.org.',
          danger: 'Si estás en peligro inmediato, llama al {{number}}.',
          stay: 'Quédate con alguien de confianza, o sigue hablando aquí mientras pides ayuda.',
        },
        relapse:
          'Parece que las ganas de consumir están muy cerca ahora. Hace falta valor para decirlo, y no tienes que enfrentarlo solo.',
        relapseSteps: {
          reachOut:
            'Gracias por decirlo. Escríbele ahora a tu padrino o madrina, o a alguien de tu plan: este momento puede pasar.',
          meeting:
            'Una reunión que empieza pronto, en línea o cerca, puede ayudarte a pasar la próxima hora.',
          wait: 'Las ganas suben y bajan. Pon tiempo de por medio: 15 minutos, una caminata, un vaso de agua, una llamada.',
          safer:
            'Si consumes: no lo hagas solo, empieza con menos (la tolerancia baja rápido tras una pausa) y ten naloxona a mano.',
        },
        usingAlone: 'Si vas a consumir, por favor no lo hagas solo. Alguien puede acompañarte, sin juzgarte.',
        usingAloneSteps: {
          line: 'Si vas a consumir, no lo hagas solo: llama a {{name}} al {{number}}. Alguien se queda en la línea y envía ayuda adonde estés si dejas de responder.',
          naloxone: 'Ten la naloxona (Narcan) donde alguien pueda verla, y dile a alguien dónde estás.',
          slow: 'Ve despacio y empieza con menos: la tolerancia baja rápido tras una pausa, y las drogas pueden contener fentanilo.',
          reachOut:
            'Si una parte de ti prefiere no consumir, tu padrino o una reunión que empieza pronto están a un mensaje.',
        },
        private: 'Solo tú puedes ver esto. No se compartió nada fuera de Kinship.',
        more: 'Más líneas de ayuda',
        close: 'Cerrar',
        warmTitle: 'Pediste ayuda. Eso importa.',
        intro: {
          suicide:
            'Parece que podrías estar pensando en quitarte la vida. Por favor, busca ayuda ahora: llama o escribe al 988, a cualquier hora (marca 2 para español).',
          overdose: 'Si alguien podría estar sufriendo una sobredosis, actúa ya:',
          relapse:
            'Parece que esta noche es difícil y estás pensando en consumir. No tienes que enfrentarlo solo: habla con alguien ahora.',
          using_alone:
            'Si vas a consumir, por favor no lo hagas solo. Alguien puede quedarse en la línea contigo y enviar ayuda si la necesitas.',
          warm: 'Parece que las cosas están difíciles ahora. No tienes que enfrentarlo solo: habla con alguien ahora.',
        },
        stepsHeading: 'Lo que puedes hacer ahora',
        messageSponsor: 'Escribir a mi padrino o madrina, {{name}}',
        sponsorDraft: 'Lo estoy pasando mal ahora mismo. ¿Podemos hablar?',
        meetings: {
          heading: 'Reuniones en línea que empiezan pronto',
          loading: 'Buscando reuniones en línea…',
          unavailable: 'No se pudieron cargar las reuniones en línea ahora.',
          none: 'Ninguna reunión en línea empieza en los próximos 30 minutos.',
          inProgress: 'En curso ahora',
          startsAt_one: 'Empieza a las {{time}} (en {{count}} minuto)',
          startsAt_other: 'Empieza a las {{time}} (en {{count}} minutos)',
          join: 'Unirme',
          joinNamed: 'Unirme a {{name}}',
          dial: 'Llamar',
          dialNamed: 'Llamar a {{name}}',
        },
      },
      composer: {
        count: '{{n}} de {{max}} caracteres',
        over_one: '{{count}} carácter por encima del límite de {{max}}',
        over_other: '{{count}} caracteres por encima del límite de {{max}}',
      },
      chat: {
        newMessages: 'Mensajes nuevos',
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
        linesHeading: 'Líneas de crisis y de ayuda ({{country}})',
        countryLabel: 'Mostrar líneas de',
        countries: {
          US: 'Estados Unidos',
          CA: 'Canadá',
          GB: 'Reino Unido',
          IE: 'Irlanda',
          AU: 'Australia',
          ZZ: 'Otro país',
        },
        localEmergencyNumber: 'tu número local de emergencias',
        overdoseHeading: 'Si alguien podría estar sufriendo una sobredosis',
        overdoseSteps: {
          call: 'Llama al {{number}} ahora. Di que la persona no respira o no despierta.',
          naloxone: 'Dale naloxona (Narcan) si la tienes: una aplicación en una fosa nasal.',
          position:
            'Ponla en la posición de recuperación: de lado, con la rodilla de arriba doblada y la cabeza inclinada hacia atrás.',
          stay: 'Quédate con ella hasta que llegue la ayuda. Si no responde en 2 o 3 minutos, dale una segunda dosis.',
        },
        elsewhereHeading: 'En otro país',
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
          'crisis-text-line': {
            name: 'Crisis Text Line',
            note: 'Envía la palabra HOME al 741741 para hablar por mensajes con una persona voluntaria capacitada, a cualquier hora.',
          },
          'never-use-alone': {
            name: 'Never Use Alone (no consumas a solas)',
            note: 'Si vas a consumir, llama: alguien se queda al teléfono y envía ayuda a tu ubicación si dejas de responder.',
          },
          'emergency-ca': {
            name: 'Emergencias (sobredosis o peligro inmediato)',
            note: 'Ante una sobredosis o cualquier peligro inmediato, llama al 911.',
          },
          '988-ca': {
            name: 'Línea de crisis 9-8-8',
            note: 'Llama o envía un mensaje al 9-8-8, a cualquier hora, en inglés o francés.',
          },
          nors: {
            name: 'Servicio Nacional de Respuesta a Sobredosis',
            note: 'Si vas a consumir a solas, llama: una persona se queda en la línea y envía ayuda si dejas de responder.',
          },
          'emergency-gb': {
            name: 'Emergencias (sobredosis o peligro inmediato)',
            note: 'Ante una sobredosis o cualquier peligro inmediato, llama al 999.',
          },
          'emergency-ie': {
            name: 'Emergencias (sobredosis o peligro inmediato)',
            note: 'Ante una sobredosis o cualquier peligro inmediato, llama al 112 o al 999.',
          },
          'emergency-au': {
            name: 'Emergencias (sobredosis o peligro inmediato)',
            note: 'Ante una sobredosis o cualquier peligro inmediato, llama al 000.',
          },
          samaritans: {
            name: 'Samaritans',
            note: 'Gratuita, a cualquier hora, de día o de noche, desde cualquier teléfono del Reino Unido e Irlanda.',
          },
          'lifeline-au': {
            name: 'Lifeline',
            note: 'Apoyo en crisis y prevención del suicidio, las 24 horas.',
          },
          findahelpline: {
            name: 'Find a Helpline',
            note: 'Líneas de crisis gratuitas y confidenciales en más de 130 países, por país y por tema.',
          },
        },
      },
    },
  ),
);
