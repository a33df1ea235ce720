// Worker for crisis-detector.bench.mjs (run through tools/run-ts.mjs): times detectCrisis on short and
// 20-word chat messages, and with `--snapshot FILE` writes its full output for the labeled corpus, varied
// forms of it and generated ordinary chat, so a faster detector can be proven to answer the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis } from '../../libs/api/safety/src/lib/crisis-detector';

const lib = join(__dirname, '../../libs/api/safety/src/lib');
const corpus = JSON.parse(readFileSync(join(lib, '__fixtures__/crisis-corpus.json'), 'utf8')) as Record<
  string,
  unknown
>;

let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

const EN = [
  'hey everyone',
  'good morning',
  'thanks for the meeting last night',
  'i went to the store',
  'my sponsor called me',
  'we had pizza',
  'the weather is nice today',
  'i am grateful for this group',
  'see you at the meeting tomorrow',
  'does anyone know a meeting near downtown',
  'my daughter started school',
  'work was long but ok',
  'i made coffee',
  'just checking in',
  'ninety days today',
  'the speaker was great',
  'i feel better than yesterday',
  'what time is the zoom',
  'i want to go for a walk',
  'my dog is sleeping',
  'i am going to read the big book',
  'we talked about step four',
  'i love this community',
  'had a rough day but im ok',
  'my mom is visiting',
  'traffic was terrible',
  'i need to call my sponsor',
  'so tired after work',
  'i will bring cookies',
  'the bus was late again',
  'i cant wait for the weekend',
  'my car broke down',
  'happy birthday john',
  'i am cooking dinner',
  'gonna watch a movie tonight',
  'want to grab lunch',
  'i used to drink every day',
  'my friend is coming over',
  'i almost forgot my keys',
  'im so happy for you',
  'killing it at work today',
  'that joke killed me',
  'i could die laughing',
  'i will die if i miss the show',
  'rn im at the gym',
];
const ES = [
  'hola a todos',
  'buenos dias',
  'gracias por la reunion de anoche',
  'fui a la tienda',
  'mi padrino me llamo',
  'comimos pizza',
  'hace buen tiempo hoy',
  'estoy agradecido por este grupo',
  'nos vemos manana en la reunion',
  'alguien sabe de una reunion en el centro',
  'mi hija empezo la escuela',
  'el trabajo fue largo pero bien',
  'hice cafe',
  'solo paso a saludar',
  'noventa dias hoy',
  'el orador fue genial',
  'me siento mejor que ayer',
  'a que hora es el zoom',
  'quiero salir a caminar',
  'mi perro esta durmiendo',
  'voy a leer el libro grande',
  'hablamos del paso cuatro',
  'amo esta comunidad',
  'tuve un dia dificil pero estoy bien',
  'mi mama esta de visita',
  'el trafico estaba horrible',
  'necesito llamar a mi padrino',
  'muy cansado despues del trabajo',
  'voy a llevar galletas',
  'el autobus llego tarde otra vez',
  'no puedo esperar al fin de semana',
  'se me murio de risa el telefono',
  'me muero de ganas de verte',
  'estoy solo en casa viendo una peli',
];
const PUNCT = ['', '.', '!', '?', '...', ',', ' :)', '!!', '…'];

function ordinary(): string {
  const lang = rand() < 0.5 ? EN : ES;
  const n = 1 + Math.floor(rand() * 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) parts.push(pick(lang) + pick(PUNCT));
  let text = parts.join(' ');
  if (rand() < 0.3) text = text[0].toUpperCase() + text.slice(1);
  if (rand() < 0.1) text = text.toUpperCase();
  return text;
}

function corpusPhrases(): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(corpus)) {
    if (key === 'about' || typeof value !== 'object' || value === null) continue;
    for (const list of Object.values(value as Record<string, unknown>))
      if (Array.isArray(list)) out.push(...list.filter((p): p is string => typeof p === 'string'));
  }
  return out;
}

function snapshotInputs(): string[] {
  const phrases = corpusPhrases();
  const inputs = [...phrases];
  // Each phrase as members also write it: capitalized with punctuation, inside ordinary chat, retracted.
  for (const p of phrases) {
    inputs.push(`${p[0].toUpperCase()}${p.slice(1)}!!`);
    inputs.push(`${ordinary()}. ${p}`);
    inputs.push(`${p}, ${ordinary()}`);
    inputs.push(`${p} but i went to a meeting instead`);
    inputs.push(`${p} pero fui a una reunion`);
    inputs.push(`if ${p}`);
    inputs.push(`my friend said ${p}`);
    inputs.push(`${pick(phrases)} ${p}`);
  }
  for (let i = 0; i < 1500; i += 1) inputs.push(ordinary());
  return inputs;
}

function time(label: string, messages: string[], ms: number): void {
  for (let i = 0; i < 200; i += 1) detectCrisis(messages[i % messages.length]);
  let n = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms * 1e6) {
    for (const m of messages) detectCrisis(m);
    n += messages.length;
    elapsed = Number(process.hrtime.bigint() - t0);
  }
  const us = elapsed / 1e3 / n;
  process.stdout.write(
    `${label.padEnd(28)} ${(1e6 / us).toFixed(0).padStart(7)} msg/s  ${us.toFixed(1).padStart(7)} µs/msg\n`,
  );
}

const args = process.argv.slice(2);
const snap = args.indexOf('--snapshot');
if (snap >= 0) {
  const inputs = snapshotInputs();
  const lines = inputs.map((text) => JSON.stringify({ text, out: detectCrisis(text) }));
  writeFileSync(args[snap + 1], `${lines.join('\n')}\n`);
  process.stdout.write(`snapshot: ${inputs.length} messages → ${args[snap + 1]}\n`);
} else {
  seed = 777;
  const short: string[] = [];
  const long: string[] = [];
  const all = [...EN, ...ES];
  for (let i = 0; i < 200; i += 1) {
    short.push(pick(all));
    const words: string[] = [];
    while (words.length < 20) words.push(...pick(all).split(' '));
    long.push(words.slice(0, 20).join(' '));
  }
  const crisis = corpusPhrases();
  const ms = Number(process.env.BENCH_MS ?? 3000);
  time('short ordinary (3-7 words)', short, ms);
  time('20-word ordinary', long, ms);
  time('crisis corpus phrases', crisis, ms);
}
