// Field checks shared by the forms and the API, so the same input always gets the same answer.
// They read `unknown` (a JSON body or a form draft) and record one issue per invalid field,
// named by its dotted path (practice.postcode), never stopping at the first.

import { isEmailAddress } from '../../platform/identifiers/email.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isBelgianPostcode } from '../../platform/identifiers/postcode.ts';

export type IssueCode =
  | 'required'
  | 'too-long'
  | 'not-text'
  | 'invalid-email'
  | 'invalid-phone'
  | 'invalid-postcode'
  | 'unknown-value'
  | 'patient-identifier'
  | 'invalid-enterprise-number'
  | 'capacity-range'
  | 'outside-territory'
  | 'no-network-for-age';

export interface Issue {
  field: string;
  code: IssueCode;
  /** Values for the message (the allowed values, a limit). */
  values?: Record<string, string | number>;
}

const PHONE = /^\+?[0-9][0-9 ./()-]{6,22}$/;

export class Checker {
  readonly issues: Issue[] = [];

  fail(field: string, code: IssueCode, values?: Issue['values']): undefined {
    if (!this.issues.some((issue) => issue.field === field)) {
      this.issues.push(values ? { field, code, values } : { field, code });
    }
    return undefined;
  }

  has(field: string): boolean {
    return this.issues.some((issue) => issue.field === field);
  }

  /**
   * Trimmed text; '' counts as absent. Every text is read by staff and kept, so a patient's
   * national number (NISS), however written, is refused, in names and streets too; only fields
   * that hold an identifier of another kind (an e-mail address, an enterprise number, an id) say
   * `identifier: true`. The length is checked first, so the search never reads an overlong text.
   */
  text(
    field: string,
    value: unknown,
    options: { required: boolean; max: number; identifier?: true },
  ): string | undefined {
    if (value === undefined || value === null)
      return options.required ? this.fail(field, 'required') : undefined;
    if (typeof value !== 'string') return this.fail(field, 'not-text');
    const text = value.trim();
    if (text === '') return options.required ? this.fail(field, 'required') : undefined;
    if (text.length > options.max) return this.fail(field, 'too-long', { limit: options.max });
    if (!options.identifier && containsNiss(text)) return this.fail(field, 'patient-identifier');
    return text;
  }

  email(field: string, value: unknown): string | undefined {
    const text = this.text(field, value, { required: true, max: 254, identifier: true });
    if (text !== undefined && !isEmailAddress(text)) return this.fail(field, 'invalid-email');
    return text;
  }

  phone(field: string, value: unknown, required: boolean): string | undefined {
    const text = this.text(field, value, { required, max: 30 });
    if (text !== undefined && !PHONE.test(text)) return this.fail(field, 'invalid-phone');
    return text;
  }

  postcode(field: string, value: unknown): string | undefined {
    const text = this.text(field, value, { required: true, max: 10, identifier: true });
    if (text !== undefined && !isBelgianPostcode(text)) return this.fail(field, 'invalid-postcode');
    return text;
  }

  choice<T extends string>(
    field: string,
    value: unknown,
    allowed: readonly T[],
    required = true,
  ): T | undefined {
    if (value === undefined || value === null || value === '') {
      return required ? this.fail(field, 'required') : undefined;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return this.fail(field, 'unknown-value', { allowed: allowed.join(', ') });
    }
    return value as T;
  }

  /** A set of choices; a single string counts as one (an HTML form with one box ticked). */
  choices<T extends string>(
    field: string,
    value: unknown,
    allowed: readonly T[],
    required: boolean,
  ): T[] | undefined {
    const list =
      value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value];
    if (list.length === 0) return required ? this.fail(field, 'required') : [];
    if (!list.every((item) => typeof item === 'string' && (allowed as readonly string[]).includes(item))) {
      return this.fail(field, 'unknown-value', { allowed: allowed.join(', ') });
    }
    return [...new Set(list as T[])];
  }

  integer(field: string, value: unknown, min: number, max: number): number | undefined {
    if (value === undefined || value === null || value === '') return this.fail(field, 'required');
    const number = typeof value === 'string' && /^\s*\d{1,7}\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
      return this.fail(field, 'capacity-range', { min, max });
    }
    return number;
  }
}

/** Reads a nested object member without trusting the shape. */
export function member(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
