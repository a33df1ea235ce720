import { registerNamespace, translations } from '@kinship/web/i18n';

export const APP_NS = 'app';

registerNamespace(
  APP_NS,
  translations(
    {
      nav: {
        home: 'Home',
        signIn: 'Sign in',
        signUp: 'Create account',
        profile: 'Your profile',
        signOut: 'Sign out',
        meetings: 'Meetings',
        myMeetings: 'My meetings',
        manageMeetings: 'Manage meetings',
        sponsorship: 'Sponsorship',
        sponsorshipUnread_one: 'Sponsorship, {{count}} unread',
        sponsorshipUnread_other: 'Sponsorship, {{count}} unread',
        chat: 'Group chat',
        moderation: 'Moderation',
        toolkit: 'Recovery toolkit',
        resources: 'Resources',
      },
      loading: 'Loading…',
      signedOut: 'You signed out. Take care of yourself.',
      chunkError: 'This page could not load. Check your connection, then reload the page.',
      reload: 'Reload',
      home: {
        title: 'Welcome to Kinship',
        lead: 'Recovery is easier together. Kinship is a free, open-source place for people recovering from addiction to find support from others who have been there.',
        featuresTitle: 'What you can do here',
        features: {
          meetings: {
            title: 'Find a meeting',
            text: 'Near you or online, happening now or later this week. No account needed.',
          },
          sponsor: {
            title: 'Find a sponsor or mentor',
            text: 'See who could be a good fit and why, ask, and talk privately once they say yes.',
          },
          chat: {
            title: 'Talk with others',
            text: 'Moderated group rooms, like "First 30 days" and "Family and friends".',
          },
          toolkit: {
            title: 'Your recovery toolkit',
            text: 'Your clean time and milestones, a relapse-prevention plan, SMART worksheets and a daily check-in. Private to you.',
          },
        },
        programsTitle: 'The programs we link to',
        naTitle: 'Narcotics Anonymous (NA)',
        naText:
          'A twelve-step fellowship of people helping each other stay clean. Meetings are free and held around the world, in person and online. Newcomers are always welcome.',
        naSearch: 'Find an NA meeting',
        naSite: 'Visit na.org',
        smartTitle: 'SMART Recovery',
        smartText:
          'Free mutual-help meetings led by trained volunteer facilitators, built on practical tools for motivation, urges, thoughts and feelings, and a balanced life. People on medication-assisted treatment are welcome.',
        smartSite: 'Visit smartrecovery.org',
        externalNote: 'These links open the programs’ own websites. Kinship is not part of either program.',
        crisisTitle: 'Need help right now?',
        crisisText: 'Crisis lines and what to do during an overdose are one tap away, on every page.',
        crisisLink: 'See crisis lines and overdose steps',
        joinTitle: 'Join Kinship',
        joinText: 'Members choose a display name, like Ana R. Your email stays private.',
        welcomeBack: 'Welcome back, {{name}}',
        toProfile: 'Go to your profile',
      },
      notFound: {
        title: 'We could not find that page',
        text: 'The address may be mistyped, or the page may have moved.',
        home: 'Go to the home page',
      },
    },
    {
      nav: {
        home: 'Inicio',
        signIn: 'Iniciar sesión',
        signUp: 'Crear cuenta',
        profile: 'Tu perfil',
        signOut: 'Cerrar sesión',
        meetings: 'Reuniones',
        myMeetings: 'Mis reuniones',
        manageMeetings: 'Gestionar reuniones',
        sponsorship: 'Padrinazgo',
        sponsorshipUnread_one: 'Padrinazgo, {{count}} sin leer',
        sponsorshipUnread_other: 'Padrinazgo, {{count}} sin leer',
        chat: 'Chat de grupo',
        moderation: 'Moderación',
        toolkit: 'Herramientas',
        resources: 'Recursos',
      },
      loading: 'Cargando…',
      signedOut: 'Cerraste sesión. Cuídate mucho.',
      chunkError: 'No se pudo cargar esta página. Revisa tu conexión y vuelve a cargarla.',
      reload: 'Volver a cargar',
      home: {
        title: 'Te damos la bienvenida a Kinship',
        lead: 'La recuperación es más fácil acompañados. Kinship es un espacio gratuito y de código abierto donde las personas que se recuperan de una adicción encuentran el apoyo de otras que han pasado por lo mismo.',
        featuresTitle: 'Lo que puedes hacer aquí',
        features: {
          meetings: {
            title: 'Encontrar una reunión',
            text: 'Cerca de ti o en línea, ahora mismo o esta semana. No necesitas una cuenta.',
          },
          sponsor: {
            title: 'Encontrar un padrino, madrina o mentor',
            text: 'Mira quién podría encajar contigo y por qué, pídeselo y hablen en privado cuando acepte.',
          },
          chat: {
            title: 'Hablar con otras personas',
            text: 'Salas de grupo moderadas, como «Primeros 30 días» y «Familia y amigos».',
          },
          toolkit: {
            title: 'Tus herramientas de recuperación',
            text: 'Tu tiempo limpio y tus logros, un plan de prevención de recaídas, hojas de trabajo SMART y un registro diario. Solo para ti.',
          },
        },
        programsTitle: 'Los programas a los que enlazamos',
        naTitle: 'Narcóticos Anónimos (NA)',
        naText:
          'Una confraternidad de doce pasos de personas que se ayudan a mantenerse limpias. Las reuniones son gratuitas y se celebran en todo el mundo, en persona y en línea. Los recién llegados siempre son bienvenidos.',
        naSearch: 'Buscar una reunión de NA',
        naSite: 'Visitar na.org',
        smartTitle: 'SMART Recovery',
        smartText:
          'Reuniones gratuitas de ayuda mutua dirigidas por facilitadores voluntarios capacitados, con herramientas prácticas para la motivación, los impulsos, los pensamientos y las emociones, y una vida equilibrada. Las personas en tratamiento asistido con medicamentos son bienvenidas.',
        smartSite: 'Visitar smartrecovery.org',
        externalNote:
          'Estos enlaces abren los sitios web de cada programa. Kinship no forma parte de ninguno de ellos.',
        crisisTitle: '¿Necesitas ayuda ahora mismo?',
        crisisText:
          'Las líneas de crisis y qué hacer ante una sobredosis están a un toque, en todas las páginas.',
        crisisLink: 'Ver líneas de crisis y pasos ante una sobredosis',
        joinTitle: 'Únete a Kinship',
        joinText: 'Cada miembro elige un nombre visible, como Ana R. Tu correo electrónico es privado.',
        welcomeBack: 'Hola de nuevo, {{name}}',
        toProfile: 'Ir a tu perfil',
      },
      notFound: {
        title: 'No encontramos esa página',
        text: 'Puede que la dirección tenga un error o que la página se haya movido.',
        home: 'Ir a la página de inicio',
      },
    },
  ),
);
