// /{locale}/budget: a network's budget for its staff (admins set it, coordinators read it), with
// its downloads. Plain HTML forms; the service (and through it the one policy) decides who may.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { reach, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import { sendPage } from '../platform/views/render.ts';
import { nameOf } from '../reference/names.ts';
import type { ReferenceService } from '../reference/service.ts';
import { burnDownPoints } from './chart.tsx';
import { brusselsDay, CRITERIA } from './domain/index.ts';
import { budgetCsv, budgetXlsx } from './export.ts';
import { budgetMessages } from './messages.ts';
import {
  amountError,
  amountField,
  issuesOnFields,
  parseEuros,
  parseThresholds,
  readSplits,
  readWeights,
  sharedCommunes,
  splitField,
  type Typed,
  typedEuros,
  typedFields,
  typedThresholds,
  weightField,
} from './page-forms.ts';
import { budgetPageMessages } from './page-messages.ts';
import { BudgetPage } from './page-view.tsx';
import type { Proposal } from './proposal.ts';
import type { BudgetActor, BudgetPageData, BudgetService, Refusal } from './service.ts';

const WEIGHT_FIELDS = CRITERIA.map(weightField);

/** The networks whose budget the person reads: those they administer or coordinate in. */
function networksOf(user: CurrentUser): string[] {
  return [...new Set(reach(user, 'budget.read').networkIds)].sort();
}

/** A refusal the forms cannot show beside a field: not found, or not theirs. */
function refuse(outcome: Refusal): never {
  throw new StandardProblem(
    outcome.status === 404 ? 404 : 403,
    outcome.status === 404 ? 'not-found' : 'forbidden',
  );
}

