import { registerNamespace, translations } from '@kinship/web/i18n';

export const IDENTITY_NS = 'identity';

registerNamespace(
  IDENTITY_NS,
  translations(
    {
      fields: {
        email: { label: 'Email', hint: 'Only you see it. We never show it to other members.' },
        password: { label: 'Password' },
        newPassword: { hint: 'At least {{min}} characters. A few unrelated words are easy to remember.' },
        displayName: {
          label: 'Display name',
          hint: 'How other members see you: first name and last initial, like Ana R.',
        },
        bio: {
          label: 'About you',
          hint: 'What you choose to share with other members. Up to {{max}} characters.',
        },
        locale: { label: 'Language' },
        timeZone: { label: 'Time zone', hint: 'Used to show meeting times. Your device says {{zone}}.' },
        optional: '(optional)',
      },
      invalid: {
        email: 'Enter an email address, like name@example.org.',
        password: 'Use {{min}} to {{max}} characters.',
        passwordRequired: 'Enter your password.',
        displayName: 'Use {{min}} to {{max}} letters, spaces, dots, apostrophes or hyphens, like Ana R.',
        displayNameStaff:
          'This name looks like a moderator, staff or Kinship itself. Please choose your own name, like Ana R.; moderators are marked with a badge instead.',
        displayNameStaffTaken: 'A Kinship moderator uses this name. Please choose a different one.',
        bio: 'Use at most {{max}} characters.',
        locale: 'Choose one of the languages in the list.',
        timeZone: 'Choose a time zone from the list.',
        token:
          'This link is not valid any more: links work once and expire after an hour. Ask for a new one.',
        newEmail: 'Enter the new email address, different from the one you use now.',
      },
      errors: {
        checkFields: 'Please check the fields marked below.',
        network: 'We could not reach Kinship. Check your connection and try again.',
        rateLimited_one: 'Too many attempts. Please wait {{count}} minute and try again.',
        rateLimited_other: 'Too many attempts. Please wait {{count}} minutes and try again.',
        emailTaken: 'An account with this email already exists. Sign in instead, or use another email.',
        wrongCredentials: 'That email and password do not match an account.',
        wrongPassword: 'That password is not right, so your account was not deleted.',
        generic: 'Something went wrong on our side. Please try again.',
      },
      signUp: {
        title: 'Create your account',
        intro: 'An account lets you save your profile. You choose what other members see.',
        submit: 'Create account',
        busy: 'Creating your account…',
        haveAccount: 'Already have an account?',
        signInLink: 'Sign in',
        welcome:
          '{{name}}, welcome to Kinship. Your account is ready. Check your email to confirm your address.',
      },
      signIn: {
        title: 'Sign in',
        submit: 'Sign in',
        busy: 'Signing in…',
        noAccount: 'New here?',
        signUpLink: 'Create an account',
        forgot: 'Forgot your password?',
      },
      reset: {
        title: 'Reset your password',
        intro: 'Enter the email address of your account. We will send you a link to choose a new password.',
        send: 'Send the link',
        sent: 'If an account uses this address, we sent it a link. Check your email; the link works for one hour.',
        newPassword: 'New password',
        save: 'Save the new password',
        done: 'Your password was changed, and you were signed out everywhere.',
        again: 'Ask for a new link',
      },
      verify: {
        title: 'Confirm your email address',
        working: 'Confirming…',
        done: 'Thank you: your email address is confirmed.',
        toProfile: 'Go to your profile',
        failed:
          'This link is not valid any more: links work once and expire. Ask for a new one from your profile.',
        pending:
          'Please confirm your email address with the link we sent you. Until then, you cannot be found as a sponsor.',
        resend: 'Send the link again',
        resent: 'We sent a new link. Check your email.',
      },
      changeEmail: {
        title: 'Change your email address',
        newEmail: 'New email address',
        password: 'Current password',
        wrongPassword: 'Enter your current password.',
        submit: 'Send a confirmation link',
        sent: 'We sent a link to {{email}}. Your address changes when you open it; until then, keep using the current one.',
      },
      profile: {
        title: 'Your profile',
        account: 'Your account',
        emailPrivate: 'Signed in as {{email}}. Only you can see this address.',
        seenAs: 'Other members see you as',
        handleHint:
          'Your code {{handle}} is yours alone and never changes, even if you change your name, so nobody can pass as you. It says nothing about who you are.',
        memberSince: 'Member since {{date}}.',
        edit: 'Profile details',
        save: 'Save profile',
        saving: 'Saving…',
        saved: 'Your profile was saved.',
        signOut: 'Sign out',
        signedOut: 'You signed out. Take care of yourself.',
      },
      data: {
        title: 'Your data',
        intro: 'Download everything Kinship stores about you, as a JSON file.',
        download: 'Download my data',
        downloading: 'Preparing your file…',
        downloaded: 'Your file {{file}} was downloaded.',
      },
      delete: {
        title: 'Delete my account',
        intro:
          'Deleting your account erases your profile and personal data. It cannot be undone, and we cannot bring it back.',
        open: 'Delete my account',
        dialogTitle: 'Delete your account for good?',
        dialogText:
          'This erases your account and personal data. It cannot be undone. Enter your password to confirm.',
        confirm: 'Delete my account for good',
        deleting: 'Deleting…',
        cancel: 'Cancel, keep my account',
        done: 'Your account was deleted. We wish you well.',
      },
    },
    {
      fields: {
        email: {
          label: 'Correo electrónico',
          hint: 'Solo tú lo ves. Nunca lo mostramos a otros miembros.',
        },
        password: { label: 'Contraseña' },
        newPassword: {
          hint: 'Al menos {{min}} caracteres. Unas cuantas palabras sin relación son fáciles de recordar.',
        },
        displayName: {
          label: 'Nombre visible',
          hint: 'Cómo te ven otros miembros: nombre e inicial del apellido, como Ana R.',
        },
        bio: {
          label: 'Sobre ti',
          hint: 'Lo que decidas compartir con otros miembros. Hasta {{max}} caracteres.',
        },
        locale: { label: 'Idioma' },
        timeZone: {
          label: 'Zona horaria',
          hint: 'Se usa para mostrar los horarios de las reuniones. Tu dispositivo indica {{zone}}.',
        },
        optional: '(opcional)',
      },
      invalid: {
        email: 'Escribe un correo electrónico, como nombre@ejemplo.org.',
        password: 'Usa de {{min}} a {{max}} caracteres.',
        passwordRequired: 'Escribe tu contraseña.',
        displayName: 'Usa de {{min}} a {{max}} letras, espacios, puntos, apóstrofos o guiones, como Ana R.',
        displayNameStaff:
          'Este nombre parece de un moderador, del equipo o de Kinship. Elige tu propio nombre, como Ana R.; los moderadores llevan una insignia.',
        displayNameStaffTaken: 'Un moderador de Kinship usa este nombre. Elige otro, por favor.',
        bio: 'Usa como máximo {{max}} caracteres.',
        locale: 'Elige uno de los idiomas de la lista.',
        timeZone: 'Elige una zona horaria de la lista.',
        token:
          'Este enlace ya no es válido: los enlaces sirven una vez y caducan en una hora. Pide uno nuevo.',
        newEmail: 'Escribe la nueva dirección de correo, distinta de la que usas ahora.',
      },
      errors: {
        checkFields: 'Revisa los campos marcados abajo.',
        network: 'No pudimos conectar con Kinship. Revisa tu conexión e inténtalo de nuevo.',
        rateLimited_one: 'Demasiados intentos. Espera {{count}} minuto e inténtalo de nuevo.',
        rateLimited_other: 'Demasiados intentos. Espera {{count}} minutos e inténtalo de nuevo.',
        emailTaken:
          'Ya existe una cuenta con este correo electrónico. Inicia sesión o usa otro correo electrónico.',
        wrongCredentials: 'Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta.',
        wrongPassword: 'Esa contraseña no es correcta, así que tu cuenta no se eliminó.',
        generic: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
      },
      signUp: {
        title: 'Crea tu cuenta',
        intro: 'Con una cuenta puedes guardar tu perfil. Tú decides lo que ven otros miembros.',
        submit: 'Crear cuenta',
        busy: 'Creando tu cuenta…',
        haveAccount: '¿Ya tienes una cuenta?',
        signInLink: 'Inicia sesión',
        welcome:
          '{{name}}, te damos la bienvenida a Kinship. Tu cuenta está lista. Revisa tu correo para confirmar tu dirección.',
      },
      signIn: {
        title: 'Iniciar sesión',
        submit: 'Iniciar sesión',
        busy: 'Iniciando sesión…',
        noAccount: '¿Eres nuevo aquí?',
        signUpLink: 'Crea una cuenta',
        forgot: '¿Olvidaste tu contraseña?',
      },
      reset: {
        title: 'Restablece tu contraseña',
        intro:
          'Escribe la dirección de correo de tu cuenta. Te enviaremos un enlace para elegir una contraseña nueva.',
        send: 'Enviar el enlace',
        sent: 'Si alguna cuenta usa esta dirección, le enviamos un enlace. Revisa tu correo; el enlace sirve durante una hora.',
        newPassword: 'Contraseña nueva',
        save: 'Guardar la contraseña nueva',
        done: 'Tu contraseña cambió y se cerraron todas tus sesiones.',
        again: 'Pedir un enlace nuevo',
      },
      verify: {
        title: 'Confirma tu dirección de correo',
        working: 'Confirmando…',
        done: 'Gracias: tu dirección de correo está confirmada.',
        toProfile: 'Ir a tu perfil',
        failed:
          'Este enlace ya no es válido: los enlaces sirven una vez y caducan. Pide uno nuevo desde tu perfil.',
        pending:
          'Confirma tu dirección de correo con el enlace que te enviamos. Hasta entonces no pueden encontrarte como padrino o madrina.',
        resend: 'Enviar el enlace otra vez',
        resent: 'Te enviamos un enlace nuevo. Revisa tu correo.',
      },
      changeEmail: {
        title: 'Cambia tu dirección de correo',
        newEmail: 'Nueva dirección de correo',
        password: 'Contraseña actual',
        wrongPassword: 'Escribe tu contraseña actual.',
        submit: 'Enviar un enlace de confirmación',
        sent: 'Enviamos un enlace a {{email}}. Tu dirección cambia cuando lo abras; hasta entonces, sigue usando la actual.',
      },
      profile: {
        title: 'Tu perfil',
        account: 'Tu cuenta',
        emailPrivate: 'Sesión iniciada como {{email}}. Solo tú puedes ver esta dirección.',
        seenAs: 'Los demás miembros te ven como',
        handleHint:
          'Tu código {{handle}} es solo tuyo y no cambia aunque cambies tu nombre, para que nadie pueda hacerse pasar por ti. No revela nada sobre quién eres.',
        memberSince: 'Miembro desde el {{date}}.',
        edit: 'Datos del perfil',
        save: 'Guardar perfil',
        saving: 'Guardando…',
        saved: 'Tu perfil se guardó.',
        signOut: 'Cerrar sesión',
        signedOut: 'Cerraste sesión. Cuídate mucho.',
      },
      data: {
        title: 'Tus datos',
        intro: 'Descarga todo lo que Kinship guarda sobre ti, en un archivo JSON.',
        download: 'Descargar mis datos',
        downloading: 'Preparando tu archivo…',
        downloaded: 'Se descargó tu archivo {{file}}.',
      },
      delete: {
        title: 'Eliminar mi cuenta',
        intro:
          'Al eliminar tu cuenta se borran tu perfil y tus datos personales. No se puede deshacer y no podremos recuperarla.',
        open: 'Eliminar mi cuenta',
        dialogTitle: '¿Eliminar tu cuenta para siempre?',
        dialogText:
          'Esto borra tu cuenta y tus datos personales. No se puede deshacer. Escribe tu contraseña para confirmar.',
        confirm: 'Eliminar mi cuenta para siempre',
        deleting: 'Eliminando…',
        cancel: 'Cancelar y conservar mi cuenta',
        done: 'Tu cuenta se eliminó. Te deseamos lo mejor.',
      },
    },
  ),
);
