// A network admin sets their network's yearly amount for new conventions and its default fee per
// session: one form per network they administer, at /{locale}/applications/budget.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale } from '../../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, TextInput } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { budgetsFor, type NetworkBudget, setBudget } from '../budget-settings.ts';
import { budgetMessages } from '../messages/budget.ts';
import type { ApplicationService } from '../service.ts';

/** Cents as the form shows them: plain digits, a decimal comma or point as the locale writes it. */
function eurosText(locale: Locale, cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0
    ? String(euros)
    : `${euros}${locale === 'en' ? '.' : ','}${String(rest).padStart(2, '0')}`;
}

function BudgetPage({
  ctx,
  budgets,
  errors,
  typed,
  saved,
  networkName,
}: {
  ctx: PageContext;
  budgets: NetworkBudget[];
  errors: FormErrors;
  /** What was typed into the form that failed, kept as typed. */
  typed: { networkId: string; yearly: string; fee: string } | null;
  saved: boolean;
  networkName: (id: string) => string;
}) {
  const m = budgetMessages[ctx.locale];
  return (
    <Layout ctx={ctx} section="applications" title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {saved ? (
        <div class="panel panel--info" role="status">
          <p>{m.saved}</p>
        </div>
      ) : null}
      <p class="lead">{m.intro}</p>
      {budgets.map((budget) => {
        const id = budget.networkId;
        const mine = typed?.networkId === id ? typed : null;
        return (
          <form method="post" action={`/${ctx.locale}/applications/budget`} class="form" key={id} novalidate>
            <h2>{format(ctx.locale, m.network, { network: networkName(id) })}</h2>
            <p>
              {budget.updatedAt
                ? format(ctx.locale, m.lastChange, {
                    date: formatDate(ctx.locale, budget.updatedAt),
                    who: budget.updatedBy ?? '',
                  })
                : m.neverSet}
            </p>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="network" value={id} />
            <TextInput
              id={`yearly-${id}`}
              name="yearly"
              label={m.yearly}
              hint={m.yearlyHint}
              value={mine ? mine.yearly : eurosText(ctx.locale, budget.yearlyCents)}
              error={errors[`yearly-${id}`]}
              width="medium"
              inputMode="text"
            />
            <TextInput
              id={`fee-${id}`}
              name="fee"
              label={m.fee}
              hint={m.feeHint}
              value={mine ? mine.fee : eurosText(ctx.locale, budget.defaultFeeCents)}
              error={errors[`fee-${id}`]}
              width="short"
              inputMode="text"
            />
            <button type="submit" class="button">
              {m.save}
            </button>
          </form>
        );
      })}
    </Layout>
  );
}

export function registerBudgetPage(app: FastifyInstance, service: ApplicationService): void {
  const networkName = (locale: Locale) => (id: string) =>
    service.reference.snapshot().networks.get(id)?.names[locale] ?? id;
  for (const { locale, path } of localizedPaths('/applications/budget')) {
    const show = async (
      request: FastifyRequest,
      reply: FastifyReply,
      extra: {
        errors?: FormErrors;
        typed?: { networkId: string; yearly: string; fee: string };
        saved?: boolean;
      } = {},
    ) => {
      const budgets = await budgetsFor(service.database, request.user);
      const errors = extra.errors ?? {};
      return sendPage(
        reply,
        h(BudgetPage, {
          ctx: pageContext(request, reply),
          budgets,
          errors,
          typed: extra.typed ?? null,
          saved: extra.saved ?? false,
          networkName: networkName(locale),
        }),
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    };
    app.get(path, { schema: { hide: true } }, (request, reply) =>
      show(request, reply, { saved: queryValue(request.query, 'saved') === '1' }),
    );
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const networkId = queryValue(request.body, 'network').slice(0, 60);
      const typed = {
        networkId,
        yearly: queryValue(request.body, 'yearly').slice(0, 40),
        fee: queryValue(request.body, 'fee').slice(0, 40),
      };
      const outcome = await setBudget(service.database, request.user, networkId, typed, new Date());
      if (outcome.ok) return reply.redirect(`/${locale}/applications/budget?saved=1`, 303);
      const m = budgetMessages[locale].problems;
      const errors: FormErrors = {};
      if (outcome.errors.yearly) errors[`yearly-${networkId}`] = m[outcome.errors.yearly];
      if (outcome.errors.fee) errors[`fee-${networkId}`] = m[outcome.errors.fee];
      return show(request, reply, { errors, typed });
    });
  }
}
