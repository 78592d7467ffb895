// The budget page: the figures per envelope, the burn-down with its table, the downloads, the
// alerts raised, and, for the network's admins, the forms that set the plan.

import { format, formatDate, formatEuros, type Locale } from '../platform/i18n/index.ts';
import {
  ErrorSummary,
  type FormErrors,
  Select,
  TableWrap,
  TextInput,
} from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { BurnDownChart, type BurnDownPoint, BurnDownTable } from './chart.tsx';
import { ContingentsTable } from './contingents-table.tsx';
import { CRITERIA, WHOLE_PLAN } from './domain/index.ts';
import { budgetRows } from './export.ts';
import { amountField, type SharedCommune, splitField, type Typed, weightField } from './page-forms.ts';
import { budgetPageMessages } from './page-messages.ts';
import type { Proposal } from './proposal.ts';
import type { BudgetPageData } from './service.ts';

export interface BudgetPageProps {
  ctx: PageContext;
  networks: Array<{ value: string; label: string }>;
  networkId: string;
  networkName: string;
  year: number;
  /** The year as typed in the filter (kept when it is not a year). */
  yearTyped: string;
  data: BudgetPageData;
  points: BurnDownPoint[];
  mayConfigure: boolean;
  zoneName: (id: string) => string;
  /** Communes the network's zones share, whose split the proposal needs. */
  sharedCommunes: SharedCommune[];
  /** What the forms show: typed text, errors, a proposal to adjust, a confirmation. */
  typed: Typed;
  errors: FormErrors;
  proposal: Proposal | null;
  notice: string | null;
}

