// Reading the "What will I pay?" form: forgiving about how people write an age or a date of
// birth, strict about what it means. Pure: "today" is given by the caller.

import type { Locale } from '../platform/i18n/index.ts';
import { parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isOneOf, SESSION_MODES } from '../platform/vocabulary/index.ts';
import { costMessages } from './cost-messages.ts';
import {
  addDays,
  addMonths,
  type CareFunction,
  conventionOn,
  type IsoDate,
  type PastSession,
  type ProposedSession,
  type SessionMode,
} from './domain/index.ts';

export const BIM_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type BimAnswer = (typeof BIM_ANSWERS)[number];

export interface CostForm {
  age: string;
  bim: string;
  function: string;
  mode: string;
  sessions: string;
}

export interface CostQuestion {
  proposed: ProposedSession;
  history: PastSession[];
  bim: BimAnswer;
}

/** The kinds of help of the convention in force on `today`, in the convention's order. */
export function functionsOn(today: IsoDate): CareFunction[] {
  return Object.keys(conventionOn(today)?.functions ?? {}) as CareFunction[];
}

export function readCostForm(body: unknown): CostForm {
  const value = (name: string) => {
    const raw = (body as Record<string, unknown> | undefined)?.[name];
    const first = Array.isArray(raw) ? raw[0] : raw;
    return typeof first === 'string' ? first.trim().slice(0, 40) : '';
  };
  return {
    age: value('age'),
    bim: value('bim'),
    function: value('function'),
    mode: value('mode'),
    sessions: value('sessions'),
  };
}

/** An age in years, or a date of birth (27/03/1990, 27.3.1990, 1990-03-27) turned into one. */
function readBirthDate(
  input: string,
  today: IsoDate,
): { birthDate: IsoDate } | { error: 'ageRequired' | 'ageInvalid' | 'birthInFuture' } {
  if (input === '') return { error: 'ageRequired' };
  if (/^\d{1,3}$/.test(input)) {
    const age = Number(input);
    if (age > 120) return { error: 'ageInvalid' };
    // Half a year past a birthday: the age holds today whatever the exact day.
    return { birthDate: addMonths(today, -(12 * age + 6)) };
  }
  const date = parseBelgianDate(input);
  if (!date) return { error: 'ageInvalid' };
  if (date > today) return { error: 'birthInFuture' };
  if (date < addMonths(today, -12 * 121)) return { error: 'ageInvalid' };
  return { birthDate: date };
}

export function checkCostForm(
  form: CostForm,
  today: IsoDate,
  locale: Locale,
): { ok: true; question: CostQuestion } | { ok: false; errors: Record<string, string> } {
  const m = costMessages[locale].errors;
  const errors: Record<string, string> = {};
  const birth = readBirthDate(form.age, today);
  if ('error' in birth) errors.age = m[birth.error];
  if (!(BIM_ANSWERS as readonly string[]).includes(form.bim)) errors.bim = m.bimRequired;
  const functions = functionsOn(today);
  if (!(functions as string[]).includes(form.function)) errors.function = m.functionRequired;
  if (!isOneOf(SESSION_MODES, form.mode)) errors.mode = m.modeRequired;
  if (form.sessions === '') errors.sessions = m.sessionsRequired;
  else if (!/^\d{1,2}$/.test(form.sessions)) errors.sessions = m.sessionsInvalid;
  if (Object.keys(errors).length > 0 || 'error' in birth) return { ok: false, errors };

  const fn = form.function as CareFunction;
  const mode = form.mode as SessionMode;
  const proposed: ProposedSession = {
    date: today,
    birthDate: birth.birthDate,
    bim: form.bim === 'yes',
    function: fn,
    mode,
    // Up to 23 the youth network is the natural one (adult networks serve from 15).
    networkType: birth.birthDate > addMonths(today, -12 * 24) ? 'youth' : 'adult',
    // Treatment starts with the assessment: the page says so rather than refusing.
    functionalAssessment: true,
  };
  // The sessions already had: one a day on the days before today, all within the window.
  const history = Array.from({ length: Number(form.sessions) }, (_, i) => ({
    date: addDays(today, -(i + 1)),
    function: fn,
    mode,
  }));
  return { ok: true, question: { proposed, history, bim: form.bim as BimAnswer } };
}
