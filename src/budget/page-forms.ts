// What the budget page's forms send, read as typed (so it is shown back on an error) and checked
// into what the service takes. Amounts are typed in euros, the Belgian way or the English one:
// "250 000", "250000", "75,50", "75.50".

import { format, type Locale } from '../platform/i18n/index.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import { CRITERIA, type Criterion, type Weights } from './domain/index.ts';
import type { FieldIssue } from './input.ts';
import { budgetMessages } from './messages.ts';
import { budgetPageMessages } from './page-messages.ts';
import { type CommuneSplits, zoneTerritories } from './zone-territories.ts';

/** Text fields as typed, by name. */
export type Typed = Record<string, string>;

export function typedFields(body: unknown, names: readonly string[]): Typed {
  const record = (body ?? {}) as Record<string, unknown>;
  const typed: Typed = {};
  for (const name of names) {
    const value = record[name];
    const first = Array.isArray(value) ? value[0] : value;
    typed[name] = typeof first === 'string' ? first.slice(0, 200) : '';
  }
  return typed;
}

/** Euros as typed, in cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as an admin types euros back: "250000" or "75,50" (no grouping, so it parses again). */
export function typedEuros(locale: Locale, cents: number | null): string {
  if (cents === null) return '';
  const text = cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
  return locale === 'en' ? text : text.replace('.', ',');
}

/**
 * Alert thresholds as typed ("75, 90" or "75 90"): whole percentages from 1 to 100, at most ten,
 * kept in order without repeats; blank is none. Null when something typed is not one.
 */
export function parseThresholds(text: string): number[] | null {
  if (text.length > 60) return null;
  const parts = text.split(/[\s,;%]+/).filter((part) => part !== '');
  if (parts.length > 10 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const values = parts.map(Number);
  if (values.some((value) => value < 1 || value > 100)) return null;
  return [...new Set(values)].sort((a, b) => a - b);
}

export const typedThresholds = (thresholds: readonly number[]) => thresholds.join(', ');

export const weightField = (criterion: Criterion) => `weight-${criterion}`;
export const amountField = (zoneId: string) => `amount-${zoneId}`;

export function amountError(locale: Locale, label: string, value: string): string {
  return format(locale, budgetPageMessages[locale].errors.amount, { field: label, value });
}

/** The weights as typed: blank is 0; a weight is a number from 0 to 100. */
export function readWeights(
  locale: Locale,
  typed: Typed,
): { ok: true; weights: Weights } | { ok: false; errors: FormErrors } {
  const m = budgetPageMessages[locale];
  const weights: Weights = {};
  const errors: FormErrors = {};
  for (const criterion of CRITERIA) {
    const field = weightField(criterion);
    const text = (typed[field] ?? '').trim().replace(',', '.');
    if (text === '') continue;
    const value = /^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= 0 && value <= 100)) {
      errors[field] = format(locale, m.errors.weight, {
        field: m.proposal.criteria[criterion],
        value: typed[field] ?? '',
      });
    } else if (value > 0) weights[criterion] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, weights };
}

/**
 * The service's refusals on the page: each on the form field it is about (named in the
 * message), the others on `fallback`.
 */
export function issuesOnFields(
  locale: Locale,
  issues: readonly FieldIssue[],
  fields: Record<string, { id: string; label: string }>,
  fallback: { id: string; label: string },
): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const target =
      fields[issue.field] ??
      (issue.field.startsWith('weights.') ? fields[issue.field.slice('weights.'.length)] : undefined) ??
      fallback;
    const message = format(locale, budgetMessages[locale].errors[issue.code], issue.values ?? {});
    const sentence = `${target.label}${locale === 'fr' ? '\u202f: ' : ': '}${message}`;
    errors[target.id] = errors[target.id] ? `${errors[target.id]} ${sentence}` : sentence;
  }
  return errors;
}

/** A commune the network's zones share: the admin says which part of its inhabitants each has. */
export interface SharedCommune {
  nis: string;
  name: string;
  zoneIds: string[];
}

export const splitField = (nis: string, zoneId: string) => `split-${nis}-${zoneId}`;

export function sharedCommunes(
  snapshot: ReferenceSnapshot,
  networkId: string,
  locale: Locale,
): SharedCommune[] {
  const outcome = zoneTerritories(snapshot, networkId, {});
  if (outcome.ok) return [];
  return outcome.errors
    .filter((issue) => issue.code === 'split-needed')
    .map((issue) => {
      const nis = issue.values?.value ?? '';
      return {
        nis,
        name: snapshot.communes.get(nis)?.names[locale === 'nl' ? 'nl' : 'fr'] ?? nis,
        zoneIds: (issue.values?.allowed ?? '').split(', '),
      };
    });
}

/** The shares typed in percent, as the parts the proposal takes; a blank share is 0. */
export function readSplits(
  locale: Locale,
  typed: Typed,
  communes: readonly SharedCommune[],
  zoneName: (id: string) => string,
): { ok: true; splits: CommuneSplits } | { ok: false; errors: FormErrors } {
  const m = budgetPageMessages[locale];
  const splits: CommuneSplits = {};
  const errors: FormErrors = {};
  for (const commune of communes) {
    const parts: Record<string, number> = {};
    for (const zoneId of commune.zoneIds) {
      const field = splitField(commune.nis, zoneId);
      const text = (typed[field] ?? '').trim().replace(',', '.');
      const value = text === '' ? 0 : /^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
      if (!(value >= 0 && value <= 100)) {
        const label = `${commune.name} – ${zoneName(zoneId)}`;
        errors[field] = format(locale, m.errors.weight, { field: label, value: typed[field] ?? '' });
      } else parts[zoneId] = value / 100;
    }
    splits[commune.nis] = parts;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, splits };
}
