import { brusselsDate, workingDaysBetween } from '../../platform/working-days.ts';

// The inbox's arithmetic: days waiting (working days), the first-contact target, and the order
// (overdue first, most overdue on top; then what still needs a first contact; then the rest).

export interface Waiting {
  /** Working days from submission to the first contact, or to today while there is none. */
  daysWaiting: number;
  /** No first contact yet and the target date has passed. */
  overdue: boolean;
  /** Working days past the target (0 when not overdue). */
  daysOverdue: number;
}

export function waiting(
  c: { openedAt: Date; respondedAt: Date | null; respondBy: string | null },
  now: Date,
): Waiting {
  const opened = brusselsDate(c.openedAt);
  const until = brusselsDate(c.respondedAt ?? now);
  const today = brusselsDate(now);
  const overdue = c.respondedAt === null && c.respondBy !== null && today > c.respondBy;
  return {
    daysWaiting: workingDaysBetween(opened, until),
    overdue,
    daysOverdue: overdue && c.respondBy ? workingDaysBetween(c.respondBy, today) : 0,
  };
}

export function inboxOrder<T extends { openedAt: Date; respondedAt: Date | null; respondBy: string | null }>(
  items: Array<T & Waiting>,
): Array<T & Waiting> {
  const rank = (item: T & Waiting) => (item.overdue ? 0 : item.respondedAt === null ? 1 : 2);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.daysOverdue - a.daysOverdue ||
      (a.respondBy ?? '').localeCompare(b.respondBy ?? '') ||
      a.openedAt.getTime() - b.openedAt.getTime(),
  );
}
