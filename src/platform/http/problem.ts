import type { FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { format, type Locale } from '../i18n/index.ts';
import { platformMessages, type ValidationFormat } from '../messages.ts';

/** One invalid input: which field (dotted path), a stable code, and a sentence for people. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export type ProblemCode = keyof (typeof platformMessages)['fr']['problems'];

/**
 * An expected failure, returned as `application/problem+json` (RFC 9457). Services throw it;
 * the error handler turns it into a response. `detail` is already in the caller's language.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

/**
 * A problem whose detail is the platform's standard sentence for its code (401, 403, 404…).
 * It is thrown where the caller's language is unknown (the policy); the error handler writes
 * the detail in the language of the request.
 */
export class StandardProblem extends ProblemError {
  constructor(
    status: number,
    readonly standardCode: ProblemCode,
  ) {
    super(status, standardCode, platformMessages.fr.problems[standardCode]);
  }

  inLocale(locale: Locale): ProblemError {
    return new ProblemError(this.status, this.code, platformMessages[locale].problems[this.standardCode]);
  }
}

export function problemType(code: string): string {
  return `urn:passerelle:problem:${code}`;
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: ProblemError,
): FastifyReply {
  const title = (platformMessages.en.problems as Record<string, string>)[problem.code] ?? problem.code;
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: problemType(problem.code),
      title,
      status: problem.status,
      detail: problem.detail,
      instance: request.url,
      ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
      ...problem.extra,
    });
}

export function invalidParameters(locale: Locale, errors: FieldError[]): ProblemError {
  const summary = errors.map((error) => `${error.field}: ${error.message}`).join(' ');
  const detail = `${platformMessages[locale].problems['invalid-parameters']} ${summary}`;
  return new ProblemError(400, 'invalid-parameters', detail, errors);
}

/** Schema keyword annotation naming a human format ('postcode', 'date'…) for a clearer message. */
export const FORMAT_KEYWORD = 'x-format';

function fieldName(error: FastifySchemaValidationError): string {
  const path = error.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  if (error.keyword === 'required') path.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path.join('.') || '(root)';
}

/** Turns schema validation errors into one localized error per field. */
export function fieldErrorsFromValidation(
  locale: Locale,
  errors: FastifySchemaValidationError[],
): FieldError[] {
  const m = platformMessages[locale].validation;
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const field = fieldName(error);
    const schema = (error as { parentSchema?: Record<string, unknown> }).parentSchema ?? {};
    const data = (error as { data?: unknown }).data;
    const limit = error.params.limit as number | undefined;
    const humanFormat = schema[FORMAT_KEYWORD] as ValidationFormat | undefined;
    let code = error.keyword;
    let message: string;
    switch (error.keyword) {
      case 'required':
        message = m.required;
        break;
      case 'additionalProperties':
        code = 'unknown';
        message = m.unknownField;
        break;
      case 'type': {
        const type = String(error.params.type);
        message = type in m ? (m as unknown as Record<string, string>)[type]! : m.invalid;
        break;
      }
      case 'enum':
      case 'const':
      case 'anyOf': {
        const allowed = allowedValues(schema);
        code = 'enum';
        message = allowed
          ? format(locale, m.enum, { value: String(data), allowed: allowed.join(', ') })
          : m.invalid;
        break;
      }
      case 'minLength':
      case 'maxLength':
        // An identifier's length is part of its shape: "a postcode has 4 digits" says more
        // than "at most 4 characters" (lengths are checked before patterns, so this comes first).
        if (humanFormat) {
          code = 'format';
          message = m.formats[humanFormat];
        } else message = format(locale, m[error.keyword], { limit: limit ?? 0 });
        break;
      case 'minimum':
      case 'maximum':
      case 'minItems':
      case 'maxItems':
        message = format(locale, m[error.keyword], { limit: limit ?? 0 });
        break;
      case 'pattern':
      case 'format':
        code = 'format';
        message = humanFormat ? m.formats[humanFormat] : m.invalid;
        break;
      default:
        message = humanFormat ? m.formats[humanFormat] : m.invalid;
    }
    // Keep the first, most specific error per field; anyOf follows its branches' errors.
    if (!byField.has(field) || error.keyword === 'anyOf') byField.set(field, { field, code, message });
  }
  return [...byField.values()];
}

function allowedValues(schema: Record<string, unknown>): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if ('const' in schema) return [String(schema.const)];
  const branches = (schema.anyOf ?? schema.oneOf) as Array<Record<string, unknown>> | undefined;
  if (Array.isArray(branches) && branches.every((branch) => 'const' in branch)) {
    return branches.map((branch) => String(branch.const));
  }
  return undefined;
}