function FiguresTable({ locale, data }: { locale: Locale; data: BudgetPageData }) {
  const m = budgetPageMessages[locale];
  const rows = budgetRows(locale, data.view);
  const columns = [m.figures.allocated, m.figures.committed, m.figures.consumed, m.figures.forecast];
  return (
    <div class="staff-table">
      <TableWrap label={m.envelopes}>
        <table class="table" data-testid="budget-figures">
          <caption class="table__caption">{m.envelopes}</caption>
          <thead>
            <tr>
              <th scope="col">{m.envelope}</th>
              <th scope="col">{m.chart.kind}</th>
              {[...columns, m.figures.left].map((label) => (
                <th scope="col" class="number" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.kind}</td>
                <td class="number">{formatEuros(locale, row.figures.allocationCents)}</td>
                <td class="number">{formatEuros(locale, row.figures.committedCents)}</td>
                <td class="number">{formatEuros(locale, row.figures.consumedCents)}</td>
                <td class="number">{formatEuros(locale, row.figures.forecastCents)}</td>
                <td class="number">{formatEuros(locale, row.leftCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}

function AlertBanner({ locale, data }: { locale: Locale; data: BudgetPageData }) {
  const m = budgetPageMessages[locale];
  if (data.alerts.length === 0) return null;
  const label = (id: string) =>
    id === WHOLE_PLAN ? m.whole : (data.view.plan.envelopes.find((e) => e.id === id)?.label ?? id);
  return (
    <section class="panel panel--warning" aria-labelledby="budget-alerts" data-testid="budget-alerts">
      <h2 id="budget-alerts">{m.alerts.title}</h2>
      <ul>
        {data.alerts.map((alert) => (
          <li key={`${alert.envelopeId} ${alert.kind} ${alert.threshold}`}>
            {format(locale, alert.kind === 'forecast' ? m.alerts.forecast : m.alerts.consumption, {
              envelope: label(alert.envelopeId),
              threshold: alert.threshold,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Hidden({ networkId, year, csrf }: { networkId: string; year: number; csrf?: string | undefined }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={csrf ?? ''} />
      <input type="hidden" name="network" value={networkId} />
      <input type="hidden" name="year" value={String(year)} />
    </>
  );
}

function PlanForms(props: BudgetPageProps) {
  const { ctx, networkId, year, typed, errors, proposal, zoneName } = props;
  const m = budgetPageMessages[ctx.locale];
  const base = `/${ctx.locale}/budget`;
  return (
    <>
      <h2 id="settings">{m.settings.title}</h2>
      <form method="post" action={`${base}/settings`} class="form" novalidate>
        <Hidden networkId={networkId} year={year} csrf={ctx.csrfToken} />
        <TextInput
          id="allocation"
          label={m.settings.allocation}
          value={typed.allocation}
          error={errors.allocation}
          width="medium"
          inputMode="numeric"
        />
        <TextInput
          id="defaultFee"
          label={m.settings.defaultFee}
          hint={m.settings.defaultFeeHint}
          value={typed.defaultFee}
          error={errors.defaultFee}
          width="short"
          inputMode="numeric"
        />
        <TextInput
          id="firstLineRate"
          label={m.settings.firstLineRate}
          hint={m.settings.firstLineRateHint}
          value={typed.firstLineRate}
          error={errors.firstLineRate}
          width="short"
          inputMode="numeric"
        />
        <TextInput
          id="thresholds"
          label={m.settings.thresholds}
          hint={m.settings.thresholdsHint}
          value={typed.thresholds}
          error={errors.thresholds}
          width="medium"
        />
        <button type="submit" class="button">
          {m.settings.save}
        </button>
      </form>
      <h2 id="proposal">{m.proposal.title}</h2>
      <p>{m.proposal.intro}</p>
      <form method="post" action={`${base}/proposal`} class="form" novalidate>
        <Hidden networkId={networkId} year={year} csrf={ctx.csrfToken} />
        <fieldset class="fieldset">
          <legend>{m.proposal.weights}</legend>
          {CRITERIA.map((criterion) => (
            <TextInput
              key={criterion}
              id={weightField(criterion)}
              label={m.proposal.criteria[criterion]}
              value={typed[weightField(criterion)]}
              error={errors[weightField(criterion)]}
              width="short"
              inputMode="numeric"
            />
          ))}
        </fieldset>
        {props.sharedCommunes.map((commune) => (
          <fieldset class="fieldset" key={commune.nis}>
            <legend>{format(ctx.locale, m.proposal.split, { commune: commune.name })}</legend>
            {commune.zoneIds.map((zoneId) => (
              <TextInput
                key={zoneId}
                id={splitField(commune.nis, zoneId)}
                label={zoneName(zoneId)}
                value={typed[splitField(commune.nis, zoneId)]}
                error={errors[splitField(commune.nis, zoneId)]}
                width="short"
                inputMode="numeric"
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" class="button button--secondary">
          {m.proposal.propose}
        </button>
      </form>
      {proposal ? (
        <form method="post" action={`${base}/envelopes`} class="form" novalidate data-testid="proposal">
          <Hidden networkId={networkId} year={year} csrf={ctx.csrfToken} />
          {[
            ...CRITERIA.map(weightField),
            ...props.sharedCommunes.flatMap((c) => c.zoneIds.map((z) => splitField(c.nis, z))),
          ].map((name) => (
            <input type="hidden" key={name} name={name} value={typed[name] ?? ''} />
          ))}
          <h3>
            {format(ctx.locale, m.proposal.proposed, {
              year: proposal.populationYear,
              amount: formatEuros(ctx.locale, proposal.amountCents),
            })}
          </h3>
          {proposal.zones.map((zone) => (
            <TextInput
              key={zone.zoneId}
              id={amountField(zone.zoneId)}
              label={`${zoneName(zone.zoneId)} (${m.proposal.share} ${Math.round(zone.share * 1000) / 10}\u202f%, ${formatEuros(ctx.locale, zone.envelope.allocationCents)})`}
              value={typed[amountField(zone.zoneId)]}
              error={errors[amountField(zone.zoneId)]}
              width="medium"
              inputMode="numeric"
            />
          ))}
          <TextInput
            id="reason"
            label={m.proposal.reason}
            hint={m.proposal.reasonHint}
            value={typed.reason}
            error={errors.reason}
          />
          <button type="submit" class="button">
            {m.proposal.save}
          </button>
        </form>
      ) : null}
    </>
  );
}

export function BudgetPage(props: BudgetPageProps) {
  const { ctx, networks, networkId, networkName, year, data, points, errors, notice } = props;
  const m = budgetPageMessages[ctx.locale];
  const title = format(ctx.locale, m.title, { year, network: networkName });
  const query = `network=${encodeURIComponent(networkId)}&year=${year}`;
  return (
    <Layout ctx={ctx} title={title} section="budget" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{m.intro}</p>
      {notice ? (
        <p class="panel panel--success" role="status">
          {notice}
        </p>
      ) : null}
      <AlertBanner locale={ctx.locale} data={data} />
      <form method="get" action={`/${ctx.locale}/budget`} class="filters">
        <Select id="network" label={m.network} value={networkId} options={networks} />
        <TextInput
          id="year"
          label={m.year}
          value={props.yearTyped}
          error={errors.year}
          width="short"
          inputMode="numeric"
        />
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      {data.view.isSet ? null : <p>{format(ctx.locale, m.notSet, { year })}</p>}
      <p>{format(ctx.locale, m.asOf, { date: formatDate(ctx.locale, data.view.today) })}</p>
      <FiguresTable locale={ctx.locale} data={data} />
      {/* Nothing planned and nothing spent: a chart of zeros says less than the sentence above. */}
      {data.view.isSet || points.some((point) => point.leftCents !== 0) ? (
        <>
          <BurnDownChart locale={ctx.locale} year={year} points={points} />
          <BurnDownTable locale={ctx.locale} year={year} points={points} />
        </>
      ) : null}
      <ContingentsTable locale={ctx.locale} data={data} />
      <h2>{m.downloads}</h2>
      <ul>
        <li>
          <a href={`/${ctx.locale}/budget/export.csv?${query}`} download>
            {m.csv}
          </a>
        </li>
        <li>
          <a href={`/${ctx.locale}/budget/export.xlsx?${query}`} download>
            {m.xlsx}
          </a>
        </li>
      </ul>
      {props.mayConfigure ? <PlanForms {...props} /> : null}
    </Layout>
  );
}
