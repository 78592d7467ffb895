// /{locale}/my/sessions: a clinician's own sessions; /new records one in two steps (preview
// with the decision, then confirm), without JavaScript. The NISS travels in the preview's form
// only; once recorded, the clinician is redirected to the session, whose page never shows it.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { UseRefused } from '../../care/oversight.ts';
import { tooManyMessage } from '../../care/recording-messages.ts';
import type { Clock } from '../../platform/clock.ts';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { StandardProblem } from '../../platform/http/problem.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { brusselsDay } from '../../platform/identifiers/belgian-date.ts';
import { isUuid } from '../../platform/ids.ts';
import type { FormErrors } from '../../platform/views/components.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { ReferenceService } from '../../reference/service.ts';
import type { ClinicianSelfService } from '../service.ts';
import { careFormErrors, checkSessionForm, emptySessionForm, readSessionForm } from '../session-form.ts';
import { sessionMessages } from '../session-messages.ts';
import { registerCancelSession, sendSessionPage } from './cancel-session.tsx';
import { type NameLookups, NewSessionPage, PreviewPage, SessionListPage } from './session-views.tsx';

export function registerSessionPages(
  app: FastifyInstance,
  self: ClinicianSelfService,
  reference: ReferenceService,
  clock: Clock,
): void {
  const namesIn = (locale: Locale): NameLookups => ({
    network: (id) => {
      // Reference packs may leave German out: French, the source language, stands in.
      const names: Partial<Record<Locale, string>> | undefined = reference.snapshot().networks.get(id)?.names;
      return names?.[locale] ?? names?.fr ?? id;
    },
    location: (clinician, id) => {
      const l = clinician.locations.find((location) => location.id === id);
      return l ? [l.name, l.street, l.postcode].filter(Boolean).join(', ') : '';
    },
  });
  for (const { path, locale } of localizedPaths('/my/sessions')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { sessions } = await self.ownSessions(request.user);
      return sendPage(
        reply,
        h(SessionListPage, { ctx: pageContext(request, reply), sessions, names: namesIn(locale) }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/my/sessions/new')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { clinician } = await self.ownRecorder(request.user);
      const state = emptySessionForm(clinician, brusselsDay(clock()), locale);
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        h(NewSessionPage, { ctx, state, clinician, names: namesIn(locale), errors: {} }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      // The profile and the decision to record, once, for the form and the recording alike.
      const recorder = await self.ownRecorder(request.user);
      const { clinician } = recorder;
      const state = readSessionForm(request.body);
      const step = queryValue(request.body, 'step');
      const names = namesIn(locale);
      const ctx = pageContext(request, reply);
      const form = (errors: FormErrors, status = 400, problem: string | null = null) =>
        sendPage(reply, h(NewSessionPage, { ctx, state, clinician, names, errors, problem }), status);
      // The hour's previews and recordings are used: the form comes back as typed, with when to retry.
      const limited = (refused: UseRefused) => {
        reply.header('retry-after', String(refused.retryAfterSeconds));
        return form({}, 429, tooManyMessage(locale, refused));
      };
      if (step === 'change') return form({}, 200);
      const checked = checkSessionForm(locale, state, clinician);
      if (!checked.ok) return form(checked.errors);
      if (step === 'confirm') {
        const outcome = await self.recordOwnSession(recorder, checked.input);
        if (!outcome.ok) {
          if (outcome.status === 429) return limited(outcome);
          return form(careFormErrors(locale, outcome.errors, self.errorContext()));
        }
        const changed = outcome.changes.length;
        return reply.redirect(`/${locale}/my/sessions/${outcome.id}?notice=recorded&changed=${changed}`, 303);
      }
      const preview = await self.previewOwnSession(recorder, checked.input);
      if (!preview.ok) {
        if (preview.status === 429) return limited(preview);
        return form(careFormErrors(locale, preview.errors, self.errorContext()));
      }
      return sendPage(
        reply,
        h(PreviewPage, { ctx, state, input: checked.input, clinician, names, decision: preview.decision }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/my/sessions/:id')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!isUuid(id)) {
        await self.ownProfile(request.user);
        throw new StandardProblem(404, 'not-found');
      }
      const found = await self.ownSession(request.user, id);
      if (!found) throw new StandardProblem(404, 'not-found');
      const changed = Math.min(Number.parseInt(queryValue(request.query, 'changed'), 10) || 0, 1000);
      const notice = queryValue(request.query, 'notice');
      return sendSessionPage(request, reply, found, namesIn(locale), {
        recorded: notice === 'recorded',
        notice: notice === 'cancelled' ? sessionMessages[locale].cancelledNotice : null,
        changed,
      });
    });
  }
  registerCancelSession(app, self, namesIn);
}
