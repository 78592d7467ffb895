import { format, type Locale, type Translations } from '../platform/i18n/index.ts';

// What recording says besides care's own messages: a convention not in force on the session's
// date (recording.ts), the preview's sentence (preview.ts) and the hourly limit (oversight.ts).
const fr = {
  conventionErrors: {
    // {date} = the session's date, {network} = the network's name, {since} = when it changed.
    'convention-not-started':
      'Le {date}, la convention avec {network} n’avait pas encore commencé (elle commence le {since})\u202f: aucune séance à cette date ne peut être enregistrée.',
    'convention-suspended':
      'Le {date}, la convention avec {network} était suspendue (depuis le {since})\u202f: aucune séance à cette date ne peut être enregistrée. Les séances d’avant le {since} peuvent encore l’être.',
    'convention-ended':
      'Le {date}, la convention avec {network} avait pris fin (le {since})\u202f: aucune séance à cette date ne peut être enregistrée.',
  },
  /** {payment}: one of care's `explain.payment` sentences. */
  reimbursed: 'Séance remboursée\u202f: {payment}.',
  refusedByHistory:
    'Cette séance n’est pas remboursée, en raison des séances déjà remboursées à ce patient. La raison précise figurera sur la séance une fois enregistrée.',
  /** {limit}: SESSION_PREVIEWS_PER_HOUR; {minutes}: until the next hour. */
  tooMany:
    'Vous avez atteint la limite de {limit} aperçus et enregistrements de séances par heure. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
};

export const recordingMessages: Translations<typeof fr> = {
  fr,
  nl: {
    conventionErrors: {
      'convention-not-started':
        'Op {date} was de overeenkomst met {network} nog niet ingegaan (ze gaat in op {since}): op die datum kan geen sessie worden geregistreerd.',
      'convention-suspended':
        'Op {date} was de overeenkomst met {network} geschorst (sinds {since}): op die datum kan geen sessie worden geregistreerd. Sessies van vóór {since} kunnen nog wel.',
      'convention-ended':
        'Op {date} was de overeenkomst met {network} beëindigd (op {since}): op die datum kan geen sessie worden geregistreerd.',
    },
    reimbursed: 'Terugbetaalde sessie: {payment}.',
    refusedByHistory:
      'Deze sessie wordt niet terugbetaald, door de sessies die al voor deze patiënt werden terugbetaald. De precieze reden staat bij de sessie zodra ze geregistreerd is.',
    tooMany:
      'U hebt de limiet van {limit} voorbeelden en registraties van sessies per uur bereikt. Probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.',
  },
  en: {
    conventionErrors: {
      'convention-not-started':
        'On {date}, the convention with {network} had not started yet (it starts on {since}): no session on that date can be recorded.',
      'convention-suspended':
        'On {date}, the convention with {network} was suspended (since {since}): no session on that date can be recorded. Sessions before {since} still can be.',
      'convention-ended':
        'On {date}, the convention with {network} had ended (on {since}): no session on that date can be recorded.',
    },
    reimbursed: 'Reimbursed session: {payment}.',
    refusedByHistory:
      'This session is not reimbursed, because of the sessions already reimbursed for this patient. The exact reason will be on the session once it is recorded.',
    tooMany:
      'You have reached the limit of {limit} session previews and recordings an hour. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  de: {
    conventionErrors: {
      'convention-not-started':
        'Am {date} hatte die Vereinbarung mit {network} noch nicht begonnen (sie beginnt am {since}): Für dieses Datum kann keine Sitzung erfasst werden.',
      'convention-suspended':
        'Am {date} war die Vereinbarung mit {network} ausgesetzt (seit dem {since}): Für dieses Datum kann keine Sitzung erfasst werden. Sitzungen vor dem {since} können noch erfasst werden.',
      'convention-ended':
        'Am {date} war die Vereinbarung mit {network} beendet (am {since}): Für dieses Datum kann keine Sitzung erfasst werden.',
    },
    reimbursed: 'Erstattete Sitzung: {payment}.',
    refusedByHistory:
      'Diese Sitzung wird nicht erstattet, weil für diese Patientin oder diesen Patienten bereits Sitzungen erstattet wurden. Der genaue Grund steht bei der Sitzung, sobald sie erfasst ist.',
    tooMany:
      'Sie haben die Grenze von {limit} Vorschauen und Erfassungen von Sitzungen pro Stunde erreicht. Versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut.',
  },
};

/** The limit's message: how many an hour, and in how many minutes the next hour begins. */
export function tooManyMessage(
  locale: Locale,
  refused: { limit: number; retryAfterSeconds: number },
): string {
  return format(locale, recordingMessages[locale].tooMany, {
    limit: refused.limit,
    minutes: Math.max(1, Math.ceil(refused.retryAfterSeconds / 60)),
  });
}
