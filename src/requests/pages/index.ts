import type { FastifyInstance } from 'fastify';
import { registerFlow } from '../../platform/forms/engine.tsx';
import type { Locale } from '../../platform/i18n/index.ts';
import { LookupLimiter } from '../lookup-limiter.ts';
import { formsMessages } from '../messages/index.ts';
import { statusMessages } from '../messages/status.ts';
import type { RequestService } from '../service.ts';
import { registerCasePages } from './case.tsx';
import { registerFollowUpPages } from './follow-up.tsx';
import { registerInboxPages } from './inbox.tsx';
import { partnerFlow } from './partner-flow.tsx';
import { registerStatusPage } from './status.tsx';
import { supportFlow } from './support-flow.tsx';

export interface RequestPagesOptions {
  /** Status look-ups per client address per hour. */
  statusLookupsPerHour: number;
}

export function registerRequestPages(
  app: FastifyInstance,
  requests: RequestService,
  options: RequestPagesOptions,
): void {
  registerFlow(app, supportFlow, requests);
  registerFlow(app, partnerFlow, requests);
  registerStatusPage(app, requests, new LookupLimiter(options.statusLookupsPerHour));
  registerInboxPages(app, requests);
  registerCasePages(app, requests);
  registerFollowUpPages(app, requests);
}

/** The two doors on the home page. */
export const requestHomeEntries = [
  {
    href: (locale: Locale) => `/${locale}/professionals/support`,
    title: (locale: Locale) => formsMessages[locale].support.title,
    body: (locale: Locale) => formsMessages[locale].home.support,
  },
  {
    href: (locale: Locale) => `/${locale}/professionals/partner`,
    title: (locale: Locale) => formsMessages[locale].partner.title,
    body: (locale: Locale) => formsMessages[locale].home.partner,
  },
  {
    href: (locale: Locale) => `/${locale}/professionals/status`,
    title: (locale: Locale) => statusMessages[locale].followLink,
    body: (locale: Locale) => statusMessages[locale].homeBody,
  },
];
