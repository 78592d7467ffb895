// The fees the care rules give, with their sources (care/domain/conventions): where a source
// gives a fee for a function and mode, budgets use it rather than the network's own figure.

import { conventionOn } from '../../care/domain/conventions/index.ts';
import type { FunctionRules } from '../../care/domain/rules.ts';
import type { IsoDate } from './calendar.ts';
import type { CareFee } from './plan.ts';

/** The care rules' fees for the rest of a year from `today` (the convention in force then). */
export function careFeesFor(year: number, today: IsoDate): CareFee {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const on = today < first ? first : today > last ? last : today;
  const functions = (conventionOn(on)?.functions ?? {}) as Readonly<Record<string, FunctionRules>>;
  return (fn, mode) => functions[fn]?.modes[mode as 'individual' | 'group']?.feeCents ?? null;
}
