// Each network's yearly amount for new conventions and its default fee per session: set by the
// network's admins, read wherever budget impact is shown. Nothing is invented: a network that has
// set nothing shows "not set", and a fee comes from the care rules or from the network.

import { eq } from 'drizzle-orm';
import { audit } from '../platform/audit/audit.ts';
import { authorize, reach, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import type { BudgetSettings } from './domain/budget.ts';
import { applicationBudgets } from './tables.ts';

export interface NetworkBudget {
  networkId: string;
  yearlyCents: number | null;
  defaultFeeCents: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type BudgetField = 'yearly' | 'fee';
export type BudgetProblem = 'amount-format' | 'amount-too-large';

/** Up to ten billion euros: a typing slip, not a budget, beyond that. */
const MAX_CENTS = 1_000_000_000_000;

/**
 * Euros as people type them ("500 000", "75,50", "1.250,00" is refused as ambiguous) → cents;
 * '' → null (not set). Spaces, including the narrow ones fr-BE formatting puts in, are ignored.
 */
export function parseEuros(
  text: string,
): { ok: true; cents: number | null } | { ok: false; problem: BudgetProblem } {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return { ok: true, cents: null };
  const match = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return { ok: false, problem: 'amount-format' };
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > MAX_CENTS ? { ok: false, problem: 'amount-too-large' } : { ok: true, cents };
}

async function readAll(db: Executor) {
  return db.select().from(applicationBudgets);
}

/** The settings budget rules read: the networks' own amounts over the configured defaults. */
export async function loadBudgetSettings(db: Executor, defaults: BudgetSettings): Promise<BudgetSettings> {
  const networks = { ...defaults.networks };
  for (const row of await readAll(db)) {
    networks[row.networkId] = { yearlyCents: row.yearlyCents, defaultFeeCents: row.defaultFeeCents };
  }
  return { weeksPerYear: defaults.weeksPerYear, networks };
}

/** The budgets of the networks this person configures (401 signed out, 403 none). */
export async function budgetsFor(database: Database, user: CurrentUser | null): Promise<NetworkBudget[]> {
  const person = requireUser(user);
  const networkIds = [...new Set(reach(person, 'network.configure').networkIds)].sort();
  if (networkIds.length === 0) throw new StandardProblem(403, 'forbidden');
  const rows = new Map((await readAll(database.db)).map((row) => [row.networkId, row]));
  return networkIds.map((networkId) => {
    const row = rows.get(networkId);
    return {
      networkId,
      yearlyCents: row?.yearlyCents ?? null,
      defaultFeeCents: row?.defaultFeeCents ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}

/** Sets one network's amounts from what its admin typed; every field's problem, or saved and audited. */
export async function setBudget(
  database: Database,
  user: CurrentUser | null,
  networkId: string,
  typed: Record<BudgetField, string>,
  now: Date,
): Promise<{ ok: true } | { ok: false; errors: Partial<Record<BudgetField, BudgetProblem>> }> {
  const person = authorize(user, 'network.configure', {
    type: 'network',
    id: networkId,
    networkIds: [networkId],
  });
  const yearly = parseEuros(typed.yearly);
  const fee = parseEuros(typed.fee);
  const errors: Partial<Record<BudgetField, BudgetProblem>> = {};
  if (!yearly.ok) errors.yearly = yearly.problem;
  if (!fee.ok) errors.fee = fee.problem;
  if (!yearly.ok || !fee.ok) return { ok: false, errors };
  const row = {
    networkId,
    yearlyCents: yearly.cents,
    defaultFeeCents: fee.cents,
    updatedAt: now,
    updatedBy: person.email,
  };
  await database.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(applicationBudgets)
      .where(eq(applicationBudgets.networkId, networkId));
    await tx
      .insert(applicationBudgets)
      .values(row)
      .onConflictDoUpdate({ target: applicationBudgets.networkId, set: row });
    await audit.record(tx, {
      actor: person,
      action: 'network.configure',
      resource: { type: 'network', id: networkId },
      networkId,
      detail: {
        applicationBudget: { yearlyCents: yearly.cents, defaultFeeCents: fee.cents },
        before: before ? { yearlyCents: before.yearlyCents, defaultFeeCents: before.defaultFeeCents } : null,
      },
    });
  });
  return { ok: true };
}
