// A clinician's convention with one network, as a dated record: signed, suspended, resumed,
// ended, each from an effective date. Pure: the events in, whether the convention was in force
// on a date out.
//
// A clinician imported from a network's list (or demo data) is a member with no event: they are
// conventioned with no start date. Before the first event, the convention is in force unless
// that first event is a signature (then it starts on it); an imported member's first event is a
// suspension or an end, which were in force until then.

export const CONVENTION_EVENT_KINDS = ['signed', 'suspended', 'resumed', 'ended'] as const;
export type ConventionEventKind = (typeof CONVENTION_EVENT_KINDS)[number];

export interface ConventionEvent {
  kind: ConventionEventKind;
  /** YYYY-MM-DD (Europe/Brussels): the event applies to sessions dated this day and later. */
  effectiveDate: string;
}

export type ConventionStanding =
  | { inForce: true }
  | {
      inForce: false;
      /** Not started yet (signed from `since`), suspended since `since`, or ended on `since`. */
      state: 'not-started' | 'suspended' | 'ended';
      since: string;
    };

const IN_FORCE: ConventionStanding = { inForce: true };

/** One network's events in the order they take effect: by effective date, then as recorded. */
function inEffectOrder(recorded: readonly ConventionEvent[]): ConventionEvent[] {
  // Array.prototype.sort is stable: events of one date keep their recorded order.
  return [...recorded].sort((a, b) =>
    a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0,
  );
}

/** Whether the convention was in force on `date`, from one network's events in recorded order. */
export function standingOn(recorded: readonly ConventionEvent[], date: string): ConventionStanding {
  const ordered = inEffectOrder(recorded);
  const first = ordered[0];
  if (!first) return IN_FORCE;
  const last = ordered.findLast((event) => event.effectiveDate <= date);
  if (!last)
    return first.kind === 'signed'
      ? { inForce: false, state: 'not-started', since: first.effectiveDate }
      : IN_FORCE;
  switch (last.kind) {
    case 'signed':
    case 'resumed':
      return IN_FORCE;
    case 'suspended':
      return { inForce: false, state: 'suspended', since: last.effectiveDate };
    case 'ended':
      return { inForce: false, state: 'ended', since: last.effectiveDate };
  }
}

/** Whether the convention still stands, suspended or not: it has no end after its last signature. */
export function isLive(recorded: readonly ConventionEvent[]): boolean {
  return inEffectOrder(recorded).at(-1)?.kind !== 'ended';
}