export function registerBudgetPages(
  app: FastifyInstance,
  budgets: BudgetService,
  reference: ReferenceService,
): void {
  const snapshot = () => reference.snapshot();

  /** The network and year asked for (in the query or the form), defaulting to the person's first and this year. */
  const target = (request: FastifyRequest, source: unknown) => {
    const user = requireUser(request.user);
    const asked = queryValue(source, 'network');
    const networkId = asked || networksOf(user)[0] || '';
    // Someone with no network of their own, asking for none: not theirs, rather than not found.
    if (!networkId) throw new StandardProblem(403, 'forbidden');
    const yearText = queryValue(source, 'year');
    const thisYear = Number(brusselsDay(new Date()).slice(0, 4));
    const year =
      /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100
        ? Number(yearText)
        : thisYear;
    const actor: BudgetActor = { kind: 'account', user };
    // A year typed in the filter that is not one: this year's figures, with the error by the field.
    const yearError =
      yearText !== '' && String(year) !== yearText.trim()
        ? `${budgetPageMessages[request.locale].year}${request.locale === 'fr' ? '\u202f: ' : ': '}${format(
            request.locale,
            budgetMessages[request.locale].errors['year-range'],
            { value: yearText },
          )}`
        : null;
    return { user, actor, networkId, year, yearText, yearError };
  };

  const load = async (actor: BudgetActor, networkId: string, year: number): Promise<BudgetPageData> => {
    const outcome = await budgets.pageData(actor, networkId, year);
    if (!outcome.ok) refuse(outcome);
    return outcome.data;
  };

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    locale: Locale,
    source: unknown,
    form: { typed?: Typed; errors?: FormErrors; proposal?: Proposal | null; notice?: string | null } = {},
  ) => {
    const { user, actor, networkId, year, yearText, yearError } = target(request, source);
    const data = await load(actor, networkId, year);
    const networks = snapshot().networks;
    const errors = { ...(yearError ? { year: yearError } : {}), ...form.errors };
    const typed: Typed = form.typed ?? {
      allocation: data.view.isSet ? typedEuros(locale, data.view.plan.allocationCents) : '',
      defaultFee: typedEuros(locale, data.view.plan.defaultFeeCents),
      firstLineRate: typedEuros(locale, data.view.plan.firstLineHourlyRateCents),
      thresholds: typedThresholds(data.view.plan.thresholds),
    };
    return sendPage(
      reply,
      h(BudgetPage, {
        ctx: pageContext(request, reply),
        networks: networksOf(user).map((id) => ({ value: id, label: nameOf(networks.get(id), id, locale) })),
        networkId,
        networkName: nameOf(networks.get(networkId), networkId, locale),
        year,
        yearTyped: yearError ? yearText : String(year),
        data,
        points: burnDownPoints(
          data.view.figures.allocationCents,
          data.monthlyConsumedCents,
          data.view.figures.forecastCents,
        ),
        mayConfigure: budgets.mayConfigure(actor, networkId),
        zoneName: (id) => nameOf(snapshot().zones.get(id), id, locale),
        sharedCommunes: sharedCommunes(snapshot(), networkId, locale),
        typed,
        errors,
        proposal: form.proposal ?? null,
        notice: form.notice ?? null,
      }),
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  };

  for (const { locale, path } of localizedPaths('/budget')) {
    const m = budgetPageMessages[locale];
    app.get(path, { schema: { hide: true } }, (request, reply) =>
      render(request, reply, locale, request.query),
    );

    for (const kind of ['csv', 'xlsx'] as const) {
      app.get(`${path}/export.${kind}`, { schema: { hide: true } }, async (request, reply) => {
        const { actor, networkId, year } = target(request, request.query);
        const data = await load(actor, networkId, year);
        const points = burnDownPoints(
          data.view.figures.allocationCents,
          data.monthlyConsumedCents,
          data.view.figures.forecastCents,
        );
        const name = `budget-${networkId}-${year}.${kind}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        if (kind === 'csv')
          return reply.type('text/csv; charset=utf-8').send(budgetCsv(locale, data.view, points));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await budgetXlsx(locale, data.view, points));
      });
    }

    const post = { schema: { hide: true }, preValidation: app.csrfProtection };

    app.post(`${path}/settings`, post, async (request, reply) => {
      const { actor, networkId, year } = target(request, request.body);
      const typed = typedFields(request.body, ['allocation', 'defaultFee', 'firstLineRate', 'thresholds']);
      // A form without the field (an older page) keeps the thresholds; an emptied field sets none.
      const sentThresholds = Object.hasOwn((request.body ?? {}) as object, 'thresholds');
      const thresholds = parseThresholds(typed.thresholds!);
      const errors: FormErrors = {};
      const allocation = parseEuros(typed.allocation!);
      const fee = typed.defaultFee!.trim() === '' ? null : parseEuros(typed.defaultFee!);
      const rate = typed.firstLineRate!.trim() === '' ? null : parseEuros(typed.firstLineRate!);
      if (allocation === null)
        errors.allocation = amountError(locale, m.settings.allocation, typed.allocation!);
      if (fee === null && typed.defaultFee!.trim() !== '')
        errors.defaultFee = amountError(locale, m.settings.defaultFee, typed.defaultFee!);
      if (rate === null && typed.firstLineRate!.trim() !== '')
        errors.firstLineRate = amountError(locale, m.settings.firstLineRate, typed.firstLineRate!);
      if (thresholds === null)
        errors.thresholds = format(locale, m.errors.thresholds, {
          field: m.settings.thresholds,
          value: typed.thresholds!,
        });
      if (Object.keys(errors).length > 0)
        return render(request, reply, locale, request.body, { typed, errors });
      const outcome = await budgets.setBudget(actor, networkId, year, {
        allocationCents: allocation!,
        defaultFeeCents: fee,
        firstLineHourlyRateCents: rate,
        ...(sentThresholds && thresholds ? { thresholds } : {}),
      });
      if (!outcome.ok && outcome.status !== 400) refuse(outcome);
      if (!outcome.ok) {
        const fields = {
          allocationCents: { id: 'allocation', label: m.settings.allocation },
          defaultFeeCents: { id: 'defaultFee', label: m.settings.defaultFee },
        };
        const errors = issuesOnFields(locale, outcome.errors, fields, fields.allocationCents);
        return render(request, reply, locale, request.body, { typed, errors });
      }
      return render(request, reply, locale, request.body, { notice: m.settings.saved });
    });

    const zoneName = (id: string) => nameOf(snapshot().zones.get(id), id, locale);

    /** The proposal for the weights and shares typed: the page with it, or with their errors. */
    const propose = async (request: FastifyRequest) => {
      const { actor, networkId, year } = target(request, request.body);
      const communes = sharedCommunes(snapshot(), networkId, locale);
      const splitNames = communes.flatMap((c) => c.zoneIds.map((z) => splitField(c.nis, z)));
      const typed = typedFields(request.body, [...WEIGHT_FIELDS, ...splitNames]);
      const weights = readWeights(locale, typed);
      const splits = readSplits(locale, typed, communes, zoneName);
      if (!weights.ok || !splits.ok) {
        const errors = { ...(weights.ok ? {} : weights.errors), ...(splits.ok ? {} : splits.errors) };
        return { typed, errors };
      }
      const input = { weights: weights.weights, communeSplits: splits.splits };
      const outcome = await budgets.proposeZoneEnvelopes(actor, networkId, year, input);
      if (!outcome.ok && outcome.status !== 400) refuse(outcome);
      if (!outcome.ok) {
        const fields = Object.fromEntries([
          ...CRITERIA.map((c) => [c, { id: weightField(c), label: m.proposal.criteria[c] }]),
          ...communes.map((c) => [
            `communeSplits.${c.nis}`,
            { id: splitField(c.nis, c.zoneIds[0]!), label: c.name },
          ]),
        ]);
        return { typed, errors: issuesOnFields(locale, outcome.errors, fields, fields.inhabitants!) };
      }
      return { typed, proposal: outcome.proposal };
    };

    app.post(`${path}/proposal`, post, async (request, reply) => {
      const { typed, errors, proposal } = await propose(request);
      if (proposal) {
        for (const zone of proposal.zones)
          typed[amountField(zone.zoneId)] = typedEuros(locale, zone.envelope.allocationCents);
      }
      return render(request, reply, locale, request.body, {
        typed,
        errors: errors ?? {},
        proposal: proposal ?? null,
      });
    });

    app.post(`${path}/envelopes`, post, async (request, reply) => {
      const { actor, networkId, year } = target(request, request.body);
      const { typed: weightsTyped, errors: weightErrors, proposal } = await propose(request);
      if (!proposal)
        return render(request, reply, locale, request.body, {
          typed: weightsTyped,
          errors: weightErrors ?? {},
        });
      const amountNames = proposal.zones.map((zone) => amountField(zone.zoneId));
      const typed = { ...weightsTyped, ...typedFields(request.body, [...amountNames, 'reason']) };
      const errors: FormErrors = {};
      const adjusted: Array<{ id: string; cents: number; before: number }> = [];
      for (const zone of proposal.zones) {
        const field = amountField(zone.zoneId);
        const cents = parseEuros(typed[field]!);
        const label = zoneName(zone.zoneId);
        if (cents === null) errors[field] = amountError(locale, label, typed[field]!);
        else if (cents !== zone.envelope.allocationCents)
          adjusted.push({ id: zone.envelope.id, cents, before: zone.envelope.allocationCents });
      }
      const reason = typed.reason!.trim();
      if (adjusted.length > 0 && reason === '')
        errors.reason = format(locale, m.errors.reason, { field: m.proposal.reason });
      if (Object.keys(errors).length > 0)
        return render(request, reply, locale, request.body, { typed, errors, proposal });
      const current = await budgets.budget(actor, networkId, year);
      if (!current.ok) refuse(current);
      // The proposal as proposed (it fits by construction), beside the envelopes that are not zones…
      const kept = current.view.plan.envelopes.filter((e) => e.kind !== 'zone');
      const saved = await budgets.setBudget(actor, networkId, year, {
        allocationCents: current.view.plan.allocationCents,
        envelopes: [...kept, ...proposal.zones.map((zone) => zone.envelope)],
      });
      // …then each adjustment with its reason, decreases first so that every step still fits.
      const steps = adjusted.sort((a, b) => a.cents - a.before - (b.cents - b.before));
      let failed: Refusal | null = saved.ok ? null : saved;
      for (const step of steps) {
        if (failed) break;
        const change = {
          kind: 'adjust-envelope' as const,
          envelopeId: step.id,
          allocationCents: step.cents,
          reason,
        };
        const outcome = await budgets.change(actor, networkId, year, change);
        if (!outcome.ok) failed = outcome;
      }
      if (failed && failed.status !== 400) refuse(failed);
      if (failed?.status === 400) {
        // Adjusted envelopes that no longer fit: said on the first amount, which the admin changes.
        const first = proposal.zones[0]!.zoneId;
        const fallback = { id: amountField(first), label: zoneName(first) };
        const errors = issuesOnFields(locale, failed.errors, {}, fallback);
        return render(request, reply, locale, request.body, { typed, errors, proposal });
      }
      return render(request, reply, locale, request.body, { notice: m.proposal.saved });
    });
  }
}
