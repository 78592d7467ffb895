// Other capabilities' panels on a coordinator's case page (events: "this request's event", or
// the way to make one). The requests capability knows nothing of them: each panel is a function
// the composition root adds to `RequestService.casePanels`, called with the case the page shows.

import type { ComponentChildren } from 'preact';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Locale } from '../platform/i18n/index.ts';
import type { CaseView } from './case-work.ts';

export interface CasePanelInput {
  user: CurrentUser | null;
  view: CaseView;
  locale: Locale;
}

/** What to show under the request, or null for nothing. */
export type CasePanel = (input: CasePanelInput) => Promise<ComponentChildren | null>;

/**
 * Other capabilities' part of one request on the requester's own "my requests" page (a standing
 * arrangement made from it), or null. Called only with a request the signed-in person sent.
 */
export type OwnRequestPanel = (input: {
  caseId: string;
  locale: Locale;
}) => Promise<ComponentChildren | null>;
