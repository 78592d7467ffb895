// What a network admin or a machine sends to set a plan, turned into a plan change: envelopes
// get their ids and are checked against the network's zones and the functions that exist.

import { FUNCTIONS, isOneOf } from '../platform/vocabulary/codes.ts';
import type { Zone } from '../reference/domain/types.ts';
import type { Envelope, EnvelopeKind, FeeRule, PlanChange } from './domain/index.ts';
import type { BudgetErrorCode } from './messages.ts';

export interface EnvelopeInput {
  id?: string | undefined;
  label: string;
  kind?: EnvelopeKind | undefined;
  key?: string | null | undefined;
  allocationCents: number;
}

export interface BudgetInput {
  allocationCents: number;
  defaultFeeCents?: number | null | undefined;
  hourlyRateCents?: number | null | undefined;
  firstLineHourlyRateCents?: number | null | undefined;
  fees?: FeeRule[] | undefined;
  envelopes?: EnvelopeInput[] | undefined;
  thresholds?: number[] | undefined;
}

/** One problem with what was sent: the field (dotted path), a code, and the value to quote. */
export interface FieldIssue {
  field: string;
  code: BudgetErrorCode;
  values?: Record<string, string>;
}

/** An id from a label: letters and digits, each run of anything else one hyphen (split: linear time). */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 60);

/** The id an envelope gets when none is sent: from its zone or function, else from its label. */
function defaultId(envelope: EnvelopeInput, kind: EnvelopeKind, index: number): string {
  if (kind === 'first-line-support') return 'first-line-support';
  if ((kind === 'zone' || kind === 'function') && envelope.key) return `${kind}-${envelope.key}`;
  return slug(envelope.label) || `envelope-${index + 1}`;
}

export function envelopesFrom(
  inputs: readonly EnvelopeInput[],
  networkZones: readonly Zone[],
): { ok: true; envelopes: Envelope[] } | { ok: false; errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const zoneIds = networkZones.map((zone) => zone.id);
  const envelopes = inputs.map((input, index): Envelope => {
    const kind = input.kind ?? 'other';
    const key = input.key ?? null;
    const field = `envelopes.${index}.key`;
    if (input.label.trim() === '') errors.push({ field: `envelopes.${index}.label`, code: 'label-required' });
    if ((kind === 'zone' || kind === 'function') && !key) errors.push({ field, code: 'key-required' });
    else if (kind === 'zone' && key && !zoneIds.includes(key))
      errors.push({ field, code: 'unknown-zone', values: { value: key, allowed: zoneIds.join(', ') } });
    else if (kind === 'function' && key && !isOneOf(FUNCTIONS, key))
      errors.push({ field, code: 'unknown-function', values: { value: key, allowed: FUNCTIONS.join(', ') } });
    return {
      id: input.id ?? defaultId(input, kind, index),
      label: input.label.trim(),
      kind,
      key: kind === 'zone' || kind === 'function' ? key : null,
      allocationCents: input.allocationCents,
    };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, envelopes };
}

/** The 'set' change for what was sent; a fee left out keeps the plan's current one. */
export function setChange(
  input: BudgetInput,
  envelopes: Envelope[] | undefined,
  current: { defaultFeeCents: number | null },
): PlanChange {
  return {
    kind: 'set',
    allocationCents: input.allocationCents,
    defaultFeeCents: input.defaultFeeCents === undefined ? current.defaultFeeCents : input.defaultFeeCents,
    ...(input.hourlyRateCents !== undefined ? { hourlyRateCents: input.hourlyRateCents } : {}),
    ...(input.firstLineHourlyRateCents !== undefined
      ? { firstLineHourlyRateCents: input.firstLineHourlyRateCents }
      : {}),
    ...(input.fees ? { fees: input.fees } : {}),
    ...(envelopes ? { envelopes } : {}),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
  };
}
