// Turns a session decision into the one sentence a patient reads: where the session stands in
// its cap and what they pay, or why it is not reimbursed. Pure: no I/O, no clock.

import { format, formatDate, formatEuros, type Locale } from '../platform/i18n/index.ts';
import { NETWORK_AGE_BOUNDS, type ReasonCode, SCHEME_START, type SessionDecision } from './domain/index.ts';
import { careMessages } from './messages.ts';
import type { PreviewDecision } from './preview.ts';
import { recordingMessages } from './recording-messages.ts';

type ReasonFacts = Pick<SessionDecision, 'mode' | 'networkType' | 'ageOnDate'> & {
  cap: number | null;
  windowMonths: number;
};

function reasonSentence(locale: Locale, reason: ReasonCode, facts: ReasonFacts): string {
  // Typed as a full record so that a new reason code without a sentence is a compile error.
  const reasons: Record<ReasonCode, string> = careMessages[locale].explain.reasons;
  return format(locale, reasons[reason], {
    // Formatting a date builds an Intl formatter: only the one sentence that shows it pays for it.
    start: reason === 'before-scheme' ? formatDate(locale, SCHEME_START) : '',
    mode: facts.mode,
    network: facts.networkType,
    age: facts.ageOnDate,
    youthMax: NETWORK_AGE_BOUNDS.youth.maxAge ?? 0,
    adultMin: NETWORK_AGE_BOUNDS.adult.minAge ?? 0,
    cap: facts.cap ?? 0,
    months: facts.windowMonths,
  });
}

function copaySentence(locale: Locale, copayCents: number | null, firstSessionFree: boolean): string {
  const payment = careMessages[locale].explain.payment;
  const copay = copayCents ?? 0;
  if (firstSessionFree) return payment.firstFree;
  return copay === 0 ? payment.free : format(locale, payment.pay, { amount: formatEuros(locale, copay) });
}

export function explain(decision: SessionDecision, locale: Locale): string {
  const messages = careMessages[locale].explain;
  // A decision carries a reason exactly when the session is not reimbursed.
  if (decision.reason !== null) return reasonSentence(locale, decision.reason, decision);
  const payment = copaySentence(locale, decision.copayCents, decision.firstSessionFree);
  if (decision.cap === null) return format(locale, messages.uncapped, { mode: decision.mode, payment });
  return format(locale, messages.capped, {
    number: decision.sessionNumber ?? 1,
    cap: decision.cap,
    months: decision.windowMonths,
    payment,
  });
}

/** The preview's sentence: reimbursed and what the patient pays, or why not as far as the session itself says. */
export function explainPreview(preview: PreviewDecision, locale: Locale): string {
  const m = recordingMessages[locale];
  if (preview.reason === 'patient-history') return m.refusedByHistory;
  if (preview.reason !== null)
    return reasonSentence(locale, preview.reason, { ...preview, cap: null, windowMonths: 0 });
  // A free first session is told as free: saying "first" would tell whether the patient came before.
  return format(locale, m.reimbursed, { payment: copaySentence(locale, preview.copayCents, false) });
}
