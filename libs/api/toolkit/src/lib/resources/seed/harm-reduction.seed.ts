import { ResourceKind as K, ResourceProgram as P } from '../../shared/toolkit.enums';
import { OVERDOSE_STEPS, OVERDOSE_STEPS_ES } from '@kinship/shared/contracts';
import { paragraphs, type ResourceSeed } from './resource-seed';

const CDC_RESPONSE = 'https://www.cdc.gov/stop-overdose/response/index.html';
const CDC_NALOXONE = 'https://www.cdc.gov/stop-overdose/caring/naloxone.html';
const CDC_FENTANYL = 'https://www.cdc.gov/stop-overdose/caring/fentanyl-facts.html';
const SAMHSA_MOUD = 'https://www.samhsa.gov/medications-substance-use-disorders';

/**
 * Overdose response, naloxone, test strips and medication for opioid use disorder, without judgment. The
 * overdose steps are the ones crisis help shows (@kinship/shared/contracts crisis-steps.ts).
 */
export const HARM_REDUCTION_SEED: ResourceSeed[] = [
  {
    key: 'overdose-response.en',
    title: 'Opioid overdose: how to recognise it and what to do',
    summary:
      'Someone who will not wake up, is breathing very slowly or not at all, or has blue or grey lips may be overdosing. Act at once: you can save their life.',
    body: paragraphs(
      'Signs: they do not respond to their name or a firm rub on the breastbone; breathing is slow, shallow, gurgling or has stopped; lips and fingertips turn blue or grey; pupils are tiny; the body is limp.',
      'After a break from using, tolerance drops quickly. An amount that used to be usual can be deadly, so a return to use is when overdose risk is highest.',
    ),
    steps: [...OVERDOSE_STEPS],
    programs: [P.HARM_REDUCTION],
    kind: K.HOW_TO,
    language: 'en',
    sourceUrl: CDC_RESPONSE,
  },
  {
    key: 'overdose-response.es',
    title: 'Sobredosis de opioides: cómo reconocerla y qué hacer',
    summary:
      'Una persona que no despierta, respira muy despacio o no respira, o tiene los labios azules o grises puede estar sufriendo una sobredosis. Actúa de inmediato: puedes salvarle la vida.',
    body: paragraphs(
      'Señales: no responde a su nombre ni a un frote firme en el esternón; respira lento, superficial, con ronquidos o ha dejado de respirar; labios y uñas azules o grises; pupilas muy pequeñas; cuerpo sin fuerza.',
      'Después de un tiempo sin consumir, la tolerancia baja rápido. Una cantidad que antes era habitual puede ser mortal; volver a consumir es el momento de mayor riesgo.',
    ),
    steps: [...OVERDOSE_STEPS_ES],
    programs: [P.HARM_REDUCTION],
    kind: K.HOW_TO,
    language: 'es',
    sourceUrl: CDC_RESPONSE,
  },
  {
    key: 'naloxone.en',
    title: 'Naloxone (Narcan): where to get it',
    summary:
      'Naloxone reverses an opioid overdose and is safe to give even if you are not sure it is an overdose. Carry it, and tell the people around you where it is.',
    body: paragraphs(
      'In the US, naloxone nasal spray is sold over the counter: you can buy it at most pharmacies without a prescription. Many health departments, harm reduction programs and treatment centres give it out free, and some programs mail it.',
      'Keep it at room temperature, check the expiry date, and keep it where a friend could find it if you could not reach it yourself.',
    ),
    programs: [P.HARM_REDUCTION],
    kind: K.HOW_TO,
    language: 'en',
    country: 'US',
    sourceUrl: CDC_NALOXONE,
  },
  {
    key: 'naloxone.es',
    title: 'Naloxona (Narcan): dónde conseguirla',
    summary:
      'La naloxona revierte una sobredosis de opioides y es segura aunque no estés seguro de que sea una sobredosis. Llévala contigo y di a quienes te rodean dónde está.',
    body: paragraphs(
      'En EE. UU., la naloxona en aerosol nasal se vende sin receta en la mayoría de las farmacias. Muchos departamentos de salud, programas de reducción de daños y centros de tratamiento la entregan gratis, y algunos programas la envían por correo.',
      'Guárdala a temperatura ambiente, revisa la fecha de vencimiento y tenla donde alguien pueda encontrarla si tú no pudieras.',
    ),
    programs: [P.HARM_REDUCTION],
    kind: K.HOW_TO,
    language: 'es',
    country: 'US',
    sourceUrl: CDC_NALOXONE,
  },
  {
    key: 'fentanyl-test-strips.en',
    title: 'Fentanyl test strips',
    summary:
      'Cheap paper strips that show whether a drug contains fentanyl. A positive result is a reason to not use, or to use far less, never alone, with naloxone at hand.',
    body: paragraphs(
      'Mix a little of the drug (or the residue in the bag) with water, dip the strip, and read it after the time on the package.',
      'A negative result does not mean the drug is safe: fentanyl is spread unevenly, and strips do not detect every related drug, such as many nitazenes or xylazine.',
      'Many harm reduction programs and health departments give strips out free; their legal status depends on the state.',
    ),
    programs: [P.HARM_REDUCTION],
    kind: K.HOW_TO,
    language: 'en',
    sourceUrl: CDC_FENTANYL,
  },
  {
    key: 'moud.en',
    title: 'Medication for opioid use disorder (MAT), explained',
    summary:
      'Methadone, buprenorphine and naltrexone treat opioid use disorder. Taken as prescribed, they reduce cravings and withdrawal and lower the risk of dying from an overdose. Using medication is recovery, not a shortcut.',
    body: paragraphs(
      'Methadone is taken daily and dispensed by licensed opioid treatment programs. It eases withdrawal and cravings and blunts the effect of other opioids.',
      'Buprenorphine (often with naloxone, as Suboxone) is prescribed by a clinician, taken as a film or tablet under the tongue or as a monthly injection. Its effect levels off at higher doses, which lowers overdose risk.',
      'Naltrexone blocks opioids entirely and is not an opioid. It is given as a monthly injection and can only be started after about 7 to 10 days without opioids.',
      'Do not stop a medication suddenly: talk with your prescriber about any change. Counselling and peer support work alongside medication. SMART Recovery welcomes members on medication; NA leaves it to each group, and many members on medication find meetings where they feel at home. In Kinship you can look for a sponsor who is comfortable with medication.',
    ),
    programs: [P.GENERAL, P.HARM_REDUCTION],
    kind: K.LITERATURE,
    language: 'en',
    sourceUrl: SAMHSA_MOUD,
    url: 'https://findtreatment.gov/',
  },
  {
    key: 'moud.es',
    title: 'Medicamentos para el trastorno por consumo de opioides (MAT)',
    summary:
      'La metadona, la buprenorfina y la naltrexona tratan el trastorno por consumo de opioides. Tomadas según la receta, reducen el deseo de consumir y la abstinencia, y bajan el riesgo de morir por sobredosis. Usar medicación es recuperación, no un atajo.',
    body: paragraphs(
      'La metadona se toma a diario y la entregan programas de tratamiento de opioides con licencia. Alivia la abstinencia y el deseo de consumir y atenúa el efecto de otros opioides.',
      'La buprenorfina (a menudo con naloxona, como Suboxone) la receta un profesional de salud; se toma en película o tableta bajo la lengua o como inyección mensual. Su efecto se estabiliza en dosis altas, lo que reduce el riesgo de sobredosis.',
      'La naltrexona bloquea por completo los opioides y no es un opioide. Se aplica como inyección mensual y solo puede empezarse tras unos 7 a 10 días sin opioides.',
      'No dejes un medicamento de golpe: habla con quien te lo receta antes de cualquier cambio. La consejería y el apoyo entre pares funcionan junto con la medicación. SMART Recovery da la bienvenida a personas con medicación; en NA cada grupo decide, y muchas personas con medicación encuentran reuniones donde se sienten en casa.',
    ),
    programs: [P.GENERAL, P.HARM_REDUCTION],
    kind: K.LITERATURE,
    language: 'es',
    sourceUrl: SAMHSA_MOUD,
    url: 'https://findtreatment.gov/',
  },
];
