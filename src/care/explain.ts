// Turns a session decision into the one sentence a patient reads: where the session stands in
// its cap and what they pay, or why it is not reimbursed. Pure: no I/O, no clock.

import { format, formatDate, formatEuros, type Locale } from '../platform/i18n/index.ts';
import { NETWORK_AGE_BOUNDS, type ReasonCode, SCHEME_START, type SessionDecision } from './domain/index.ts';
import { careMessages } from './messages.ts';

export function explain(decision: SessionDecision, locale: Locale): string {
  const messages = careMessages[locale].explain;
  const months = decision.windowMonths;

  // A decision carries a reason exactly when the session is not reimbursed.
  if (decision.reason !== null) {
    // Typed as a full record so that a new reason code without a sentence is a compile error.
    const reasons: Record<ReasonCode, string> = messages.reasons;
    return format(locale, reasons[decision.reason], {
      // Formatting a date builds an Intl formatter: only the one sentence that shows it pays for it.
      start: decision.reason === 'before-scheme' ? formatDate(locale, SCHEME_START) : '',
      mode: decision.mode,
      network: decision.networkType,
      age: decision.ageOnDate,
      youthMax: NETWORK_AGE_BOUNDS.youth.maxAge ?? 0,
      adultMin: NETWORK_AGE_BOUNDS.adult.minAge ?? 0,
      cap: decision.cap ?? 0,
      months,
    });
  }

  const copay = decision.copayCents ?? 0;
  const payment = decision.firstSessionFree
    ? messages.payment.firstFree
    : copay === 0
      ? messages.payment.free
      : format(locale, messages.payment.pay, { amount: formatEuros(locale, copay) });

  if (decision.cap === null) return format(locale, messages.uncapped, { mode: decision.mode, payment });
  return format(locale, messages.capped, {
    number: decision.sessionNumber ?? 1,
    cap: decision.cap,
    months,
    payment,
  });
}
