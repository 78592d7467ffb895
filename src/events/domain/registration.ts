// Registering for an event, without an account: who registers, and where they go (a place, or
// the waiting list in order). Pure rules.

import { EMAIL_MAX_LENGTH, isEmailAddress } from '../../platform/identifiers/email.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isOneOf } from '../../platform/vocabulary/index.ts';
import { asksPractice, EVENT_LANGUAGES, type EventKind, type EventLanguage } from './event.ts';

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_LIMITS = { name: 200, practice: 200, email: EMAIL_MAX_LENGTH };

export interface RegistrationForm {
  name: string;
  email: string;
  language: string;
  practice: string;
}

export interface RegistrationDraft {
  name: string;
  email: string;
  language: EventLanguage;
  practice: string | null;
}

export type RegistrationIssueCode = 'required' | 'too-long' | 'invalid' | 'holds-niss';
export interface RegistrationIssue {
  field: keyof RegistrationForm;
  code: RegistrationIssueCode;
}

/**
 * Checks a registration. The practice is asked for GP events (`kind` not a group session);
 * through the API it stays optional, since the contract names only name, e-mail and language.
 */
export function checkRegistration(
  form: RegistrationForm,
  kind: EventKind,
  options: { practiceRequired: boolean },
): { ok: true; value: RegistrationDraft } | { ok: false; issues: RegistrationIssue[] } {
  const issues: RegistrationIssue[] = [];
  const name = form.name.trim();
  if (!name) issues.push({ field: 'name', code: 'required' });
  else if (name.length > REGISTRATION_LIMITS.name) issues.push({ field: 'name', code: 'too-long' });
  else if (containsNiss(name)) issues.push({ field: 'name', code: 'holds-niss' });
  const email = form.email.trim().toLowerCase();
  if (!email) issues.push({ field: 'email', code: 'required' });
  else if (!isEmailAddress(email)) issues.push({ field: 'email', code: 'invalid' });
  const language = form.language;
  if (!language) issues.push({ field: 'language', code: 'required' });
  else if (!isOneOf(EVENT_LANGUAGES, language)) issues.push({ field: 'language', code: 'invalid' });
  const practice = asksPractice(kind) ? form.practice.trim() : '';
  if (asksPractice(kind) && options.practiceRequired && !practice)
    issues.push({ field: 'practice', code: 'required' });
  else if (practice.length > REGISTRATION_LIMITS.practice)
    issues.push({ field: 'practice', code: 'too-long' });
  else if (practice && containsNiss(practice)) issues.push({ field: 'practice', code: 'holds-niss' });
  if (issues.length > 0 || !isOneOf(EVENT_LANGUAGES, language)) return { ok: false, issues };
  return { ok: true, value: { name, email, language, practice: practice || null } };
}

/** A place while there is one; otherwise the waiting list. */
export function placeFor(registered: number, capacity: number): 'registered' | 'waitlisted' {
  return registered < capacity ? 'registered' : 'waitlisted';
}

/** Reminders go out two days before the event starts. */
export const REMINDER_LEAD_MS = 2 * 24 * 3_600_000;
