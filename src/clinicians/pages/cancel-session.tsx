// Cancelling one of one's own sessions, with a reason, from its page: the session stays in the
// history, flagged, and the patient's later sessions are decided again (the care rules).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { careApiMessages } from '../../care/api-messages.ts';
import type { SessionView } from '../../care/outcomes.ts';
import type { Clinician } from '../../directory/domain/types.ts';
import { CsrfField } from '../../platform/auth/pages/shared.tsx';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { StandardProblem } from '../../platform/http/problem.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isUuid } from '../../platform/ids.ts';
import { type FormErrors, Textarea } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import type { ClinicianSelfService } from '../service.ts';
import { sessionMessages } from '../session-messages.ts';
import { type NameLookups, SessionPage } from './session-views.tsx';

const REASON_MAX = 500;

export function CancelSessionForm({
  ctx,
  session,
  reason = '',
  error,
}: {
  ctx: PageContext;
  session: SessionView;
  reason?: string;
  error?: string | undefined;
}) {
  const m = sessionMessages[ctx.locale];
  if (session.cancelled) return null;
  return (
    <form method="post" action={`/${ctx.locale}/my/sessions/${session.id}/cancel`} class="form" novalidate>
      <h2>{m.cancelTitle}</h2>
      <p>{m.cancelIntro}</p>
      <CsrfField token={ctx.csrfToken} />
      <Textarea
        id="reason"
        name="reason"
        label={m.cancelReason}
        hint={m.cancelReasonHint}
        value={reason}
        error={error}
        rows={3}
      />
      <button type="submit" class="button button--warning">
        {m.cancelButton}
      </button>
    </form>
  );
}

/** A session's page with its cancel form (as typed, with its error), a notice, or how it was just recorded. */
export function sendSessionPage(
  request: FastifyRequest,
  reply: FastifyReply,
  found: { session: SessionView; clinician: Clinician },
  names: NameLookups,
  extra: {
    reason?: string;
    errors?: FormErrors;
    notice?: string | null;
    recorded?: boolean;
    changed?: number;
    status?: number;
  },
) {
  const ctx = pageContext(request, reply);
  return sendPage(
    reply,
    h(SessionPage, {
      ctx,
      session: found.session,
      clinician: found.clinician,
      names,
      recorded: extra.recorded ?? false,
      changed: extra.changed ?? 0,
      notice: extra.notice ?? null,
      errors: extra.errors ?? {},
      cancel: h(CancelSessionForm, {
        ctx,
        session: found.session,
        reason: extra.reason ?? '',
        error: extra.errors?.reason,
      }),
    }),
    extra.status ?? 200,
  );
}

export function registerCancelSession(
  app: FastifyInstance,
  self: ClinicianSelfService,
  namesIn: (locale: Locale) => NameLookups,
): void {
  for (const { path, locale } of localizedPaths('/my/sessions/:id/cancel')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const m = sessionMessages[locale];
      const notFound = async (): Promise<never> => {
        await self.ownProfile(request.user); // 401 or 403 before saying it does not exist
        throw new StandardProblem(404, 'not-found');
      };
      if (!isUuid(id)) return notFound();
      const typed = queryValue(request.body, 'reason');
      const reason = typed.trim().slice(0, REASON_MAX);
      if (reason === '' || containsNiss(reason)) {
        const found = (await self.ownSession(request.user, id)) ?? (await notFound());
        return sendSessionPage(request, reply, found, namesIn(locale), {
          reason: typed,
          errors: {
            reason: reason === '' ? m.cancelReasonRequired : careApiMessages[locale].reasonHoldsNiss,
          },
          status: 400,
        });
      }
      const outcome = (await self.cancelOwnSession(request.user, id, reason)) ?? (await notFound());
      if (outcome.ok) {
        return reply.redirect(
          `/${locale}/my/sessions/${id}?notice=cancelled&changed=${outcome.changes.length}`,
          303,
        );
      }
      // Cancelled meanwhile (another tab): show it as it is now.
      const now = (await self.ownSession(request.user, id)) ?? (await notFound());
      return sendSessionPage(request, reply, now, namesIn(locale), {
        notice: m.alreadyCancelled,
        status: 409,
      });
    });
  }
}
