// Closing a meeting cannot be undone (the minutes are written and never change): the close
// button first answers a page asking to confirm it, which needs no JavaScript. Whoever may not
// close, a closed meeting or a page someone changed since gets close's own answer instead.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ConfirmActionPage, isConfirmed } from '../../platform/cases/case-page.tsx';
import { pageContext } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale } from '../../platform/i18n/index.ts';
import { sendPage } from '../../platform/views/render.ts';
import { committeeMessages } from '../messages/index.ts';
import type { CommitteeService } from '../service.ts';
import { formVersion } from './shared.ts';

/**
 * Whether the confirmation page was sent; false when the post is to be acted on (confirmed, or
 * refused by close). A boolean, not the reply: a reply is thenable, and awaiting it would wait
 * for the response instead of saying it was sent.
 */
export async function askToConfirmClose(
  request: FastifyRequest,
  reply: FastifyReply,
  committees: CommitteeService,
  locale: Locale,
): Promise<boolean> {
  if (isConfirmed(request.body)) return false;
  const { id } = request.params as { id: string };
  const view = await committees.meeting(request.user, id);
  const version = formVersion(request.body);
  if (!(view.may.manage && view.status === 'open' && version === view.version)) return false;
  const m = committeeMessages[locale].meeting;
  sendPage(
    reply,
    h(ConfirmActionPage, {
      ctx: pageContext(request, reply),
      section: 'committees',
      question: format(locale, m.closeQuestion, { date: formatDate(locale, view.state.heldOn) }),
      verb: m.closeVerb,
      url: `/${locale}/committees/meetings/${id}/close`,
      cancelHref: `/${locale}/committees/meetings/${id}`,
      version,
      fields: [],
    }),
  );
  return true;
}
