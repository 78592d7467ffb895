import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Locale } from './i18n/index.ts';
import type { Logger } from './logger.ts';

/** What a command gets: its arguments after the command words, and a way to reach the database. */
export interface CommandContext {
  args: string[];
  config: Config;
  log: Logger;
  /** The language of messages for people (from --lang or LANG). */
  locale: Locale;
  /** Opens the configured database, migrated; closed by the runner when the command ends. */
  database(): Promise<Database>;
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  /** The words that select it: ['import', 'postcodes']. */
  words: string[];
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(context: CommandContext): Promise<number>;
}

export class UsageError extends Error {}
