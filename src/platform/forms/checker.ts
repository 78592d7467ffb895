// The one field checker of every form and API body: question pages (GP requests, organisation
// offers, declarations of interest, service applications), staff actions and the JSON API, so
// the same input always gets the same answer. It reads `unknown` (a JSON body or a form draft)
// at dotted paths (practice.postcode) and records one issue per invalid field, never stopping
// at the first. Messages are the capabilities' (platform/forms/issues.ts joins them).

import { parseBelgianDate } from '../identifiers/belgian-date.ts';
import { isEmailAddress } from '../identifiers/email.ts';
import { compactEnterpriseNumber, isEnterpriseNumber } from '../identifiers/enterprise-number.ts';
import { containsNiss } from '../identifiers/free-text-niss.ts';
import { isValidInami, normalizeInami } from '../identifiers/inami.ts';
import { isBelgianPostcode } from '../identifiers/postcode.ts';

export type IssueCode =
  | 'required'
  | 'too-long'
  | 'not-text'
  | 'unknown-value'
  | 'patient-identifier'
  | 'invalid-email'
  | 'invalid-url'
  | 'invalid-phone'
  | 'invalid-postcode'
  | 'invalid-enterprise-number'
  | 'invalid-inami'
  | 'invalid-date'
  | 'invalid-number'
  | 'number-range'
  /** The organisation offer's venue capacity: the API's code for any wrong number there. */
  | 'capacity-range'
  | 'outside-territory'
  | 'no-network-for-age'
  | 'treatment-criteria'
  | 'document-missing';

export interface Issue {
  /** The dotted path of the field (practice.postcode), also the form field's name. */
  field: string;
  code: IssueCode;
  /** Values for the message (the allowed values, a limit). */
  values?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A web address people can open: http(s), a host, no spaces or characters HTML would misread. */
const WEB_ADDRESS = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?([/?#][^\s<>"]*)?$/i;
const PHONE = /^\+?[0-9][0-9 ./()-]{6,22}$/;
const WHOLE_NUMBER = /^\s*\d{1,7}\s*$/;

/** Reads a member at a dotted path without trusting the shape (arrays are not objects here). */
export function member(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' && !Array.isArray(node)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      data,
    );
}

const absent = (value: unknown) => value === undefined || value === null || value === '';

export class Checker {
  readonly issues: Issue[] = [];

  constructor(private readonly data: unknown) {}

  fail(field: string, code: IssueCode, values?: Issue['values']): undefined {
    if (!this.has(field)) this.issues.push(values ? { field, code, values } : { field, code });
    return undefined;
  }

  has(field: string): boolean {
    return this.issues.some((issue) => issue.field === field);
  }

  /**
   * Trimmed text; '' counts as absent. Every text is read by staff and kept, so a patient's
   * national number (NISS), however written, is refused, in names and streets too; only fields
   * that hold an identifier of another kind (an e-mail address, an INAMI number, an id) say
   * `identifier: true`. The length is checked first, so the search never reads an overlong text.
   */
  text(field: string, options: { required: boolean; max: number; identifier?: true }): string | undefined {
    const value = member(this.data, field);
    if (value === undefined || value === null)
      return options.required ? this.fail(field, 'required') : undefined;
    if (typeof value !== 'string') return this.fail(field, 'not-text');
    const text = value.trim();
    if (text === '') return options.required ? this.fail(field, 'required') : undefined;
    if (text.length > options.max) return this.fail(field, 'too-long', { limit: options.max });
    if (!options.identifier && containsNiss(text)) return this.fail(field, 'patient-identifier');
    return text;
  }

  /** One of `allowed`, exactly (a radio button's value). */
  choice<T extends string>(field: string, allowed: readonly T[], required = true): T | undefined {
    const value = member(this.data, field);
    if (absent(value)) return required ? this.fail(field, 'required') : undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return this.fail(field, 'unknown-value', { allowed: allowed.join(', ') });
    }
    return value as T;
  }

  /** A set of choices; a single string counts as one (an HTML form with one box ticked). */
  choices<T extends string>(field: string, allowed: readonly T[], required = true): T[] | undefined {
    const value = member(this.data, field);
    const list = absent(value) ? [] : Array.isArray(value) ? value : [value];
    if (list.length === 0) return required ? this.fail(field, 'required') : [];
    if (!list.every((item) => typeof item === 'string' && (allowed as readonly string[]).includes(item))) {
      return this.fail(field, 'unknown-value', { allowed: allowed.join(', ') });
    }
    return [...new Set(list as T[])];
  }

  /**
   * A whole number from `min` to `max`, typed or sent as a JSON number. `wrong` is the one code
   * for any other answer where an API promised one (`capacity-range`); otherwise a text that is
   * not a number and a number out of range are told apart.
   */
  integer(field: string, range: { min: number; max: number; wrong?: 'capacity-range' }): number | undefined {
    const { min, max } = range;
    const value = member(this.data, field);
    if (absent(value)) return this.fail(field, 'required');
    const number = typeof value === 'string' && WHOLE_NUMBER.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) {
      return this.fail(field, range.wrong ?? 'invalid-number', { min, max });
    }
    if (number < min || number > max) return this.fail(field, range.wrong ?? 'number-range', { min, max });
    return number;
  }

  email(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 254, identifier: true });
    return text !== undefined && !isEmailAddress(text) ? this.fail(field, 'invalid-email') : text;
  }

  /** A web address (http or https), e.g. a network's page for professionals. */
  url(field: string, required = true): string | undefined {
    const text = this.text(field, { required, max: 400, identifier: true });
    return text !== undefined && !WEB_ADDRESS.test(text) ? this.fail(field, 'invalid-url') : text;
  }

  phone(field: string, required = true): string | undefined {
    const text = this.text(field, { required, max: 30 });
    return text !== undefined && !PHONE.test(text) ? this.fail(field, 'invalid-phone') : text;
  }

  postcode(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 10, identifier: true });
    return text !== undefined && !isBelgianPostcode(text) ? this.fail(field, 'invalid-postcode') : text;
  }

  /** INAMI/RIZIV number: 11 digits with valid check digits (dots, dashes and spaces allowed when typed). */
  inami(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 20, identifier: true });
    if (text === undefined) return undefined;
    return isValidInami(text) ? normalizeInami(text) : this.fail(field, 'invalid-inami');
  }

  /** Belgian enterprise number (10 digits, or 9 in the old form) with its mod-97 check, compacted. */
  enterpriseNumber(field: string, required = true): string | undefined {
    const text = this.text(field, { required, max: 20, identifier: true });
    if (text === undefined) return undefined;
    return isEnterpriseNumber(text)
      ? compactEnterpriseNumber(text)
      : this.fail(field, 'invalid-enterprise-number');
  }

  /** A date typed the Belgian way (17/12/2026, 17.12.2026) or as ISO: the ISO date. */
  date(field: string, required = true): string | undefined {
    const text = this.text(field, { required, max: 24, identifier: true });
    if (text === undefined) return undefined;
    return parseBelgianDate(text) ?? this.fail(field, 'invalid-date');
  }
}
