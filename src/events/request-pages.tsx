// The two ends of the link between a GP's knowledge-session request and its event: the panel on
// the coordinator's case page (the request's event, or the way to make one) and the line on the
// event's organiser page that leads back to the request.

import { h } from 'preact';
import { can } from '../platform/auth/policy.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import type { CasePanel } from '../requests/case-panels.ts';
import { caseResource } from '../requests/case-work.ts';
import type { EventSource, RequestEvents } from './from-request.ts';
import { requestEventMessages } from './request-messages.ts';
import { whenOf } from './wording.ts';

/** The sentence above the pre-filled form: which request, and the times the GP would like. */
export function introOf(locale: Locale, source: EventSource): string {
  const m = requestEventMessages[locale];
  return format(locale, m.formIntro, {
    reference: source.reference,
    practice: source.practice,
    times: source.preferredTimes?.trim() || m.noTimes,
  });
}

const OPEN = new Set(['submitted', 'acknowledged', 'in-progress', 'scheduled']);

/** The case page's panel, for a GP's knowledge-session request only. */
export function requestEventPanel(fromRequests: RequestEvents): CasePanel {
  return async ({ user, view, locale }) => {
    const { request, record } = view;
    if (request.requestType !== 'support-request' || request.kind !== 'knowledge-session') return null;
    const m = requestEventMessages[locale];
    const event = await fromRequests.eventOf(record.id);
    const mayCreate = OPEN.has(record.status) && can(user, 'case.update', caseResource(record));
    if (!event && !mayCreate) return null;
    return h(
      'section',
      { class: 'case-panel', 'aria-labelledby': 'case-event-title' },
      h('h2', { id: 'case-event-title' }, m.heading),
      event
        ? h(
            'p',
            null,
            `${m.linked} `,
            h('a', { href: `/${locale}/events/manage/${event.id}` }, event.title),
            ` – ${whenOf(locale, event)}`,
          )
        : [
            h('p', null, m.none),
            h(
              'p',
              null,
              h(
                'a',
                {
                  class: 'button button--secondary',
                  href: `/${locale}/events/manage/new?request=${record.id}`,
                },
                m.create,
              ),
            ),
          ],
    );
  };
}
