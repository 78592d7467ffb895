// One arrangement as both sides see it: when and where, the next dates (each can be cancelled),
// the past dates (the clinician logs their hours), the calendar download and the end form. The
// same card serves the clinician's list and the GP's page by link; only their forms' targets and
// hidden fields differ.

import { whereOf } from '../events/wording.ts';
import { format } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { type FormErrors, Select, Textarea, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import type { Weekday } from './domain/schedule.ts';
import { arrangementMessages } from './messages.ts';
import type { ArrangementView } from './service.ts';

/** Dates shown either side of today: enough for a season, short enough for a phone. */
const SHOWN = 6;

export interface CardProps {
  ctx: PageContext;
  view: ArrangementView;
  /** Where the forms post ("/fr/arrangements/ID" or "/fr/arrangements/gp"). */
  action: string;
  calendarHref: string;
  /** Hidden fields every form carries (the GP's token). */
  hidden?: Record<string, string>;
  now: Date;
  /** The clinician logs hours; the GP does not. */
  hours?: { networks: Array<{ value: string; label: string }> } | undefined;
  errors: FormErrors;
  /** What was typed in the form that failed, by field id. */
  typed: Record<string, string>;
}

export function ArrangementCard(props: CardProps) {
  const { ctx, view, action, calendarHref, hidden = {}, now, hours, errors, typed } = props;
  const { arrangement: row } = view;
  const m = arrangementMessages[ctx.locale];
  const l = m.list;
  const id = row.id;
  const active = row.status === 'active';
  // Cancelled dates stay in the list, marked, so that both sides see what was called off.
  const next = view.slots.filter((slot) => slot.endsAt > now).slice(0, SHOWN);
  const past = view.slots.filter((slot) => slot.startsAt <= now && !slot.skipped).slice(-SHOWN);
  const fields = (
    <>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
    </>
  );
  return (
    <section class="result" aria-labelledby={`arrangement-${id}`}>
      <h2 id={`arrangement-${id}`}>
        {format(ctx.locale, l.with, {
          practice: `${row.practice} – ${row.clinicianName}`,
          weekday: m.weekdays[row.weekday as Weekday],
          start: row.startTime,
          end: row.endTime,
        })}
      </h2>
      <p>
        {format(ctx.locale, l.period, {
          first: formatBelgianDate(ctx.locale, row.firstDay),
          last: formatBelgianDate(ctx.locale, row.lastDay),
        })}
        {' · '}
        {format(ctx.locale, l.where, { where: whereOf(row) })}
      </p>
      {active ? null : <p class="panel">{format(ctx.locale, l.ended, { reason: row.endReason ?? '' })}</p>}
      <p>
        <a href={calendarHref} download>
          {l.calendar}
        </a>
      </p>
      <h3>{l.next}</h3>
      {next.length === 0 || !active ? <p>{l.noNext}</p> : null}
      {active && next.length > 0 ? (
        <ul class="result-list">
          {next.map((slot) => (
            <li key={slot.day}>
              {formatBelgianDate(ctx.locale, slot.day)}
              {slot.skipped ? ` – ${l.skipped}` : null}
              {slot.startsAt > now && !slot.skipped ? (
                <form method="post" action={`${action}/skip`} class="inline-form">
                  {fields}
                  <input type="hidden" name="day" value={slot.day} />
                  <button type="submit" class="button button--secondary">
                    {l.skip}
                    <span class="visually-hidden"> {formatBelgianDate(ctx.locale, slot.day)}</span>
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {hours && past.length > 0 ? (
        <>
          <h3>{l.past}</h3>
          <ul class="result-list">
            {past.map((slot) => {
              const key = `hours-${id}-${slot.day}`;
              return (
                <li key={slot.day}>
                  {formatBelgianDate(ctx.locale, slot.day)}
                  {slot.logged ? (
                    ` – ${l.logged}`
                  ) : (
                    <form method="post" action={`${action}/hours`} class="form">
                      {fields}
                      <input type="hidden" name="day" value={slot.day} />
                      <TextInput
                        id={key}
                        name="hours"
                        label={`${l.hours} (${formatBelgianDate(ctx.locale, slot.day)})`}
                        value={typed[key] ?? ''}
                        error={errors[key]}
                        width="short"
                        inputMode="text"
                      />
                      {hours.networks.length > 1 ? (
                        <Select
                          id={`network-${id}-${slot.day}`}
                          name="network"
                          label={l.network}
                          value={typed[`network-${id}-${slot.day}`] ?? ''}
                          error={errors[`network-${id}-${slot.day}`]}
                          emptyLabel=""
                          options={hours.networks}
                        />
                      ) : null}
                      <button type="submit" class="button button--secondary">
                        {l.log}
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {active ? (
        <form method="post" action={`${action}/end`} class="form">
          {fields}
          <Textarea
            id={`reason-${id}`}
            name="reason"
            label={l.reason}
            value={typed[`reason-${id}`] ?? ''}
            error={errors[`reason-${id}`]}
            rows={2}
            maxLength={500}
          />
          <button type="submit" class="button button--warning">
            {l.end}
          </button>
        </form>
      ) : null}
    </section>
  );
}
