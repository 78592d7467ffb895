import Type from 'typebox';
import { LOCALES } from '../i18n/index.ts';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../identifiers/email.ts';
import { POSTCODE_PATTERN } from '../identifiers/postcode.ts';
import { FORMAT_KEYWORD } from './problem.ts';

// Schema pieces every capability's routes share, so the same input gets the same message.

export const Postcode = Type.String({
  pattern: POSTCODE_PATTERN.source,
  maxLength: 4,
  [FORMAT_KEYWORD]: 'postcode',
});
export const NisCode = Type.String({ pattern: '^[0-9]{5}$', maxLength: 5, [FORMAT_KEYWORD]: 'nis' });
export const IsoDateString = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  maxLength: 10,
  [FORMAT_KEYWORD]: 'date',
});
export const MonthString = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  maxLength: 7,
  [FORMAT_KEYWORD]: 'month',
});
export const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  maxLength: 36,
  [FORMAT_KEYWORD]: 'uuid',
});
export const Email = Type.String({
  pattern: EMAIL_PATTERN,
  maxLength: EMAIL_MAX_LENGTH,
  [FORMAT_KEYWORD]: 'email',
});
/** An ISO 639-1 language code such as 'nl'. */
export const LanguageCodeSchema = Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 });
/** `?lang=` chooses the language of messages in API answers. */
export const LangParam = Type.Optional(Type.Enum([...LOCALES]));
/** A query string that only chooses the answer's language. */
export const LangQuery = Type.Object({ lang: LangParam }, { additionalProperties: false });

/** `de` is the French name where the data has no German one (reference/domain/types.ts). */
export const NamesSchema = Type.Object({
  fr: Type.String(),
  nl: Type.String(),
  en: Type.String(),
  de: Type.String(),
});
/** `de`: the German name of the communes that have one, else the French name. */
export const PlaceNames = Type.Object({ fr: Type.String(), nl: Type.String(), de: Type.String() });

/** How problem+json answers look, for the OpenAPI document. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  instance: Type.String(),
  errors: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
  ),
});
