// One agenda item on the meeting page and in the minutes: the application, its recusals, its
// quorum, and its decision (or, in an open meeting, the forms to recuse a member and to decide).

import { format, formatDateTime, type Locale } from '../../platform/i18n/index.ts';
import {
  type FormErrors,
  Radios,
  Select,
  SummaryList,
  Tag,
  Textarea,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { LiveBudgetImpact } from '../domain/decision-desk.ts';
import type { MemberAttendance, Minutes, RecordedDecision } from '../domain/minutes.ts';
import type { QuorumCount } from '../domain/quorum.ts';
import { committeeMessages } from '../messages/index.ts';
import { BudgetImpactList } from './budget-impact.tsx';
import type { NetworkName } from './shared.ts';

type ShownItem = Minutes['items'][number];

export function QuorumLine({ locale, quorum }: { locale: Locale; quorum: QuorumCount }) {
  const m = committeeMessages[locale].meeting;
  return <>{format(locale, quorum.met ? m.quorumMet : m.quorumMissing, { ...quorum })}</>;
}

export function RecusalList({ locale, item }: { locale: Locale; item: ShownItem }) {
  const m = committeeMessages[locale].meeting;
  if (item.recusals.length === 0) return <p>{m.noRecusals}</p>;
  return (
    <ul>
      {item.recusals.map((recusal) => (
        <li key={recusal.accountId}>
          {recusal.displayName} –{' '}
          {recusal.cause === 'involved' ? m.involved : format(locale, m.declared, { note: recusal.note })}
        </li>
      ))}
    </ul>
  );
}

export function DecisionFacts({ locale, decision }: { locale: Locale; decision: RecordedDecision }) {
  const m = committeeMessages[locale].meeting;
  return (
    <div class="panel" data-decision={decision.outcome}>
      <p>
        <Tag tone={decision.outcome === 'approve' ? 'good' : 'warning'}>{m.outcomes[decision.outcome]}</Tag>{' '}
        {format(locale, m.votes, {
          for: decision.votesFor,
          against: decision.votesAgainst,
          abstentions: decision.abstentions,
        })}
      </p>
      <p>
        <strong>{m.reasons}</strong>
      </p>
      {decision.reasons.split(/\n+/).map((line, index) => (
        <p key={index}>{line}</p>
      ))}
      <p class="field__hint">
        {format(locale, m.recordedBy, {
          who: decision.recordedByName,
          when: formatDateTime(locale, new Date(decision.recordedAt)),
        })}
      </p>
      {decision.applicationStatus === null ? <p>{m.pending}</p> : null}
    </div>
  );
}

export function ItemFacts({
  locale,
  item,
  networkName,
  position,
  linked,
  impacts,
  mayConfigure,
}: {
  locale: Locale;
  item: ShownItem;
  networkName: NetworkName;
  position: number;
  linked: boolean;
  /** The live budget impact (the meeting page); absent in the minutes, which record decisions only. */
  impacts?: readonly LiveBudgetImpact[] | undefined;
  mayConfigure?: (networkId: string) => boolean;
}) {
  const m = committeeMessages[locale].meeting;
  const names = (ids: string[]) => ids.map((id) => networkName(id, locale)).join(', ');
  return (
    <>
      <h3 id={`item-${position}`}>{format(locale, m.item, { position, reference: item.item.reference })}</h3>
      <SummaryList
        rows={[
          { key: m.applicant, value: `${item.item.applicantName} (${m.kinds[item.item.kind]})` },
          { key: m.decidesFor, value: names(item.networks.here) },
          ...(impacts
            ? [
                {
                  key: m.budget,
                  value: (
                    <BudgetImpactList
                      locale={locale}
                      impacts={impacts.filter((impact) => item.networks.here.includes(impact.networkId))}
                      networkName={(id) => networkName(id, locale)}
                      mayConfigure={mayConfigure ?? (() => false)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {item.networks.elsewhere.length > 0 ? (
        <p class="warning-text">
          {format(locale, m.alsoWaits, { networks: names(item.networks.elsewhere) })}
        </p>
      ) : null}
      {linked ? (
        <p class="no-print">
          <a href={`/${locale}${item.item.path}`}>
            {format(locale, m.openApplication, { reference: item.item.reference })}
          </a>
        </p>
      ) : null}
      <h4>{m.recusals}</h4>
      <RecusalList locale={locale} item={item} />
    </>
  );
}

export interface ItemFormState {
  errors: FormErrors;
  values: Record<string, string>;
}

/** The forms of an item in an open meeting: declare a conflict (managers), decide (members). */
export function ItemForms({
  ctx,
  meetingId,
  item,
  position,
  members,
  version,
  may,
  form,
}: {
  ctx: PageContext;
  meetingId: string;
  item: ShownItem;
  position: number;
  members: MemberAttendance[];
  version: number;
  may: { manage: boolean; decide: boolean; recused: boolean };
  form: ItemFormState;
}) {
  const m = committeeMessages[ctx.locale].meeting;
  const r = `i${position}-r-`;
  const d = `i${position}-d-`;
  const recused = new Set(item.recusals.map((recusal) => recusal.accountId));
  const candidates = members.filter((member) => !recused.has(member.accountId));
  const base = `/${ctx.locale}/committees/meetings/${meetingId}/items/${encodeURIComponent(item.item.applicationId)}`;
  return (
    <div class="case-actions">
      {may.manage
        ? item.recusals
            .filter((recusal) => recusal.cause === 'declared')
            .map((recusal) => (
              <form
                method="post"
                action={`${base}/recusals/withdraw`}
                class="inline-form no-print"
                key={recusal.accountId}
              >
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <input type="hidden" name="version" value={String(version)} />
                <input type="hidden" name="memberId" value={recusal.accountId} />
                <button type="submit" class="link-button">
                  {format(ctx.locale, m.withdraw, { name: recusal.displayName })}
                </button>
              </form>
            ))
        : null}
      {may.manage && candidates.length > 0 ? (
        <section class="case-action no-print" aria-labelledby={`${r}title`}>
          <h4 id={`${r}title`}>{m.declareTitle}</h4>
          <form method="post" action={`${base}/recusals`} novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(version)} />
            <Select
              id={`${r}memberId`}
              name="memberId"
              label={m.member}
              error={form.errors[`${r}memberId`]}
              value={form.values[`${r}memberId`]}
              emptyLabel={m.chooseMember}
              options={candidates.map((member) => ({ value: member.accountId, label: member.displayName }))}
            />
            <TextInput
              id={`${r}note`}
              name="note"
              label={m.note}
              error={form.errors[`${r}note`]}
              value={form.values[`${r}note`]}
            />
            <button type="submit" class="button button--secondary">
              {m.declare}
            </button>
          </form>
        </section>
      ) : null}
      {may.decide && may.recused ? <p>{m.youAreRecused}</p> : null}
      {may.decide && !may.recused && !item.quorum.met ? (
        <p id={`${d}quorum`} class="warning-text">
          {committeeMessages[ctx.locale].issues['no-quorum']}
        </p>
      ) : null}
      {may.decide && !may.recused && item.quorum.met ? (
        <section class="case-action no-print" aria-labelledby={`${d}title`}>
          <h4 id={`${d}title`}>{m.decisionTitle}</h4>
          <form method="post" action={`${base}/decision`} novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(version)} />
            <Radios
              name="outcome"
              id={`${d}outcome`}
              legend={m.outcome}
              error={form.errors[`${d}outcome`]}
              value={form.values[`${d}outcome`]}
              inline
              options={(['approve', 'reject'] as const).map((o) => ({ value: o, label: m.outcomes[o] }))}
            />
            <Textarea
              id={`${d}reasons`}
              name="reasons"
              label={m.reasons}
              hint={m.reasonsHint}
              error={form.errors[`${d}reasons`]}
              value={form.values[`${d}reasons`]}
              rows={4}
            />
            <p class="field__hint">{format(ctx.locale, m.votesHint, { count: item.quorum.present })}</p>
            {(['votesFor', 'votesAgainst', 'abstentions'] as const).map((field) => (
              <TextInput
                key={field}
                id={`${d}${field}`}
                name={field}
                label={m[field]}
                error={form.errors[`${d}${field}`]}
                value={form.values[`${d}${field}`]}
                inputMode="numeric"
                width="short"
              />
            ))}
            <button type="submit" class="button">
              {m.record}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
