// Between the organiser's page and care-groups.ts: what the attendance form sent (read as typed),
// and the care part of the page for the clinician leading a group session.

import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { isUuid } from '../platform/ids.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import type { CareGroupView } from './care-group-views.tsx';
import { type CareGroupSubmission, type CareGroups, groupFunctionsOn } from './care-groups.ts';
import type { EventRow } from './store.ts';

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** Form values that name registrations (checkbox groups), as a set of ids. */
function ids(value: unknown): Set<string> {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return new Set(values.filter((v): v is string => typeof v === 'string' && isUuid(v)).slice(0, 1000));
}

/** The care part of an attendance form, as the organiser typed it. */
export function careSubmissionOf(body: unknown): CareGroupSubmission {
  const fields = (body ?? {}) as Record<string, unknown>;
  const niss: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const id = name.startsWith('niss-') ? name.slice(5) : '';
    if (isUuid(id)) niss[id] = text(value, 40);
  }
  return {
    careFunction: text(fields.careFunction, 40),
    networkId: text(fields.networkId, 80),
    locationId: text(fields.locationId, 80),
    niss,
    bim: ids(fields.bim),
    assessment: ids(fields.assessment),
  };
}

/**
 * The care part of the page, or null when the person is not the clinician leading a group
 * session. Without a submission, the choices last used (or the first of each) are proposed.
 */
export async function careGroupView(
  careGroups: CareGroups,
  user: CurrentUser | null,
  event: EventRow,
  locale: Locale,
  submitted: { submission: CareGroupSubmission; errors: FormErrors } | null,
): Promise<CareGroupView | null> {
  const who = await careGroups.recorderFor(user, event);
  if (!who) return null;
  const links = await careGroups.links(event.id);
  const functions = groupFunctionsOn(careGroups.dayOf(event));
  const networks = who.clinician.networks.map((id) => ({
    value: id,
    label: careGroups.networkName(id, locale),
  }));
  const locations = who.clinician.locations.map((l) => ({
    value: l.id,
    label: [l.name, `${l.street}, ${l.postcode}`].filter(Boolean).join(' – '),
  }));
  const lastUsed = links[0]?.careFunction;
  const proposed = lastUsed ?? functions.find((fn) => careGroups.isAnonymous(event, fn)) ?? '';
  const submission = submitted?.submission ?? {
    careFunction: proposed,
    networkId: networks[0]?.value ?? '',
    locationId: locations[0]?.value ?? '',
    niss: {},
    bim: new Set<string>(),
    assessment: new Set<string>(),
  };
  const chosen = functions.find((fn) => fn === submission.careFunction);
  return {
    functions,
    submission,
    anonymous: chosen ? careGroups.isAnonymous(event, chosen) : false,
    networks,
    locations,
    links,
    recorded: await careGroups.recordedSessions(who, links),
    errors: submitted?.errors ?? {},
  };
}
