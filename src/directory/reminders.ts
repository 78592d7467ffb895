// Reminds clinicians whose listed profile has not been updated for REMINDER_AFTER_DAYS: one
// e-mail per staleness period (a new one only after a newer "updated on" goes stale again).
// Safe on any number of instances: candidate rows are locked (SKIP LOCKED) and the reminder is
// noted in the same transaction that queues the e-mail, so two instances never both send it.

import type { Clock } from '../platform/clock.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { format, formatDate, isLocale, type Locale } from '../platform/i18n/index.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { daysBefore, REMINDER_AFTER_DAYS } from './domain/staleness.ts';
import { markReminded, staleUnremindedRows } from './profile-store.ts';
import { reminderMessages } from './reminder-messages.ts';

/** How to write to the account linked to a profile (the accounts service knows; the directory does not). */
export type AccountContact = (
  db: Executor,
  accountId: string,
) => Promise<{ email: string; locale: string } | null>;

/** Profiles handled per run: a backlog (first start on an old import) drains over a few runs. */
const BATCH = 100;

export class ProfileReminders {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly contact: AccountContact,
    private readonly publicUrl: string,
  ) {}

  /** Queues the reminders that are due; returns how many e-mails were queued. */
  async sendDue(): Promise<number> {
    const now = this.clock();
    const cutoff = daysBefore(now, REMINDER_AFTER_DAYS);
    return this.database.db.transaction(async (tx) => {
      const due = await staleUnremindedRows(tx, cutoff, BATCH);
      let queued = 0;
      for (const row of due) {
        const account = row.accountId ? await this.contact(tx, row.accountId) : null;
        const to = account?.email ?? row.email;
        // Noted even without an address, so that the profile is not looked at again every run;
        // a run that finds it already noted (by a run racing this one) sends nothing.
        if (!(await markReminded(tx, row.id, row.updatedAt, now)) || !to) continue;
        const locale = localeFor(account?.locale, row.languages);
        const m = reminderMessages[locale];
        await enqueue(tx, {
          topic: 'directory.profile-reminder',
          to,
          locale,
          subject: m.subject,
          text: format(locale, m.text, {
            name: `${row.givenName} ${row.familyName}`,
            date: formatDate(locale, row.updatedAt),
            link: `${this.publicUrl}/${locale}/my/profile`,
          }),
        });
        queued++;
      }
      return queued;
    });
  }
}

/** The account's language, else the first of the clinician's languages that Passerelle is written in. */
function localeFor(accountLocale: string | undefined, languages: string[]): Locale {
  if (accountLocale && isLocale(accountLocale)) return accountLocale;
  return (languages.find((code) => isLocale(code)) as Locale | undefined) ?? 'fr';
}
