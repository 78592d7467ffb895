// The order form (one page: quantities per item and language, the delivery address) and its
// texts for errors, which the platform's issue writer turns into sentences naming each field.

import { fieldId } from '../platform/forms/answers.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { errorsById, type FieldTexts } from '../platform/forms/issues.ts';
import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Select, Textarea, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { MATERIAL_ITEMS, MATERIAL_LANGUAGES, MAX_QUANTITY } from './domain/catalogue.ts';
import { quantityField } from './domain/order.ts';
import { materialsMessages } from './messages.ts';

export const ORDER_TEXT_FIELDS = [
  'networkId',
  'recipient',
  'organisation',
  'street',
  'postcode',
  'city',
  'note',
] as const;

/** The posted form as flat strings, each cut to a bound before any check. */
export function orderFormOf(body: unknown): Record<string, string> {
  const raw = (body ?? {}) as Record<string, unknown>;
  const text = (name: string, max: number) => {
    const value = Array.isArray(raw[name]) ? (raw[name] as unknown[])[0] : raw[name];
    return typeof value === 'string' ? value.slice(0, max) : '';
  };
  const form: Record<string, string> = {};
  for (const name of ORDER_TEXT_FIELDS) form[name] = text(name, name === 'note' ? 2000 : 400);
  for (const item of MATERIAL_ITEMS)
    for (const language of MATERIAL_LANGUAGES) {
      const name = quantityField(item, language);
      form[name] = text(name, 20);
    }
  return form;
}

function fieldTexts(locale: Locale): FieldTexts {
  const m = materialsMessages[locale];
  const names: Record<string, string> = {
    networkId: m.order.network,
    recipient: m.order.recipient,
    organisation: m.order.organisation,
    street: m.order.street,
    postcode: m.order.postcode,
    city: m.order.city,
    note: m.order.note,
  };
  for (const item of MATERIAL_ITEMS)
    for (const language of MATERIAL_LANGUAGES)
      names[quantityField(item, language)] = format(locale, m.order.quantityLabel, {
        item: m.items[item],
        language: languageName(language, locale),
      });
  return {
    names,
    requiredByField: {
      ...m.order.required,
      [quantityField('public-flyer', 'fr')]: m.order.required.quantity,
    },
  };
}

export function orderErrors(locale: Locale, issues: readonly Issue[]): FormErrors {
  return errorsById(locale, fieldTexts(locale), issues);
}

export function OrderPage(props: {
  ctx: PageContext;
  form: Record<string, string>;
  errors: FormErrors;
  networks: Array<{ value: string; label: string }>;
}) {
  const { ctx, form, errors, networks } = props;
  const m = materialsMessages[ctx.locale];
  const text = (name: 'recipient' | 'organisation' | 'street' | 'city', autoComplete?: string) => (
    <TextInput
      id={name}
      label={m.order[name]}
      value={form[name]}
      error={errors[name]}
      autoComplete={autoComplete}
    />
  );
  return (
    <Layout ctx={ctx} title={m.order.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.order.title}</h1>
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <Select
          id="networkId"
          label={m.order.network}
          value={form.networkId}
          error={errors.networkId}
          emptyLabel=""
          options={networks}
        />
        {MATERIAL_ITEMS.map((item) => (
          <fieldset class="fieldset" key={item}>
            <legend class="fieldset__legend">{m.items[item]}</legend>
            <p class="hint">{format(ctx.locale, m.order.quantitiesHint, { max: MAX_QUANTITY })}</p>
            {MATERIAL_LANGUAGES.map((language) => {
              const name = quantityField(item, language);
              return (
                <TextInput
                  key={name}
                  id={fieldId(name)}
                  name={name}
                  label={format(ctx.locale, m.order.quantityLabel, {
                    item: m.items[item],
                    language: languageName(language, ctx.locale),
                  })}
                  value={form[name]}
                  error={errors[fieldId(name)]}
                  width="short"
                  inputMode="numeric"
                />
              );
            })}
          </fieldset>
        ))}
        <h2>{m.order.delivery}</h2>
        {text('recipient', 'name')}
        {text('organisation', 'organization')}
        {text('street', 'street-address')}
        <TextInput
          id="postcode"
          label={m.order.postcode}
          value={form.postcode}
          error={errors.postcode}
          width="short"
          inputMode="numeric"
          autoComplete="postal-code"
        />
        {text('city', 'address-level2')}
        <Textarea id="note" label={m.order.note} value={form.note} error={errors.note} maxLength={1000} />
        <button type="submit" class="button">
          {m.order.submit}
        </button>
      </form>
    </Layout>
  );
}
