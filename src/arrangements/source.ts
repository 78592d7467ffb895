// What an arrangement takes from the GP's case-advice request it is made from, and the first
// guess at its weekly slot read from the request's "preferred times" ("jeudi 12h30-13h30",
// "donderdag 12:30–13:30", "Thursdays 12.30 to 13.30"): the coordinator checks and completes it.

import type { ArrangementForm } from './domain/arrangement-form.ts';
import { EMPTY_ARRANGEMENT_FORM } from './domain/arrangement-form.ts';
import { WEEKDAYS, type Weekday } from './domain/schedule.ts';

export interface ArrangementSource {
  caseId: string;
  reference: string;
  zoneId: string;
  practice: string;
  gp: { name: string; email: string; language: string };
  preferredTimes: string | null;
  /** The clinician the coordinator assigned to the request (latest), if any. */
  clinician: { id: string; name: string } | null;
}

// Day names in the three languages, Monday first (prefixes: "jeudis", "donderdagen", "Thursdays").
const DAY_NAMES: Record<Weekday, readonly string[]> = {
  mo: ['lundi', 'maandag', 'monday'],
  tu: ['mardi', 'dinsdag', 'tuesday'],
  we: ['mercredi', 'woensdag', 'wednesday'],
  th: ['jeudi', 'donderdag', 'thursday'],
  fr: ['vendredi', 'vrijdag', 'friday'],
  sa: ['samedi', 'zaterdag', 'saturday'],
  su: ['dimanche', 'zondag', 'sunday'],
};

const TIME = /\b([01]?\d|2[0-3])\s*[:.hu]\s*([0-5]\d)?/g;

const pad = (hour: string, minute: string | undefined) => `${hour.padStart(2, '0')}:${minute ?? '00'}`;

/** The weekday and times the preferred times name, when they name them; the rest stays empty. */
export function formFromPreferredTimes(text: string | null): ArrangementForm {
  const form = { ...EMPTY_ARRANGEMENT_FORM };
  if (!text) return form;
  const lower = text.slice(0, 400).toLowerCase();
  const days = WEEKDAYS.filter((day) => DAY_NAMES[day].some((name) => lower.includes(name)));
  // Only one day named: two days ("mardi ou jeudi") are the coordinator's choice.
  if (days.length === 1) form.weekday = days[0]!;
  const times = [...lower.matchAll(TIME)].map((match) => pad(match[1]!, match[2]));
  if (times.length >= 2) {
    form.startTime = times[0]!;
    form.endTime = times[1]!;
  }
  return form;
}
