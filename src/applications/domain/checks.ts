// Field checks for the two questionnaires. They read a form draft (strings and lists of
// strings) and record one issue per invalid field, by its dotted path, never stopping early.

import { compactEnterpriseNumber, isEnterpriseNumber } from '../../platform/identifiers/enterprise-number.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isValidInami, normalizeInami } from '../../platform/identifiers/inami.ts';
import { isBelgianPostcode } from '../../platform/identifiers/postcode.ts';

export type IssueCode =
  | 'required'
  | 'too-long'
  | 'unknown-value'
  | 'invalid-number'
  | 'number-range'
  | 'invalid-inami'
  | 'invalid-phone'
  | 'invalid-postcode'
  | 'invalid-enterprise-number'
  | 'invalid-date'
  | 'outside-territory'
  | 'treatment-criteria'
  | 'document-missing'
  | 'patient-identifier';

export interface Issue {
  field: string;
  code: IssueCode;
  values?: Record<string, string | number>;
}

const PHONE = /^\+?[0-9][0-9 ./()-]{6,22}$/;

export function member(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      data,
    );
}

export class Checker {
  readonly issues: Issue[] = [];

  constructor(private readonly data: unknown) {}

  fail(field: string, code: IssueCode, values?: Issue['values']): undefined {
    if (!this.issues.some((issue) => issue.field === field)) {
      this.issues.push(values ? { field, code, values } : { field, code });
    }
    return undefined;
  }

  /**
   * Trimmed text. Every text is read by staff and committees and kept, so a patient's national
   * number (NISS), however written, is refused, in names and streets too; fields that hold an
   * identifier of another kind (an INAMI number, an enterprise number, a choice) say
   * `identifier: true`. The length is checked first, so the search never reads an overlong text.
   */
  text(field: string, options: { required: boolean; max: number; identifier?: true }): string | undefined {
    const value = member(this.data, field);
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') return options.required ? this.fail(field, 'required') : undefined;
    if (text.length > options.max) return this.fail(field, 'too-long', { limit: options.max });
    if (!options.identifier && containsNiss(text)) return this.fail(field, 'patient-identifier');
    return text;
  }

  choice<T extends string>(field: string, allowed: readonly T[], required = true): T | undefined {
    const text = this.text(field, { required, max: 60, identifier: true });
    if (text === undefined) return undefined;
    return (allowed as readonly string[]).includes(text) ? (text as T) : this.fail(field, 'unknown-value');
  }

  choices<T extends string>(field: string, allowed: readonly T[], required = true): T[] {
    const value = member(this.data, field);
    const list = (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []).filter(
      (item): item is string => typeof item === 'string' && item !== '',
    );
    if (list.length === 0) {
      if (required) this.fail(field, 'required');
      return [];
    }
    if (list.some((item) => !(allowed as readonly string[]).includes(item))) {
      this.fail(field, 'unknown-value');
      return [];
    }
    return [...new Set(list)] as T[];
  }

  integer(field: string, min: number, max: number): number | undefined {
    const text = this.text(field, { required: true, max: 6 });
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) return this.fail(field, 'invalid-number');
    const value = Number(text);
    return value < min || value > max ? this.fail(field, 'number-range', { min, max }) : value;
  }

  phone(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 30 });
    return text !== undefined && !PHONE.test(text) ? this.fail(field, 'invalid-phone') : text;
  }

  postcode(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 4 });
    return text !== undefined && !isBelgianPostcode(text) ? this.fail(field, 'invalid-postcode') : text;
  }

  /** INAMI/RIZIV number: 11 digits with valid check digits (dots, dashes and spaces allowed when typed). */
  inami(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 20, identifier: true });
    if (text === undefined) return undefined;
    return isValidInami(text) ? normalizeInami(text) : this.fail(field, 'invalid-inami');
  }

  /** Belgian enterprise number, in its new (10 digits) or old (9 digits) form, with its mod-97 check. */
  enterpriseNumber(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 20, identifier: true });
    if (text === undefined) return undefined;
    return isEnterpriseNumber(text)
      ? compactEnterpriseNumber(text)
      : this.fail(field, 'invalid-enterprise-number');
  }
}
