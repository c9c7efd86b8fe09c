import cluster from 'node:cluster';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { startServer } from '../server/serve.js';
import { EXPORT_FORMATS, exportStore } from '../store/export.js';
import type { ExportFormat } from '../store/export.js';
import { DEFAULT_DATABASE, openStore } from '../store/index.js';
import { describe } from '../store/open-store.js';
import { parseCommandLine, UsageError } from './arguments.js';
import { EXPORT_HELP, SEARCH_HELP, SERVE_HELP, WHO_SAID_HELP } from './help.js';
import type { Terminal } from './terminal.js';

/** `claimgraph search`, `who-said`, `export` and `serve`: thin layers over the store and the server. */

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(
  argv: readonly string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const { values, positionals } = parseCommandLine(argv, {
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...options,
  });
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}

function count(name: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`--${name} expects a whole number from 1 to ${max}, not "${String(value)}"`);
  }
  return Number(value);
}

async function withUsage(name: string, terminal: Terminal, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.error(`claimgraph ${name}: ${error.message}`);
      terminal.error(`run "claimgraph ${name} --help" for usage`);
      return 2;
    }
    throw error;
  }
}

export function runSearch(argv: readonly string[], terminal: Terminal): Promise<number> {
  return withUsage('search', terminal, async () => {
    const { values, positionals } = parse(argv, { limit: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) return terminal.out(SEARCH_HELP).then(() => 0);
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('no QUERY given (try: claimgraph search "flee to Belarus")');
    const store = await openStore(String(values.db ?? DEFAULT_DATABASE));
    try {
      const results = await store.search(query, { limit: count('limit', values.limit, 10, 500) });
      if (values.json) {
        await terminal.out(`${JSON.stringify({ results }, null, 2)}\n`);
        return 0;
      }
      if (results.length === 0) terminal.error(`claimgraph search: nothing matches "${query}"`);
      for (const result of results) {
        const who = result.speakers.map((speaker) => speaker.name).join(', ');
        const what =
          result.kind === 'attribution'
            ? `quotation ${result.attribution}${who ? ` by ${who}` : ''}`
            : 'article';
        await terminal.out(
          `${result.title ?? '(untitled)'}${result.published ? ` (${result.published})` : ''}\n  ${what} in document ${result.document}\n  ${result.snippet}\n\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  });
}

export function runWhoSaid(argv: readonly string[], terminal: Terminal): Promise<number> {
  return withUsage('who-said', terminal, async () => {
    const { values, positionals } = parse(argv, {
      limit: { type: 'string' },
      stance: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) return terminal.out(WHO_SAID_HELP).then(() => 0);
    const name = positionals.join(' ').trim();
    if (name === '') throw new UsageError('no NAME given (try: claimgraph who-said Lukashenko)');
    const limit = count('limit', values.limit, 50, 500);
    const store = await openStore(String(values.db ?? DEFAULT_DATABASE));
    try {
      const entities = await store.findEntities(name, { limit: 5 });
      const found = [];
      for (const entity of entities) {
        const said = await store.attributions({
          speaker: entity.id,
          stance: typeof values.stance === 'string' ? values.stance : undefined,
          limit,
        });
        if (said.length > 0) found.push({ entity, said });
      }
      if (values.json) {
        await terminal.out(`${JSON.stringify({ speakers: found }, null, 2)}\n`);
        return 0;
      }
      if (found.length === 0) {
        terminal.error(`claimgraph who-said: no stored attribution to a speaker named "${name}"`);
        return 1;
      }
      for (const { entity, said } of found) {
        const aliases = entity.aliases.length > 0 ? `; also ${entity.aliases.slice(0, 5).join(', ')}` : '';
        await terminal.out(`${entity.name} (${entity.type}, ${entity.id}${aliases})\n`);
        for (const view of said) {
          const stance = view.stance && view.stance !== 'assert' ? ` [${view.stance}]` : '';
          await terminal.out(
            `  ${view.published ?? '----------'}  ${view.title ?? view.document}\n    ${view.cue ?? '(no cue)'}${stance}: ${view.content}\n`,
          );
        }
        await terminal.out('\n');
      }
      return 0;
    } finally {
      await store.close();
    }
  });
}

export function runExport(argv: readonly string[], terminal: Terminal): Promise<number> {
  return withUsage('export', terminal, async () => {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    if (values.help) return terminal.out(EXPORT_HELP).then(() => 0);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = String(values.format ?? 'jsonl');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
    }
    const store = await openStore(String(values.db ?? DEFAULT_DATABASE));
    try {
      if (typeof values.output === 'string') {
        const file = createWriteStream(values.output);
        const failed = new Promise<never>((_, reject) => file.once('error', reject));
        for await (const chunk of exportStore(store, format as ExportFormat)) {
          if (!file.write(chunk))
            await Promise.race([new Promise<void>((done) => file.once('drain', () => done())), failed]);
        }
        await Promise.race([new Promise<void>((done) => file.end(done)), failed]);
      } else {
        for await (const chunk of exportStore(store, format as ExportFormat)) await terminal.out(chunk);
      }
      return 0;
    } finally {
      await store.close();
    }
  });
}

export function runServe(argv: readonly string[], terminal: Terminal): Promise<number> {
  return withUsage('serve', terminal, async () => {
    const { values, positionals } = parse(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      workers: { type: 'string' },
    });
    if (values.help) return terminal.out(SERVE_HELP).then(() => 0);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!/^\d+$/.test(String(values.port ?? '8080')) || port > 65535) {
      throw new UsageError(`--port expects a port number (0–65535), not "${String(values.port)}"`);
    }
    const workers = count('workers', values.workers, 1, Math.max(64, availableParallelism()));
    const token = typeof values.token === 'string' ? values.token : (process.env.CLAIMGRAPH_TOKEN ?? null);
    const database = String(values.db ?? DEFAULT_DATABASE);
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    if (workers > 1 && cluster.isPrimary) return servePrimary(terminal, database, workers);
    const store = await openStore(database);
    let server;
    try {
      server = await startServer({ store, host, port, token });
    } catch (error) {
      await store.close();
      const message =
        (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
          ? `port ${port} is already in use`
          : (error as Error).message;
      throw new UsageError(message);
    }
    const banner = `claimgraph serve: ${describe(database)} at ${server.url}/ (API under /api, OpenAPI at /openapi.json${server.ui ? ', web UI at /' : ''}${token ? ', token required' : ''})`;
    if (cluster.isWorker) process.send?.({ listening: banner });
    else terminal.error(`${banner}; Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // a worker whose primary is gone stops too
      if (cluster.isWorker) process.once('disconnect', stop);
    });
    await server.close();
    await store.close();
    // a worker's channel to its primary would keep it alive
    if (cluster.isWorker && process.connected) process.disconnect();
    return 0;
  });
}

/**
 * `serve --workers N`: N processes share the port (node:cluster), each with its own connection to
 * the store, so a slow request (the dossier of a much-quoted person) holds up only its own process.
 * SQLite in WAL mode serves readers in several processes at once. The store is opened here first,
 * so its migrations run once, before any worker opens it. Workers that die are started again.
 */
async function servePrimary(terminal: Terminal, database: string, workers: number): Promise<number> {
  const store = await openStore(database);
  await store.close();
  let stopping = false;
  let announced = false;
  let failure: string | null = null;
  const done = new Promise<number>((resolve) => {
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    cluster.on('message', (_worker, message: { listening?: string }) => {
      if (typeof message?.listening === 'string' && !announced) {
        announced = true;
        terminal.error(`${message.listening}, ${workers} worker processes; Ctrl-C stops`);
      }
    });
    cluster.on('exit', (_worker, code) => {
      if (!stopping && !announced) {
        // a worker that fails before listening (port taken, bad host): stop them all with its reason
        failure = `a worker stopped with exit status ${code ?? 'unknown'} before listening`;
        stop();
      } else if (!stopping) cluster.fork();
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve(failure === null ? 0 : 1);
    });
  });
  for (let index = 0; index < workers; index += 1) cluster.fork();
  const status = await done;
  if (failure !== null) terminal.error(`claimgraph serve: ${failure}`);
  return status;
}
