// The `passerelle` command: serve, migrate, seed and import. Each capability brings its own
// commands (reference/commands.ts, …); this file only dispatches and prints help.

import { parseArgs } from 'node:util';
import { careCommands } from './care/commands.ts';
import { directoryCommands } from './directory/commands.ts';
import { accountCommands } from './platform/auth/commands.ts';
import { type Command, type CommandContext, UsageError } from './platform/cli.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { OWNER_ONLY_UMASK } from './platform/data-dir.ts';
import type { Database } from './platform/db/database.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { isLocale, negotiateLocale } from './platform/i18n/index.ts';
import { createLogger } from './platform/logger.ts';
import { referenceCommands } from './reference/commands.ts';
import { DEMO_CLINICIANS, openConfiguredDatabase, prepareDatabase, seedDemoClinicians } from './setup.ts';

// Whatever the shell's umask, what this process creates (DATA_DIR: the database, secrets, mail,
// uploads) is its user's only; the code also sets explicit modes, this covers what it cannot.
process.umask(OWNER_ONLY_UMASK);

const platformCommands: Command[] = [
  {
    words: ['serve'],
    usage: 'serve',
    summary: 'Run Passerelle (migrates, and seeds an empty database first). Same as `npm start`.',
    async run() {
      // Loaded here: the other commands need none of the web application.
      const { serve } = await import('./main.ts');
      await serve();
      return -1; // keeps running until a signal stops it
    },
  },
  {
    words: ['migrate'],
    usage: 'migrate',
    summary: 'Apply the database migrations that have not run yet, then exit.',
    async run(context) {
      await context.database();
      context.out('Migrations applied.');
      return 0;
    },
  },
  {
    words: ['seed'],
    usage: 'seed [--demo [--clinicians N]]',
    summary:
      'Load the Brussels reference data into an empty database (and demo data where configured); --demo writes N fictional clinicians (default 300).',
    async run(context) {
      const { values } = parseArgs({
        args: context.args,
        options: { demo: { type: 'boolean' }, clinicians: { type: 'string' } },
      });
      const count = values.clinicians === undefined ? DEMO_CLINICIANS : Number(values.clinicians);
      if (!Number.isInteger(count) || count < 0 || count > 100_000)
        throw new UsageError('--clinicians takes a whole number from 0 to 100000.');
      if (values.clinicians !== undefined && !values.demo)
        throw new UsageError('--clinicians goes with --demo.');
      const database = await context.database();
      await prepareDatabase(database, context.config, context.log);
      if (values.demo) {
        const outcome = await seedDemoClinicians(database, count);
        context.out(`Demo clinicians: ${outcome.created} added, ${outcome.updated} updated.`);
      }
      context.out('Seed done.');
      return 0;
    },
  },
];

const COMMANDS: Command[] = [
  ...platformCommands,
  ...accountCommands,
  ...referenceCommands,
  ...directoryCommands,
  ...careCommands,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  return [
    'Usage: passerelle <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'Options: --lang fr|nl|en (language of messages; default from LANG), --help',
    'Configuration comes from environment variables (PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, …): see README.md.',
  ].join('\n');
}

function findCommand(args: string[]): { command: Command; rest: string[] } | undefined {
  const matches = COMMANDS.filter((command) => command.words.every((word, index) => args[index] === word));
  const command = matches.sort((a, b) => b.words.length - a.words.length)[0];
  return command ? { command, rest: args.slice(command.words.length) } : undefined;
}

function takeLang(args: string[]): { args: string[]; lang: string | undefined } {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return { args, lang: undefined };
  const arg = args[index]!;
  const lang = arg.includes('=') ? arg.split('=')[1] : args[index + 1];
  const width = arg.includes('=') ? 1 : 2;
  return { args: [...args.slice(0, index), ...args.slice(index + width)], lang };
}

export async function main(argv: string[]): Promise<number> {
  const { args, lang } = takeLang(argv);
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    console.log(help());
    return 0;
  }
  const found = findCommand(args);
  if (!found) {
    console.error(`Unknown command: ${args.join(' ')}\n\n${help()}`);
    return 2;
  }
  const config = loadConfig();
  // Command output is for people; logs go to stderr so that `--format csv > file` stays clean.
  const log = createLogger({ logLevel: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
  let database: Database | undefined;
  const context: CommandContext = {
    args: found.rest,
    config,
    log,
    locale: isLocale(lang) ? lang : negotiateLocale(process.env.LANG?.replace(/_/g, '-').split('.')[0]),
    async database() {
      if (!database) {
        database = await openConfiguredDatabase(config, log, 'command');
        await migrateDatabase(database);
      }
      return database;
    },
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  try {
    return await found.command.run(context);
  } finally {
    if (found.command.words[0] !== 'serve') await database?.close();
  }
}

try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(`passerelle: ${error.message}\nRun \`passerelle --help\` for usage.`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
