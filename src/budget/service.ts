// Budgets: each network plans its year (amount, fees, envelopes, contingents) as dated versions,
// and follows it from the care counters: committed, consumed, forecast and what is left.

import { authenticateCareCaller } from '../care/service.ts';
import { holderNames } from '../directory/services.ts';
import { type AuditActor, audit } from '../platform/audit/audit.ts';
import { can } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import { raiseAlerts } from './alerts.ts';
import {
  applyChange,
  type BudgetAlert,
  type BudgetFigures,
  type BudgetPlan,
  brusselsDay,
  budgetFigures,
  type Contingent,
  type ContingentDrawing,
  careFeesFor,
  consumedCents,
  contingentUses,
  emptyPlan,
  type IsoDate,
  type PlanChange,
  type PlanError,
  type PlanVersion,
  planAsOf,
  replay,
  runRateWindow,
} from './domain/index.ts';
import { firstLineQuarterHours } from './first-line-hours.ts';
import { type ContingentAsk, type ContingentImpact, contingentImpact } from './impact.ts';
import { type BudgetInput, envelopesFrom, type FieldIssue, setChange } from './input.ts';
import { type Proposal, type ProposalInput, proposeByPopulation } from './proposal.ts';
import { alertsOf, monthlyUsageOf, plannedNetworks, readVersions, usageOf, withPlanLocked } from './store.ts';

/** The API token's holder, or a signed-in account for which the one policy decides. */
export type BudgetActor =
  | { readonly kind: 'admin' }
  | { readonly kind: 'account'; readonly user: CurrentUser };

/** The machine check, shared with the care APIs: a bearer token equal to API_ADMIN_TOKEN. */
export function authenticateBudgetCaller(authorization: string | undefined, adminToken: string | undefined) {
  return authenticateCareCaller(authorization, adminToken);
}

/** A network's budget as the policy sees it (any year: the right is the network's). */
const budgetResource = (networkId: string) => ({ type: 'budget' as const, networkIds: [networkId] });

export type Refusal = { ok: false; status: 403 | 404 } | { ok: false; status: 400; errors: FieldIssue[] };

export interface BudgetView {
  plan: BudgetPlan;
  /** False until the year's amount is set: the figures are then the counters' alone. */
  isSet: boolean;
  /** The versions the plan is made of (up to `asOf` when asked). */
  versions: PlanVersion[];
  figures: BudgetFigures;
  /** Each contingent's use of the year so far (a service's: its clinicians' sessions for it). */
  contingentUses: ContingentDrawing[];
  /** The day the figures are for. */
  today: IsoDate;
}

/** What the budget page shows beyond the API's figures. */
export interface BudgetPageData {
  view: BudgetView;
  /** Consumed in each month of the year so far (January first), for the burn-down. */
  monthlyConsumedCents: number[];
  alerts: BudgetAlert[];
  /** The contingents' holders by id: a service's name, a clinician's (absent: unknown to the directory). */
  holderNames: Map<string, string>;
}

export interface BudgetOptions {
  /** Weeks the run rate is read over for the forecast. */
  runRateWeeks: number;
}

const fieldIssue = (error: PlanError, value?: string): FieldIssue => ({
  field: error.field,
  code: error.code,
  ...(value !== undefined ? { values: { value } } : {}),
});

export class BudgetService {
  constructor(
    private readonly database: Database,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
    private readonly options: BudgetOptions = { runRateWeeks: 4 },
  ) {}

  hasNetwork(networkId: string): boolean {
    return this.reference.snapshot().networks.has(networkId);
  }

  /** A network's admins set its budget (and the token's holder, for every network). */
  mayConfigure(actor: BudgetActor, networkId: string): boolean {
    if (actor.kind === 'admin') return true;
    return can(actor.user, 'budget.configure', budgetResource(networkId));
  }

  /** Its admins and coordinators read it: those who read its statements. */
  mayRead(actor: BudgetActor, networkId: string): boolean {
    if (actor.kind === 'admin') return true;
    return can(actor.user, 'budget.read', budgetResource(networkId));
  }

  private who(actor: BudgetActor): string {
    return actor.kind === 'admin' ? 'api' : actor.user.email;
  }

  private auditActor(actor: BudgetActor): AuditActor {
    return actor.kind === 'admin'
      ? { system: 'api token' }
      : { accountId: actor.user.accountId, email: actor.user.email };
  }

  private zonesOf(networkId: string) {
    return [...this.reference.snapshot().zones.values()].filter((zone) =>
      zone.networkIds.includes(networkId),
    );
  }

