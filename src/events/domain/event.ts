// An event: a knowledge-sharing session for a group of GPs, a CPM multidisciplinary meeting, or a
// group session for the public (a community group of the 2024 convention: free, led by a
// conventioned clinician with a co-leader, at a venue). Pure rules: checking what an organiser
// typed, and when an event still takes registrations.

import { parseBelgianDate } from '../../platform/identifiers/belgian-date.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isOneOf } from '../../platform/vocabulary/index.ts';
import { KNOWLEDGE_TOPICS, type KnowledgeTopic } from '../../requests/domain/vocabulary.ts';
import { brusselsInstant } from './time.ts';

export const EVENT_KINDS = ['knowledge-session', 'cpm', 'group-session'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The languages an event is held in (and people are written to in); German for Ostbelgien's network. */
export const EVENT_LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
export type EventLanguage = (typeof EVENT_LANGUAGES)[number];

/** Who it is for: GPs, the GPs and clinicians of a CPM meeting, or the public (a community group). */
export const AUDIENCES = ['gps', 'professionals', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** GP events ask the practice of whoever registers; the public's group sessions do not. */
export function asksPractice(kind: EventKind): boolean {
  return kind !== 'group-session';
}

export const EVENT_LIMITS = {
  title: 200,
  description: 4000,
  venue: 300,
  url: 500,
  person: 200,
  capacity: 500,
};

/** What an organiser typed, as text (kept as typed when the form comes back with errors). */
export interface EventForm {
  kind: string;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  zoneId: string;
  language: string;
  venue: string;
  onlineUrl: string;
  topics: string[];
  capacity: string;
  audience: string;
  leader: string;
  coLeader: string;
}

export interface EventDraft {
  kind: EventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  zoneId: string;
  language: EventLanguage;
  venue: string | null;
  onlineUrl: string | null;
  topics: KnowledgeTopic[];
  capacity: number;
  audience: Audience;
  leader: string;
  coLeader: string | null;
}

export type EventIssueCode =
  | 'required'
  | 'too-long'
  | 'invalid'
  | 'holds-niss'
  | 'in-past'
  | 'ends-before-start'
  | 'venue-or-link'
  | 'venue-required'
  | 'co-leader-required';
export interface EventIssue {
  field: keyof EventForm;
  code: EventIssueCode;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const URL_PATTERN = /^https:\/\/[^\s<>"]+$/;

/** Checks a form against the rules; `zones` are the zone ids that exist, `now` decides what is past. */
export function checkEvent(
  form: EventForm,
  zones: readonly string[],
  now: Date,
): { ok: true; value: EventDraft } | { ok: false; issues: EventIssue[] } {
  const issues: EventIssue[] = [];
  const text = (field: keyof EventForm, value: string, max: number, required = true): string => {
    const trimmed = value.trim();
    if (!trimmed) {
      if (required) issues.push({ field, code: 'required' });
    } else if (trimmed.length > max) issues.push({ field, code: 'too-long' });
    else if (containsNiss(trimmed)) issues.push({ field, code: 'holds-niss' });
    return trimmed;
  };
  const choice = <T extends string>(field: keyof EventForm, list: readonly T[], value: string): T | null => {
    if (!value) issues.push({ field, code: 'required' });
    else if (!isOneOf(list, value)) issues.push({ field, code: 'invalid' });
    return isOneOf(list, value) ? value : null;
  };
  const kind = choice('kind', EVENT_KINDS, form.kind);
  const title = text('title', form.title, EVENT_LIMITS.title);
  const description = text('description', form.description, EVENT_LIMITS.description, false);
  const zoneId = choice('zoneId', zones, form.zoneId);
  const language = choice('language', EVENT_LANGUAGES, form.language);
  const audience = choice('audience', AUDIENCES, form.audience);
  const leader = text('leader', form.leader, EVENT_LIMITS.person);
  const coLeader = text('coLeader', form.coLeader, EVENT_LIMITS.person, false);
  const venue = text('venue', form.venue, EVENT_LIMITS.venue, false);
  const onlineUrl = form.onlineUrl.trim();
  if (onlineUrl && (onlineUrl.length > EVENT_LIMITS.url || !URL_PATTERN.test(onlineUrl)))
    issues.push({ field: 'onlineUrl', code: 'invalid' });
  if (kind === 'group-session') {
    // Community groups meet at a venue with a co-leader (2024 convention).
    if (!venue) issues.push({ field: 'venue', code: 'venue-required' });
    if (!coLeader) issues.push({ field: 'coLeader', code: 'co-leader-required' });
  } else if (kind && !venue && !onlineUrl) issues.push({ field: 'venue', code: 'venue-or-link' });
  const topics = form.topics.filter((topic) => isOneOf(KNOWLEDGE_TOPICS, topic)) as KnowledgeTopic[];
  if (topics.length !== form.topics.length) issues.push({ field: 'topics', code: 'invalid' });
  if (kind === 'knowledge-session' && form.topics.length === 0)
    issues.push({ field: 'topics', code: 'required' });
  const capacityText = form.capacity.trim();
  const capacity = Number(capacityText);
  if (!capacityText) issues.push({ field: 'capacity', code: 'required' });
  else if (!/^\d{1,3}$/.test(capacityText) || capacity < 1 || capacity > EVENT_LIMITS.capacity)
    issues.push({ field: 'capacity', code: 'invalid' });
  const day = form.date.trim() ? parseBelgianDate(form.date) : null;
  if (!form.date.trim()) issues.push({ field: 'date', code: 'required' });
  else if (!day) issues.push({ field: 'date', code: 'invalid' });
  const start = form.startTime.trim();
  const end = form.endTime.trim();
  for (const [field, value] of [
    ['startTime', start],
    ['endTime', end],
  ] as const) {
    if (!value) issues.push({ field, code: 'required' });
    else if (!TIME.test(value)) issues.push({ field, code: 'invalid' });
  }
  const startsAt = day && TIME.test(start) ? brusselsInstant(day, start) : null;
  const endsAt = day && TIME.test(end) ? brusselsInstant(day, end) : null;
  if (startsAt && startsAt <= now) issues.push({ field: 'date', code: 'in-past' });
  if (startsAt && endsAt && endsAt <= startsAt) issues.push({ field: 'endTime', code: 'ends-before-start' });
  if (issues.length > 0 || !kind || !zoneId || !language || !audience || !startsAt || !endsAt)
    return { ok: false, issues };
  return {
    ok: true,
    value: {
      kind,
      title,
      description,
      startsAt,
      endsAt,
      zoneId,
      language,
      venue: venue || null,
      onlineUrl: onlineUrl || null,
      topics: kind === 'knowledge-session' ? topics : [],
      capacity,
      audience,
      leader,
      coLeader: coLeader || null,
    },
  };
}

/** Why an event takes no registration, or null when it does. */
export function closedBecause(
  event: { status: EventStatus; startsAt: Date },
  now: Date,
): 'cancelled' | 'past' | null {
  if (event.status === 'cancelled') return 'cancelled';
  return event.startsAt <= now ? 'past' : null;
}
