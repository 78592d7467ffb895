import { conventionOn, DEFAULT_CARE_RULES_CONFIG } from '../../care/domain/index.ts';

// The clinician fee of an individual session of a function on a date, from the care rules'
// fee table (with its configured overrides). Unknown fees are null, never guessed: the budget
// then falls back to the network's configured default.

export function ruleFeeCents(fn: string, at: Date, config = DEFAULT_CARE_RULES_CONFIG): number | null {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(at);
  const convention = conventionOn(date);
  if (!convention) return null;
  const override = config.feeOverrides.find(
    (o) => o.convention === convention.id && o.function === fn && o.mode === 'individual',
  );
  if (override) return override.feeCents;
  return convention.functions[fn]?.modes.individual?.feeCents ?? null;
}
