import { pair } from './pair';

export const home = pair(
  {
    title: 'Recovery toolkit',
    lead: 'The tools recovery programs teach, in one private place. Use what helps; skip what does not.',
    private: 'Everything here is private to you unless you choose to share a worksheet with your sponsor.',
    tools: {
      recovery: {
        title: 'My recovery',
        text: 'Your clean date, the days you have, and your next milestone.',
      },
      plan: {
        title: 'Relapse-prevention plan',
        text: 'Warning signs, triggers, what helps, your reasons, and the people to call.',
      },
      worksheets: {
        title: 'SMART worksheets',
        text: 'Cost-Benefit Analysis, ABC and Change Plan, to fill in and keep.',
      },
      checkIn: { title: 'Daily check-in', text: 'Mood and cravings in a few seconds, with a private chart.' },
      resources: {
        title: 'Resources',
        text: 'NA, AA and SMART Recovery literature and tools, help lines, harm reduction and medication.',
      },
      help: {
        title: 'Get help now',
        text: 'Crisis lines for your country, your people, and meetings starting soon.',
      },
    },
  },
  {
    title: 'Herramientas de recuperación',
    lead: 'Las herramientas que enseñan los programas de recuperación, en un lugar privado. Usa lo que te sirva; deja lo que no.',
    private:
      'Todo aquí es privado, salvo que decidas compartir una hoja de trabajo con tu padrino o madrina.',
    tools: {
      recovery: { title: 'Mi recuperación', text: 'Tu fecha de limpieza, tus días y tu próximo hito.' },
      plan: {
        title: 'Plan de prevención de recaídas',
        text: 'Señales de alerta, detonantes, lo que ayuda, tus razones y las personas a quien llamar.',
      },
      worksheets: {
        title: 'Hojas de trabajo SMART',
        text: 'Análisis de costos y beneficios, ABC y Plan de cambio, para completar y guardar.',
      },
      checkIn: {
        title: 'Registro diario',
        text: 'Ánimo y antojos en pocos segundos, con un gráfico privado.',
      },
      resources: {
        title: 'Recursos',
        text: 'Literatura y herramientas de NA, AA y SMART Recovery, líneas de ayuda, reducción de daños y medicación.',
      },
      help: {
        title: 'Ayuda inmediata',
        text: 'Líneas de crisis de tu país, tu gente y reuniones que empiezan pronto.',
      },
    },
  },
);
