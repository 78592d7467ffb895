// One event as its organiser manages it: registrations with attendance, and for the clinician
// leading a care group session, its care sessions (care-group-views.tsx); cancelling; the CSV.

import { format } from '../platform/i18n/index.ts';
import { ErrorSummary, Table, Tag } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { CareGroupFields, type CareGroupView, RecordedCareSessions } from './care-group-views.tsx';
import type { EventKind } from './domain/event.ts';
import { eventsMessages } from './messages.ts';
import { organiserMessages } from './organiser-messages.ts';
import { requestEventMessages } from './request-messages.ts';
import type { EventRow, RegistrationRow } from './store.ts';
import { whenOf } from './wording.ts';

export function EventManagePage({
  ctx,
  event,
  registrations,
  notice,
  requestReference,
  care,
  present,
}: {
  ctx: PageContext;
  event: EventRow;
  registrations: RegistrationRow[];
  notice: string | null;
  /** The reference of the GP's request it was made from, if any. */
  requestReference: string | null;
  /** For the clinician leading a care group session: its care sessions (care-group-views.tsx). */
  care: CareGroupView | null;
  /** Who was ticked present as sent, when the page comes back with errors. */
  present: ReadonlySet<string> | null;
}) {
  const m = organiserMessages[ctx.locale].registrations;
  const live = registrations.filter((r) => r.status !== 'cancelled');
  return (
    <Layout ctx={ctx} title={`${m.title} – ${event.title}`}>
      <p class="caption">{eventsMessages[ctx.locale].kinds[event.kind as EventKind]}</p>
      <h1>{event.title}</h1>
      <p>{whenOf(ctx.locale, event)}</p>
      {event.requestCaseId && requestReference ? (
        <p>
          {requestEventMessages[ctx.locale].fromRequest}{' '}
          <a href={`/${ctx.locale}/inbox/cases/${event.requestCaseId}`}>{requestReference}</a>
        </p>
      ) : null}
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {care ? <ErrorSummary locale={ctx.locale} errors={care.errors} /> : null}
      <h2>{m.title}</h2>
      {live.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <form method="post" action={`/${ctx.locale}/events/manage/${event.id}/attendance`} class="form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          {/* Attendance first: on a phone the table scrolls sideways, and the boxes to tick stay in view.
              Their labels (“Present: name”) are for screen readers: the column and row already say it. */}
          <Table
            caption={m.title}
            head={[m.attended, m.name, m.email, m.practice, m.status]}
            rows={live.map((r) => ({
              key: r.id,
              cells: [
                r.status === 'registered' ? (
                  <span class="checkboxes__item">
                    <input
                      class="checkboxes__input"
                      type="checkbox"
                      id={`present-${r.id}`}
                      name="present"
                      value={r.id}
                      checked={present ? present.has(r.id) : r.attended === true}
                    />
                    <label class="visually-hidden" for={`present-${r.id}`}>
                      {format(ctx.locale, m.attendedFor, { name: r.name })}
                    </label>
                  </span>
                ) : (
                  ''
                ),
                r.name,
                r.email,
                r.practice ?? '',
                m.statuses[r.status as 'registered'],
              ],
            }))}
          />
          {care ? <CareGroupFields locale={ctx.locale} view={care} registrations={live} /> : null}
          <button type="submit" class="button">
            {m.saveAttendance}
          </button>
        </form>
      )}
      {care ? <RecordedCareSessions locale={ctx.locale} view={care} registrations={registrations} /> : null}
      {event.status === 'scheduled' ? (
        <form method="post" action={`/${ctx.locale}/events/manage/${event.id}/cancel`} class="form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <p class="field__hint">{m.cancelEventHint}</p>
          <button type="submit" class="button button--warning">
            {m.cancelEvent}
          </button>
        </form>
      ) : (
        <p>
          <Tag tone="warning">{organiserMessages[ctx.locale].manage.statuses.cancelled}</Tag>
        </p>
      )}
      <p>
        <a href={`/${ctx.locale}/events/manage/${event.id}/registrations.csv`} download>
          {m.export}
        </a>
      </p>
    </Layout>
  );
}