  /** Sets the year's amount and fees (and envelopes, thresholds when sent): a new version. */
  async setBudget(
    actor: BudgetActor,
    networkId: string,
    year: number,
    input: BudgetInput,
  ): Promise<{ ok: true; view: BudgetView } | Refusal> {
    if (!this.hasNetwork(networkId)) return { ok: false, status: 404 };
    if (!this.mayConfigure(actor, networkId)) return { ok: false, status: 403 };
    const envelopes = input.envelopes ? envelopesFrom(input.envelopes, this.zonesOf(networkId)) : undefined;
    if (envelopes && !envelopes.ok) return { ok: false, status: 400, errors: envelopes.errors };
    const errors = await withPlanLocked(this.database.db, networkId, year, (versions) => {
      const current = replay(networkId, year, versions);
      const change = setChange(input, envelopes?.envelopes, current ?? emptyPlan(networkId, year));
      const applied = applyChange(current ?? emptyPlan(networkId, year), change, current !== null);
      if (applied.ok)
        return { change, by: this.who(actor), actor: this.auditActor(actor), at: this.clock(), result: null };
      return {
        result: applied.errors.map((error) => {
          const index = /^envelopes\.(\d+)\.id$/.exec(error.field)?.[1];
          const envelope = index === undefined ? undefined : envelopes?.envelopes?.[Number(index)];
          return fieldIssue(error, envelope?.id);
        }),
      };
    });
    if (errors) return { ok: false, status: 400, errors };
    return { ok: true, view: await this.view(networkId, year) };
  }

  /** Any other change (an envelope adjusted, a contingent set or ended): checked, then a new version. */
  async change(
    actor: BudgetActor,
    networkId: string,
    year: number,
    change: Exclude<PlanChange, { kind: 'set' }>,
  ): Promise<{ ok: true; view: BudgetView } | Refusal> {
    if (!this.hasNetwork(networkId)) return { ok: false, status: 404 };
    if (!this.mayConfigure(actor, networkId)) return { ok: false, status: 403 };
    if (change.kind === 'set-contingent') {
      const zoneId = change.contingent.zoneId;
      const zones = this.zonesOf(networkId).map((zone) => zone.id);
      if (zoneId !== null && !zones.includes(zoneId)) {
        return {
          ok: false,
          status: 400,
          errors: [
            { field: 'zoneId', code: 'unknown-zone', values: { value: zoneId, allowed: zones.join(', ') } },
          ],
        };
      }
    }
    return this.record(this.who(actor), this.auditActor(actor), networkId, year, change);
  }

  /** Checks a change against the plan and stores it as a new version, or says why not. */
  private async record(
    by: string,
    auditActor: AuditActor,
    networkId: string,
    year: number,
    change: Exclude<PlanChange, { kind: 'set' }>,
  ): Promise<{ ok: true; view: BudgetView } | Refusal> {
    const quoted =
      change.kind === 'adjust-envelope'
        ? change.envelopeId
        : change.kind === 'end-contingent'
          ? change.holderId
          : undefined;
    const errors = await withPlanLocked(this.database.db, networkId, year, (versions) => {
      const current = replay(networkId, year, versions);
      const applied = applyChange(current ?? emptyPlan(networkId, year), change, current !== null);
      if (applied.ok) return { change, by, actor: auditActor, at: this.clock(), result: null };
      return {
        result: applied.errors.map((error) =>
          fieldIssue(error, error.code.startsWith('unknown') ? quoted : undefined),
        ),
      };
    });
    if (errors) return { ok: false, status: 400, errors };
    return { ok: true, view: await this.view(networkId, year) };
  }

  setContingent(
    actor: BudgetActor,
    networkId: string,
    year: number,
    contingent: Contingent,
    reason: string | null,
  ) {
    return this.change(actor, networkId, year, { kind: 'set-contingent', contingent, reason });
  }

  /**
   * A convention's contingent committed at signing (or released when it is suspended or ended) by
   * the person whose case action was already authorized: the budget follows the case, so no
   * budget.configure right is asked. Refused like any change (e.g. 'not-set' without a budget).
   */
  followConvention(
    person: { accountId: string; email: string },
    networkId: string,
    year: number,
    change: Extract<PlanChange, { kind: 'set-contingent' | 'end-contingent' }>,
  ): Promise<{ ok: true; view: BudgetView } | Refusal> {
    if (!this.hasNetwork(networkId)) return Promise.resolve({ ok: false, status: 404 });
    return this.record(person.email, person, networkId, year, change);
  }

  /**
   * A contingent's live impact on the network's budget for the rest of the current year
   * (impact.ts), read from the budget as it stands: never stored.
   */
  async impactOf(networkId: string, ask: ContingentAsk): Promise<ContingentImpact> {
    const year = Number(brusselsDay(this.clock()).slice(0, 4));
    return contingentImpact(await this.view(networkId, year), ask);
  }

  /**
   * Raises the alerts a network's figures call for (each once a year), e-mailing its admins.
   * Answers the alerts raised now.
   */
  async checkAlerts(networkId: string, year: number): Promise<BudgetAlert[]> {
    const network = this.reference.snapshot().networks.get(networkId);
    if (!network) return [];
    return raiseAlerts(this.database, network.names, await this.view(networkId, year));
  }

  /** The round a poller runs: every network with a plan for the current year. */
  async checkAllAlerts(): Promise<number> {
    const year = Number(brusselsDay(this.clock()).slice(0, 4));
    let raised = 0;
    for (const networkId of await plannedNetworks(this.database.db, year)) {
      raised += (await this.checkAlerts(networkId, year)).length;
    }
    return raised;
  }

