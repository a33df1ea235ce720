import { readPushConfig, type PushConfig } from './push-config';

/**
 * Environment configuration, validated once at boot. Every problem is reported with the variable's name,
 * so a person starting the platform knows exactly what to fix.
 */
export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl: string;
  redisUrl: string | null;
  jwtSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * How many reverse-proxy hops to trust (0: none) for the client address and, with `X-Forwarded-Proto:
   * https`, for knowing the request came over TLS (Secure cookies, HSTS).
   */
  trustProxy: number;
  /** Connections each node keeps to PostgreSQL at most. */
  databasePoolMax: number;
  /** How long a request waits for a free connection before it is answered UNAVAILABLE (retry). */
  databasePoolTimeoutMs: number;
  /** The most sockets one member may hold open on one node at once. */
  maxSocketsPerMember: number;
  /** Where the built web client lives; served from the same origin when present. */
  webDist: string | null;
  /** Seed demo accounts and data on the first start with an empty database (never in production). */
  demoData: boolean;
  /** Where links in emails point: the web client's origin, e.g. https://kinship.example.org. */
  publicUrl: string;
  mail: MailConfig;
  /** Whether this node works background jobs (RUN_JOBS); every node can still queue them. */
  runJobs: boolean;
  /** Web Push keys (VAPID_*); null when push is off. */
  push: PushConfig | null;
  /** Bearer token /metrics asks for (METRICS_TOKEN); null: no token. */
  metricsToken: string | null;
  /** A separate internal port serving /metrics (METRICS_PORT); null: none. */
  metricsPort: number | null;
}

export interface MailConfig {
  /** smtp:// or smtps:// with credentials; null: messages are written as .eml files to `outboxDir`. */
  smtpUrl: string | null;
  /** The sender address. */
  from: string;
  /** The sender name people see; neutral by default. */
  fromName: string;
  /** Where .eml files go when there is no SMTP server. */
  outboxDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: AppConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
export const JWT_SECRET_MIN_LENGTH = 32;

function parseUrl(value: string, protocols: string[]): URL | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

function parseIntIn(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Validates `env` and returns the typed configuration, or throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const get = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };

