import { pair } from './pair';

export const common = pair(
  {
    session: {
      signInTitle: 'Sign in to use your recovery toolkit',
      signInText: 'Your clean date, plan, worksheets and check-ins are private: only you can see them.',
      signIn: 'Sign in',
      signUp: 'Create an account',
    },
    errors: {
      network: 'Kinship could not be reached. Nothing was lost here: check your connection and try again.',
      input: 'Something needs another look. Check the highlighted entries.',
      notFound: 'We could not find that. It may have been deleted.',
      generic: 'Something went wrong on our side. Please try again.',
      load: 'This could not be loaded. Check your connection and reload the page.',
    },
    list: {
      add: 'Add another',
      addLabel: 'Add another: {{item}}',
      remove: 'Remove {{item}}',
      empty: 'Nothing here yet.',
      item: '{{label}} {{number}}',
    },
    saving: 'Saving…',
    saved: 'Saved.',
    save: 'Save',
    cancel: 'Cancel',
    optional: '(optional)',
    back: 'Back to the toolkit',
  },
  {
    session: {
      signInTitle: 'Inicia sesión para usar tus herramientas de recuperación',
      signInText:
        'Tu fecha de limpieza, tu plan, tus hojas de trabajo y tus registros diarios son privados: solo tú los ves.',
      signIn: 'Iniciar sesión',
      signUp: 'Crear una cuenta',
    },
    errors: {
      network: 'No se pudo conectar con Kinship. No se perdió nada: revisa tu conexión e inténtalo de nuevo.',
      input: 'Hay algo que revisar. Mira las entradas marcadas.',
      notFound: 'No encontramos eso. Puede que se haya borrado.',
      generic: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
      load: 'No se pudo cargar. Revisa tu conexión y vuelve a cargar la página.',
    },
    list: {
      add: 'Añadir otro',
      addLabel: 'Añadir otro: {{item}}',
      remove: 'Quitar {{item}}',
      empty: 'Todavía no hay nada.',
      item: '{{label}} {{number}}',
    },
    saving: 'Guardando…',
    saved: 'Guardado.',
    save: 'Guardar',
    cancel: 'Cancelar',
    optional: '(opcional)',
    back: 'Volver a las herramientas',
  },
);
