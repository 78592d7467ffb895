import { format, formatDateTime } from '../../platform/i18n/index.ts';
import { SummaryList } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { CaseView } from '../case-work.ts';
import { callAnswers, latestProposal } from '../clinician-answers.ts';
import { followUpMessages } from '../messages/follow-up.ts';

// What clinicians answered, on a request's case page: while a call is open, the clinicians who
// answered it, each with a button that chooses them (the coordinator's assignment); afterwards,
// the proposed clinician and whether they accepted.

/** The choice among the clinicians who answered the open call (the case's "assign" action). */
export function CallAnswers({ ctx, view }: { ctx: PageContext; view: CaseView }) {
  const m = followUpMessages[ctx.locale].staff;
  const answers = callAnswers(view.actions);
  const url = `/${ctx.locale}/inbox/cases/${view.record.id}/assign-clinician`;
  return (
    <section class="case-action case-action--primary" aria-labelledby="call-answers-title">
      <h3 id="call-answers-title">{m.answersTitle}</h3>
      {answers.length === 0 ? <p>{m.noAnswers}</p> : null}
      <ul class="results">
        {answers.map((answer) => (
          <li key={answer.clinicianId}>
            <p>
              <strong>{answer.clinicianName}</strong> · {formatDateTime(ctx.locale, answer.at)}
            </p>
            {answer.text ? <p>{answer.text}</p> : null}
            <form method="post" action={url}>
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(view.record.version)} />
              <input type="hidden" name="clinicianId" value={answer.clinicianId} />
              <button type="submit" class="button">
                {format(ctx.locale, m.choose, { name: answer.clinicianName })}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The proposed clinician and their answer, for the coordinator (nothing before a proposal). */
export function ProposedClinicianAnswer({ ctx, view }: { ctx: PageContext; view: CaseView }) {
  const proposal = latestProposal(view.actions);
  if (!proposal || view.record.status === 'calling') return null;
  const m = followUpMessages[ctx.locale].staff;
  const answer =
    proposal.answer === 'accepted' ? m.accepted : proposal.answer === 'declined' ? m.declined : m.waiting;
  return (
    <section aria-labelledby="proposal-title">
      <h2 id="proposal-title">{m.proposalTitle}</h2>
      <SummaryList rows={[{ key: proposal.clinicianName, value: answer }]} />
    </section>
  );
}
