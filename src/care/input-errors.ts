// A recording's input errors as sentences, the same on the API and on the clinician's form.

import { format, formatDate, type Locale } from '../platform/i18n/index.ts';
import { careApiMessages } from './api-messages.ts';
import type { InputError } from './recording.ts';
import { recordingMessages } from './recording-messages.ts';

export interface ErrorContext {
  /** The known networks, listed for an unknown one. */
  networks: string;
  networkName: (id: string, locale: Locale) => string;
}

export function inputErrorMessage(locale: Locale, error: InputError, context: ErrorContext): string {
  const convention = error.convention;
  const messages = { ...careApiMessages[locale].errors, ...recordingMessages[locale].conventionErrors };
  return format(locale, messages[error.code], {
    networks: context.networks,
    ...(convention
      ? {
          date: formatDate(locale, convention.date),
          since: formatDate(locale, convention.since),
          network: context.networkName(convention.networkId, locale),
        }
      : {}),
  });
}