  const nodeEnvRaw = get('NODE_ENV') ?? 'development';
  if (!NODE_ENVS.includes(nodeEnvRaw as NodeEnv)) {
    problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;

  const portRaw = get('PORT') ?? '3000';
  const port = parseIntIn(portRaw, 1, 65535);
  if (port === null) problems.push(`PORT must be a whole number from 1 to 65535 (got "${portRaw}")`);

  const databaseUrl = get('DATABASE_URL');
  if (!databaseUrl) {
    problems.push(
      'DATABASE_URL is required: a postgres:// URL of your PostgreSQL (npm start provides an embedded one when it is unset)',
    );
  } else if (!parseUrl(databaseUrl, ['postgres:', 'postgresql:'])) {
    problems.push('DATABASE_URL must be a URL starting with postgres:// or postgresql://');
  }

  const redisUrl = get('REDIS_URL') ?? null;
  if (redisUrl && !parseUrl(redisUrl, ['redis:', 'rediss:'])) {
    problems.push('REDIS_URL must be a URL starting with redis:// or rediss://');
  }

  const jwtSecret = get('JWT_SECRET');
  if (!jwtSecret) {
    problems.push(
      nodeEnv === 'production'
        ? `JWT_SECRET is required in production: a random string of at least ${JWT_SECRET_MIN_LENGTH} characters`
        : `JWT_SECRET is required (npm start generates and keeps one in .data/ for the embedded default)`,
    );
  } else if (jwtSecret.length < JWT_SECRET_MIN_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${JWT_SECRET_MIN_LENGTH} characters long`);
  }

  const logLevelRaw = get('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(logLevelRaw as AppConfig['logLevel'])) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);
  }

  const trustProxyRaw = get('TRUST_PROXY') ?? '0';
  const trustProxy = parseIntIn(trustProxyRaw, 0, 10);
  if (trustProxy === null) {
    problems.push(`TRUST_PROXY must be the number of proxy hops to trust, 0 to 10 (got "${trustProxyRaw}")`);
  }

  const poolMaxRaw = get('DATABASE_POOL_MAX') ?? '10';
  const databasePoolMax = parseIntIn(poolMaxRaw, 1, 500);
  if (databasePoolMax === null) {
    problems.push(`DATABASE_POOL_MAX must be a whole number from 1 to 500 (got "${poolMaxRaw}")`);
  }
  const poolTimeoutRaw = get('DATABASE_POOL_TIMEOUT_MS') ?? '5000';
  const databasePoolTimeoutMs = parseIntIn(poolTimeoutRaw, 50, 600000);
  if (databasePoolTimeoutMs === null) {
    problems.push(
      `DATABASE_POOL_TIMEOUT_MS must be milliseconds from 50 to 600000 (got "${poolTimeoutRaw}")`,
    );
  }

  const maxSocketsRaw = get('MAX_SOCKETS_PER_MEMBER') ?? '20';
  const maxSocketsPerMember = parseIntIn(maxSocketsRaw, 1, 1000);
  if (maxSocketsPerMember === null) {
    problems.push(`MAX_SOCKETS_PER_MEMBER must be a whole number from 1 to 1000 (got "${maxSocketsRaw}")`);
  }

  const demoRaw = (get('DEMO_DATA') ?? 'false').toLowerCase();
  if (!['true', 'false'].includes(demoRaw)) {
    problems.push(`DEMO_DATA must be true or false (got "${demoRaw}")`);
  } else if (demoRaw === 'true' && nodeEnv === 'production') {
    problems.push('DEMO_DATA=true is refused in production: demo accounts have a published password');
  }

  const portForUrl = port ?? 3000;
  const publicUrlRaw = get('PUBLIC_URL') ?? `http://localhost:${portForUrl}`;
  const publicUrl = parseUrl(publicUrlRaw, ['http:', 'https:']);
  if (!publicUrl) {
    problems.push(`PUBLIC_URL must be an http:// or https:// URL, like https://kinship.example.org`);
  }

  const smtpUrl = get('SMTP_URL') ?? null;
  if (smtpUrl && !parseUrl(smtpUrl, ['smtp:', 'smtps:'])) {
    problems.push(
      'SMTP_URL must be a URL starting with smtp:// or smtps://, like smtps://user:pass@host:465',
    );
  }
  const mailFrom = get('MAIL_FROM');
  if (mailFrom && !/^[^\s@<>]+@[^\s@<>]+$/.test(mailFrom)) {
    problems.push(`MAIL_FROM must be an email address, like no-reply@example.org (got "${mailFrom}")`);
  } else if (!mailFrom && smtpUrl) {
    problems.push('MAIL_FROM is required with SMTP_URL: the address mail is sent from');
  }
  const mailFromName = get('MAIL_FROM_NAME') ?? 'Kinship';
  if (/[\r\n<>"]/.test(mailFromName) || mailFromName.length > 60) {
    problems.push('MAIL_FROM_NAME must be a plain name of at most 60 characters');
  }
  const dataDir = get('KINSHIP_DATA_DIR') ?? '.data';
  const outboxDir = get('MAIL_OUTBOX_DIR') ?? `${dataDir.replace(/\/+$/, '')}/outbox`;
  const runJobsRaw = (get('RUN_JOBS') ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(runJobsRaw)) {
    problems.push(`RUN_JOBS must be true or false (got "${runJobsRaw}")`);
  }
  const push = readPushConfig(get, problems);

  const metricsToken = get('METRICS_TOKEN') ?? null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,200}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be 16 to 200 printable characters without spaces (a random string)');
  }
  const metricsPortRaw = get('METRICS_PORT');
  const metricsPort = metricsPortRaw === undefined ? null : parseIntIn(metricsPortRaw, 1, 65535);
  if (metricsPortRaw !== undefined && metricsPort === null) {
    problems.push(`METRICS_PORT must be a whole number from 1 to 65535 (got "${metricsPortRaw}")`);
  } else if (metricsPort !== null && metricsPort === port) {
    problems.push('METRICS_PORT must differ from PORT: it is the internal port for metrics only');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv,
    port: port as number,
    databaseUrl: databaseUrl as string,
    redisUrl,
    jwtSecret: jwtSecret as string,
    logLevel: logLevelRaw as AppConfig['logLevel'],
    trustProxy: trustProxy as number,
    maxSocketsPerMember: maxSocketsPerMember as number,
    databasePoolMax: databasePoolMax as number,
    databasePoolTimeoutMs: databasePoolTimeoutMs as number,
    webDist: get('WEB_DIST') ?? null,
    demoData: demoRaw === 'true',
    publicUrl: (publicUrl as URL).origin + (publicUrl as URL).pathname.replace(/\/+$/, ''),
    mail: { smtpUrl, from: mailFrom ?? 'no-reply@localhost', fromName: mailFromName, outboxDir },
    runJobs: runJobsRaw === 'true',
    push,
    metricsToken,
    metricsPort,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
