// How long GPs and organisations wait: working days (Belgian, platform/working-days.ts) from the
// day a request is received to its first contact and to the day it is scheduled, each day read
// in Brussels time. The share within target counts the requests whose outcome is known: first
// contacted (late or not), or past the target without a contact.

import { brusselsDate, workingDaysBetween } from '../../platform/working-days.ts';

export interface RequestTimes {
  receivedAt: Date;
  firstContactAt: Date | null;
  scheduledAt: Date | null;
}

export interface Waits {
  received: number;
  /** Median working days to first contact, of the requests first contacted; null if none. */
  medianToFirstContact: number | null;
  medianToScheduled: number | null;
  /** Requests whose first contact came within the target, of those whose outcome is known. */
  withinTarget: number;
  judged: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function workingDaysWaited(from: Date, to: Date): number {
  return workingDaysBetween(brusselsDate(from), brusselsDate(to));
}

export function waitsOf(requests: readonly RequestTimes[], targetWorkingDays: number, now: Date): Waits {
  const toContact: number[] = [];
  const toScheduled: number[] = [];
  let withinTarget = 0;
  let judged = 0;
  for (const request of requests) {
    if (request.firstContactAt) {
      const days = workingDaysWaited(request.receivedAt, request.firstContactAt);
      toContact.push(days);
      judged++;
      if (days <= targetWorkingDays) withinTarget++;
    } else if (workingDaysWaited(request.receivedAt, now) > targetWorkingDays) {
      judged++;
    }
    if (request.scheduledAt) toScheduled.push(workingDaysWaited(request.receivedAt, request.scheduledAt));
  }
  return {
    received: requests.length,
    medianToFirstContact: median(toContact),
    medianToScheduled: median(toScheduled),
    withinTarget,
    judged,
  };
}
