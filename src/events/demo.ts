// Fictional demo events for an empty database (a laptop, a demo): in each zone, one of each kind,
// dated from today, some with a small capacity so the waiting list can be tried at once.

import type { Database } from '../platform/db/database.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import type { KnowledgeTopic } from '../requests/domain/vocabulary.ts';
import type { EventDraft, EventKind, EventLanguage } from './domain/event.ts';
import { brusselsInstant } from './domain/time.ts';
import { insertEvent, listEvents } from './store.ts';

// Brussels demo events are held in the region's languages; German ones would not be found there.
type DemoLanguage = Exclude<EventLanguage, 'de'>;

const TITLES: Record<EventKind, Record<DemoLanguage, string>> = {
  'knowledge-session': {
    fr: 'Reconnaître les problèmes psychologiques au cabinet',
    nl: 'Psychische problemen herkennen in de praktijk',
    en: 'Recognising psychological problems in the practice',
  },
  cpm: {
    fr: 'Concertation pluridisciplinaire de la zone',
    nl: 'Multidisciplinair overleg van de zone',
    en: 'The zone’s multidisciplinary meeting',
  },
  'group-session': {
    fr: 'Groupe de parole\u202f: stress et sommeil',
    nl: 'Praatgroep: stress en slaap',
    en: 'Talking group: stress and sleep',
  },
};

const LANGUAGES: DemoLanguage[] = ['fr', 'nl', 'en'];
const TOPICS: KnowledgeTopic[][] = [
  ['recognising-problems', 'where-to-refer'],
  ['interview-techniques'],
  ['while-waiting'],
];

/** The demo events for these zones, from `today` (the same days every time for the same date). */
export function demoEvents(zoneIds: readonly string[], now: Date): EventDraft[] {
  const drafts: EventDraft[] = [];
  zoneIds.forEach((zoneId, zoneIndex) => {
    (['knowledge-session', 'cpm', 'group-session'] as const).forEach((kind, kindIndex) => {
      const n = zoneIndex * 3 + kindIndex;
      const day = brusselsDay(new Date(now.getTime() + (4 + n * 3) * 24 * 3_600_000));
      const language = LANGUAGES[n % 3]!;
      const start = kind === 'cpm' ? '12:30' : kind === 'group-session' ? '18:00' : '20:00';
      const end = kind === 'cpm' ? '14:00' : kind === 'group-session' ? '19:30' : '22:00';
      drafts.push({
        kind,
        title: TITLES[kind][language],
        description: '',
        startsAt: brusselsInstant(day, start),
        endsAt: brusselsInstant(day, end),
        zoneId,
        language,
        venue: kind === 'cpm' && n % 2 === 0 ? null : `Maison des associations, salle ${n + 1}, Bruxelles`,
        onlineUrl: kind === 'cpm' ? 'https://meet.example/passerelle-cpm' : null,
        topics: kind === 'knowledge-session' ? TOPICS[zoneIndex % 3]! : [],
        // Every third event has two places, so the waiting list shows after two registrations.
        capacity: n % 3 === 0 ? 2 : kind === 'group-session' ? 12 : 25,
        audience: kind === 'knowledge-session' ? 'gps' : kind === 'cpm' ? 'professionals' : 'public',
        leader: ['Dr Anne Martin, psychologue', 'Jan Peeters, psycholoog', 'Sara El Amrani, orthopédagogue'][
          n % 3
        ]!,
        coLeader: kind === 'group-session' ? 'Paul Lambert, pair-aidant' : null,
      });
    });
  });
  return drafts;
}

/** Adds the demo events when there are none yet; returns how many were added. */
export async function seedDemoEvents(
  database: Database,
  zoneIds: readonly string[],
  now = new Date(),
): Promise<number> {
  const any = await listEvents(database.db, { from: new Date(0), includeCancelled: true, limit: 1 });
  if (any.length > 0) return 0;
  const drafts = demoEvents(zoneIds, now);
  for (const draft of drafts) await insertEvent(database.db, draft, null);
  return drafts.length;
}