  /** Zone envelopes proposed from the communes' population (nothing saved). */
  async proposeZoneEnvelopes(
    actor: BudgetActor,
    networkId: string,
    year: number,
    input: ProposalInput,
  ): Promise<{ ok: true; proposal: Proposal } | Refusal> {
    if (!this.hasNetwork(networkId)) return { ok: false, status: 404 };
    if (!this.mayConfigure(actor, networkId)) return { ok: false, status: 403 };
    const versions = await readVersions(this.database.db, networkId, year);
    const plan = replay(networkId, year, versions) ?? emptyPlan(networkId, year);
    const outcome = await proposeByPopulation(this.database.db, this.reference.snapshot(), plan, input);
    return outcome.ok ? outcome : { ok: false, status: 400, errors: outcome.errors };
  }

  /** A network's budget for a year as it stands (or its plan as it was at the end of `asOf`). */
  async budget(
    actor: BudgetActor,
    networkId: string,
    year: number,
    asOf?: IsoDate,
  ): Promise<{ ok: true; view: BudgetView } | Refusal> {
    if (!this.hasNetwork(networkId)) return { ok: false, status: 404 };
    if (!this.mayRead(actor, networkId)) return { ok: false, status: 403 };
    return { ok: true, view: await this.view(networkId, year, asOf) };
  }

  /**
   * The plan and its figures. The figures are always today's counters; `asOf` chooses the plan
   * (amount, envelopes, contingents) as it was at the end of that day.
   */
  private async view(networkId: string, year: number, asOf?: IsoDate): Promise<BudgetView> {
    const today = brusselsDay(this.clock());
    const all = await readVersions(this.database.db, networkId, year);
    const versions = asOf ? all.filter((v) => brusselsDay(new Date(v.at)) <= asOf) : all;
    const found = asOf ? planAsOf(networkId, year, all, asOf) : replay(networkId, year, all);
    const plan = found ?? emptyPlan(networkId, year);
    const window = runRateWindow(year, today, this.options.runRateWeeks);
    const db = this.database.db;
    const holders = plan.contingents.map((contingent) => contingent.holderId);
    const [yearUsage, windowUsage, yearHours, windowHours] = await Promise.all([
      usageOf(db, networkId, `${year}-01-01`, `${year + 1}-01-01`, holders),
      window ? usageOf(db, networkId, window.from, window.until, holders) : Promise.resolve([]),
      firstLineQuarterHours(db, networkId, `${year}-01-01`, `${year + 1}-01-01`),
      window ? firstLineQuarterHours(db, networkId, window.from, window.until) : Promise.resolve(0),
    ]);
    const figures = budgetFigures(
      plan,
      {
        year: yearUsage,
        window: windowUsage,
        windowDays: window?.days ?? 0,
        firstLineQuarterHours: { year: yearHours, window: windowHours },
      },
      today,
      careFeesFor(year, today),
    );
    const uses = contingentUses(plan, yearUsage, today, careFeesFor(year, today));
    return { plan, isSet: found !== null, versions, figures, contingentUses: uses, today };
  }

  /**
   * The page's data: the budget, each month's consumption so far and the alerts raised. A
   * staff read of a network's figures, audited like the statements it is built from.
   */
  async pageData(
    actor: BudgetActor,
    networkId: string,
    year: number,
  ): Promise<{ ok: true; data: BudgetPageData } | Refusal> {
    const outcome = await this.budget(actor, networkId, year);
    if (!outcome.ok) return outcome;
    const { view } = outcome;
    const lastMonth =
      view.today < `${year}-01-01` ? 0 : view.today > `${year}-12-31` ? 12 : Number(view.today.slice(5, 7));
    const month = (m: number) => `${year}-${String(m).padStart(2, '0')}-01`;
    const [usage, alerts, names] = await Promise.all([
      lastMonth === 0
        ? new Map()
        : monthlyUsageOf(
            this.database.db,
            networkId,
            month(1),
            lastMonth === 12 ? `${year + 1}-01-01` : month(lastMonth + 1),
          ),
      alertsOf(this.database.db, networkId, year),
      holderNames(
        this.database.db,
        view.plan.contingents.map((c) => c.holderId),
      ),
    ]);
    await audit.record(this.database.db, {
      actor: this.auditActor(actor),
      action: 'budget.read',
      resource: { type: 'budget', id: `${networkId}/${year}` },
      networkId,
    });
    return {
      ok: true,
      data: {
        view,
        monthlyConsumedCents: Array.from({ length: lastMonth }, (_, i) =>
          consumedCents(view.plan, usage.get(month(i + 1)) ?? []),
        ),
        alerts: alerts.map((row) => ({
          envelopeId: row.envelopeId,
          kind: row.kind as BudgetAlert['kind'],
          threshold: row.threshold,
        })),
        holderNames: names,
      },
    };
  }
}
