// Events for tests: the capability's service on the test app's database (same secret as the
// app, so cancel tokens agree), and events created directly.

import type { EventDraft } from '../../src/events/domain/event.ts';
import { EventService } from '../../src/events/service.ts';
import { insertEvent } from '../../src/events/store.ts';
import { type Clock, systemClock } from '../../src/platform/clock.ts';
import type { TestApp } from '../support/app.ts';

export const TEST_COOKIE_SECRET = 'test-cookie-secret-0123456789abcdef';

export function eventServiceOf(t: TestApp, clock: Clock = systemClock): EventService {
  return new EventService(t.database, t.services.reference, {
    publicUrl: 'http://localhost:3000',
    sealer: t.services.outbox.sealer,
    secret: TEST_COOKIE_SECRET,
    clock,
  });
}

const DAY = 24 * 3_600_000;

/** A knowledge session in ten days in the east zone, in French, ten places (override any field). */
export async function createTestEvent(
  t: TestApp,
  overrides: Partial<EventDraft> = {},
  organiserAccountId: string | null = null,
) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 10 * DAY);
  return insertEvent(
    t.database.db,
    {
      kind: 'knowledge-session',
      title: 'Reconnaître l’anxiété au cabinet',
      description: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      zoneId: 'east',
      language: 'fr',
      venue: 'Rue de la Loi 1, 1040 Etterbeek',
      onlineUrl: null,
      topics: ['recognising-problems'],
      capacity: 10,
      audience: 'gps',
      leader: 'Dr Anne Martin',
      coLeader: null,
      ...overrides,
    },
    organiserAccountId,
  );
}
