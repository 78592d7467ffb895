import { parseArgs } from 'node:util';
import { DirectoryService } from '../directory/service.ts';
import type { Command, CommandContext } from '../platform/cli.ts';
import { format } from '../platform/i18n/index.ts';
import { ReferenceService } from '../reference/service.ts';
import { billingMessages } from './billing-messages.ts';
import { CareService } from './service.ts';
import { monthPeriod } from './statement.ts';
import { type CsvSeparator, statementCsv } from './statement-csv.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface BillingOptions {
  month: string;
  network: string | null;
  format: 'csv' | 'json';
  separator: CsvSeparator;
}

/** Reads the options, or says in the user's language what is wrong with them. */
function billingOptions(context: CommandContext): BillingOptions | string {
  const m = billingMessages[context.locale];
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: context.args,
      options: {
        month: { type: 'string' },
        network: { type: 'string' },
        format: { type: 'string' },
        separator: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0] ?? '';
    return `${format(context.locale, m.unknownOption, { value: detail })}\n${m.usage}`;
  }
  if (values.month === undefined) return `${m.monthRequired}\n${m.usage}`;
  if (!MONTH.test(values.month)) return format(context.locale, m.monthInvalid, { value: values.month });
  const outputFormat = values.format ?? 'csv';
  if (outputFormat !== 'csv' && outputFormat !== 'json') {
    return format(context.locale, m.formatInvalid, { value: outputFormat });
  }
  const separator = values.separator ?? ',';
  if (separator !== ';' && separator !== ',')
    return format(context.locale, m.separatorInvalid, { value: separator });
  return { month: values.month, network: values.network ?? null, format: outputFormat, separator };
}

export const careCommands: Command[] = [
  {
    words: ['billing'],
    usage: 'billing --month YYYY-MM [--network <id>] [--format csv|json] [--separator ";"|","]',
    summary:
      'Monthly statement per network and clinician: sessions by function and mode, reimbursed or not (why), copays, fees. CSV (UTF-8 with BOM) or JSON on stdout.',
    async run(context) {
      const options = billingOptions(context);
      if (typeof options === 'string') {
        context.err(options);
        return 2;
      }
      const database = await context.database();
      const reference = await ReferenceService.open(database);
      const directory = await DirectoryService.open(database, reference);
      const care = new CareService(database, { reference, directory });
      if (options.network !== null && !care.networkIds().has(options.network)) {
        const networks = [...care.networkIds()].join(', ');
        context.err(
          format(context.locale, billingMessages[context.locale].networkUnknown, {
            value: options.network,
            networks,
          }),
        );
        return 2;
      }
      // The command line is trusted like the database it opens: the operator's own statement.
      const statement = await care.staff.statement(
        { kind: 'admin', via: 'command line' },
        { ...monthPeriod(options.month), networkId: options.network },
      );
      if (!statement) return 1;
      if (options.format === 'json') {
        const { from: _from, until: _until, ...rest } = statement;
        context.out(JSON.stringify({ month: options.month, ...rest }, null, 2));
      } else {
        const csv = statementCsv(statement, {
          month: options.month,
          locale: context.locale,
          separator: options.separator,
        });
        // `out` ends the text with a newline of its own.
        context.out(csv.replace(/\r\n$/, ''));
      }
      return 0;
    },
  },
];
