import { parseArgs } from 'node:util';
import { type Command, UsageError } from '../cli.ts';
import { systemClock } from '../clock.ts';
import { isLocale } from '../i18n/index.ts';
import { isEmailAddress } from '../identifiers/email.ts';
import { LinkSealer } from '../outbox/index.ts';
import { loadSecret } from '../secrets.ts';
import { StaffService } from './staff.ts';

export const accountCommands: Command[] = [
  {
    words: ['admin', 'create'],
    usage: 'admin create --email <address> [--name <full name>] [--language fr|nl|en]',
    summary:
      'Make a platform administrator (creating the account if needed) and print a one-time link to choose a password (valid 7 days, on PUBLIC_URL).',
    async run(context) {
      const { values, positionals } = parseArgs({
        args: context.args,
        options: { email: { type: 'string' }, name: { type: 'string' }, language: { type: 'string' } },
        allowPositionals: true,
      });
      if (positionals.length > 0) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
      const email = values.email?.trim();
      if (!email || !isEmailAddress(email)) throw new UsageError('Give --email with a valid e-mail address.');
      const language = values.language ?? context.locale;
      if (!isLocale(language)) throw new UsageError('--language is fr, nl or en.');
      const staff = new StaffService(
        await context.database(),
        { networks: () => [], zones: () => [], bodies: () => [] },
        context.config.publicUrl,
        systemClock,
        // The server opens the e-mailed link with the same secret (COOKIE_SECRET or DATA_DIR/secrets).
        new LinkSealer(loadSecret(context.config.dataDir, 'cookie', context.config.cookieSecret).value),
      );
      const outcome = await staff.createPlatformAdmin({
        email,
        displayName: values.name?.trim() || email.split('@')[0]!,
        locale: language,
      });
      context.out(
        outcome.created
          ? `Created ${email.toLowerCase()} as a platform administrator.`
          : `${email.toLowerCase()} already had an account: it is now a platform administrator.`,
      );
      context.out('Open this link once to choose the password (valid for 7 days):');
      context.out(outcome.link);
      return 0;
    },
  },
];
