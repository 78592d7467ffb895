import { format, type Locale } from '../platform/i18n/index.ts';
import type { Place } from './domain/places.ts';
import type { Locality } from './domain/types.ts';
import { referenceMessages } from './messages.ts';
import type { ReferenceService } from './service.ts';

export type PlaceLookup =
  | { ok: true; place: Place }
  | {
      ok: false;
      /** A sentence for the error summary and the field, in the reader's language. */
      error: string;
      /** Localities the person may have meant (ambiguous or misspelt names). */
      choices: Locality[];
    };

/**
 * Reads a "postcode or commune" box the way a person fills it in: 1030, Schaerbeek,
 * schaarbeek, saint josse. Used by every page that asks where someone is.
 */
export function readPlace(reference: ReferenceService, input: string, locale: Locale): PlaceLookup {
  const m = referenceMessages[locale].errors;
  const found = reference.searchPlace(input);
  switch (found.kind) {
    case 'found':
      return { ok: true, place: found.place };
    case 'empty':
      return { ok: false, error: m.placeRequired, choices: [] };
    case 'invalid-postcode':
      return { ok: false, error: m.placeInvalidPostcode, choices: [] };
    case 'ambiguous':
      return {
        ok: false,
        error: format(locale, m.placeAmbiguous, { value: input.trim() }),
        choices: found.candidates,
      };
    case 'not-found':
      return {
        ok: false,
        error: format(locale, m.placeNotFound, { value: input.trim() }),
        choices: found.suggestions,
      };
  }
}

/** An optional age box: '' is no age, a whole number from 0 to 120 is an age, anything else is wrong. */
export function parseAge(input: string): number | undefined | 'invalid' {
  const text = input.trim();
  if (text === '') return undefined;
  if (!/^\d{1,3}$/.test(text)) return 'invalid';
  const age = Number(text);
  return age <= 120 ? age : 'invalid';
}
