// The standing arrangement made from a GP's request, on the GP's own "my requests" page: with
// whom and when, the next date, and the link to its page (the one the GP was e-mailed).

import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import type { OwnRequestPanel } from '../requests/case-panels.ts';
import type { Weekday } from './domain/schedule.ts';
import { arrangementMessages } from './messages.ts';
import type { ArrangementService } from './service.ts';

export function ownRequestArrangementPanel(arrangements: ArrangementService): OwnRequestPanel {
  return async ({ caseId, locale }: { caseId: string; locale: Locale }) => {
    const found = await arrangements.ofRequest(caseId, locale);
    if (!found) return null;
    const row = found.view.arrangement;
    const m = arrangementMessages[locale];
    const now = arrangements.now();
    const next = found.view.slots.find((slot) => slot.startsAt > now && !slot.skipped);
    return (
      <section class="panel" aria-labelledby={`arrangement-of-${caseId}`}>
        <h3 id={`arrangement-of-${caseId}`}>{m.mine.heading}</h3>
        <p>
          {format(locale, m.mine.summary, {
            clinician: row.clinicianName,
            weekday: m.weekdays[row.weekday as Weekday],
            start: row.startTime,
            end: row.endTime,
            first: formatBelgianDate(locale, row.firstDay),
            last: formatBelgianDate(locale, row.lastDay),
          })}
        </p>
        {row.status === 'active' ? (
          <p>
            {next ? format(locale, m.mine.next, { day: formatBelgianDate(locale, next.day) }) : m.mine.noNext}
          </p>
        ) : (
          <p>{format(locale, m.list.ended, { reason: row.endReason ?? '' })}</p>
        )}
        <p>
          <a href={found.page}>{m.mine.open}</a>
        </p>
      </section>
    );
  };
}
