import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../../platform/auth/index.ts';
import type { LandingRule } from '../../platform/auth/landing.ts';
import { registerFlow } from '../../platform/forms/engine.tsx';
import type { Locale } from '../../platform/i18n/index.ts';
import type { ApplicationCaseWork } from '../case-work.ts';
import { formsMessages } from '../messages/forms.ts';
import type { ApplicationService } from '../service.ts';
import { registerAccountStep } from './account-step.tsx';
import { registerBackOffice } from './back-office.tsx';
import { clinicianFlow } from './clinician-flow.tsx';
import { registerConventionPage } from './convention.tsx';
import { registerMyPages } from './mine.tsx';
import { registerQuestionsPreview, serviceFlow } from './service-flow.tsx';
import { registerUploads } from './uploads.tsx';

export function registerApplicationPages(
  app: FastifyInstance,
  service: ApplicationService,
  work: ApplicationCaseWork,
  auth: AuthService,
): void {
  registerQuestionsPreview(app);
  const mb = Math.floor(service.options.maxUploadBytes / 1_048_576);
  const clinician = clinicianFlow(service.options.criteria.treatmentMinYears, mb);
  const join = registerFlow(app, clinician, service);
  registerFlow(app, serviceFlow, service);
  const signedOut = { next: null, resume: false };
  registerAccountStep(app, auth, [
    { path: clinician.path, kind: null, start: (ctx, form) => clinician.startPage(ctx, signedOut, form) },
    {
      path: serviceFlow.path,
      kind: 'organisation',
      start: (ctx, form) => serviceFlow.startPage(ctx, signedOut, form),
    },
  ]);
  registerUploads(app, service, work, join);
  registerMyPages(app, service);
  // Before the case pages' /applications/:id, though Fastify would prefer the static path anyway.
  registerBackOffice(app, service, work);
  registerConventionPage(app, service, work);
}

/** The two doors on the home page. */
export const applicationHomeEntries = [
  {
    href: (locale: Locale) => `/${locale}/professionals/join`,
    title: (locale: Locale) => formsMessages[locale].clinician.title,
    body: (locale: Locale) => formsMessages[locale].clinician.needs,
  },
  {
    href: (locale: Locale) => `/${locale}/professionals/service`,
    title: (locale: Locale) => formsMessages[locale].service.title,
    body: (locale: Locale) => formsMessages[locale].service.preview,
  },
];

/**
 * Where an applicant lands after signing in: an open questionnaire first (it is what they were
 * doing), then their applications; nothing for someone who has neither.
 */
export function applicationLanding(service: ApplicationService): LandingRule {
  return async (user) => {
    if (Object.keys(await service.draft(user, 'clinician')).length > 0) return '/professionals/join';
    if (Object.keys(await service.draft(user, 'service')).length > 0) return '/professionals/service';
    return (await service.space.mine(user)).length > 0 ? '/my/applications' : null;
  };
}
