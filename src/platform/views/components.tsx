import type { ComponentChildren } from 'preact';
import type { Locale } from '../i18n/index.ts';
import { platformMessages } from '../messages.ts';

/** Form errors by field name; the field name is also the input's id, so summary links land on it. */
export type FormErrors = Record<string, string>;

export function ErrorSummary({ locale, errors }: { locale: Locale; errors: FormErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      class="error-summary"
      data-error-summary
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 id="error-summary-title" class="error-summary__title">
        {platformMessages[locale].errorSummaryTitle}
      </h2>
      <ul class="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldShellProps {
  id: string;
  label: ComponentChildren;
  /** The label is the page's h1 (GOV.UK: a page with one question). */
  asHeading?: boolean | undefined;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, asHeading, hint, error, children }: FieldShellProps) {
  const labelElement = (
    <label class={`field__label${asHeading ? ' field__label--heading' : ''}`} for={id}>
      {label}
    </label>
  );
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      {asHeading ? <h1 class="field__heading">{labelElement}</h1> : labelElement}
      {hint ? (
        <div id={`${id}-hint`} class="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

interface TextInputProps {
  id: string;
  name?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'number' | 'password';
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  autoComplete?: string;
  width?: 'short' | 'medium' | 'full';
  spellcheck?: boolean;
  list?: string;
}

export function TextInput(props: TextInputProps) {
  const { id, label, hint, error, value, width = 'full' } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        class={`input input--${width}`}
        id={id}
        name={props.name ?? id}
        type={props.type ?? 'text'}
        value={value ?? ''}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        spellcheck={props.spellcheck}
        list={props.list}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  /** A line under the choice's label (radios and checkboxes). */
  hint?: string;
}

interface SelectProps {
  id: string;
  name?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value?: string | undefined;
  options: Option[];
  /** Label of the empty first option ("any"); omit for a required choice. */
  emptyLabel?: string;
}

export function Select({ id, name, label, hint, error, value, options, emptyLabel }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        class="select"
        id={id}
        name={name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxProps {
  id: string;
  name?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  value?: string;
}

export function Checkbox({ id, name, label, hint, checked, value = 'yes' }: CheckboxProps) {
  return (
    <div class="checkbox">
      <input
        class="checkbox__input"
        type="checkbox"
        id={id}
        name={name ?? id}
        value={value}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label class="checkbox__label" for={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} class="field__hint checkbox__hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export function BackLink({ href, locale }: { href: string; locale: Locale }) {
  return (
    <a class="back-link" href={href}>
      {platformMessages[locale].backLink}
    </a>
  );
}

/** Key facts as a definition list (GOV.UK summary list). */
export function SummaryList({ rows }: { rows: Array<{ key: string; value: ComponentChildren }> }) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row" key={row.key}>
          <dt class="summary-list__key">{row.key}</dt>
          <dd class="summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Tag({
  children,
  tone = 'neutral',
}: {
  children: ComponentChildren;
  tone?: 'neutral' | 'good' | 'warning';
}) {
  return <strong class={`tag tag--${tone}`}>{children}</strong>;
}

interface ChoicesProps {
  name: string;
  /** The id of the first input (error summary links land on it); defaults to the name. */
  id?: string;
  legend: ComponentChildren;
  /** The legend as the page's heading (GOV.UK: one question per page). */
  legendAsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string | undefined;
  options: Option[];
  inline?: boolean;
}

function ChoiceGroup({
  type,
  name,
  id,
  legend,
  legendAsHeading,
  hint,
  error,
  options,
  inline,
  isChecked,
}: ChoicesProps & { type: 'radio' | 'checkbox'; isChecked: (value: string) => boolean }) {
  const base = id ?? name;
  const describedByIds = [hint ? `${base}-hint` : '', error ? `${base}-error` : ''].filter(Boolean).join(' ');
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedByIds || undefined}>
        <legend class={`fieldset__legend${legendAsHeading ? ' fieldset__legend--heading' : ''}`}>
          {legendAsHeading ? <h1 class="fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div id={`${base}-hint`} class="field__hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${base}-error`} class="field__error">
            {error}
          </p>
        ) : null}
        <div class={`${kind}${inline ? ` ${kind}--inline` : ''}`}>
          {options.map((option, index) => {
            const inputId = index === 0 ? base : `${base}-${option.value}`;
            return (
              <div class={`${kind}__item`} key={option.value}>
                <input
                  class={`${kind}__input`}
                  type={type}
                  id={inputId}
                  name={name}
                  value={option.value}
                  checked={isChecked(option.value)}
                  aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                />
                <label class={`${kind}__label`} for={inputId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${inputId}-item-hint`} class={`field__hint ${kind}__hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A group of radio buttons in a fieldset; the first radio carries the id for error links. */
export function Radios(props: ChoicesProps & { value?: string | undefined }) {
  return <ChoiceGroup {...props} type="radio" isChecked={(value) => value === props.value} />;
}

/** A group of checkboxes in a fieldset, all with the same name; the first carries the id. */
export function Checkboxes(props: ChoicesProps & { values: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" isChecked={(value) => props.values.includes(value)} />;
}

interface TextareaProps {
  id: string;
  name?: string;
  label: ComponentChildren;
  /** The label as the page's heading (GOV.UK: one question per page). */
  labelAsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string | undefined;
  value?: string | undefined;
  rows?: number;
  maxLength?: number;
}

export function Textarea({
  id,
  name,
  label,
  labelAsHeading,
  hint,
  error,
  value,
  rows = 5,
  maxLength,
}: TextareaProps) {
  return (
    <FieldShell id={id} label={label} asHeading={labelAsHeading} hint={hint} error={error}>
      <textarea
        class="textarea"
        id={id}
        name={name ?? id}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value ?? ''}
      </textarea>
    </FieldShell>
  );
}

/** A data table with a caption; `head` cells are column headers. */
export function Table({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: ComponentChildren[];
  rows: Array<{ key: string; cells: ComponentChildren[] }>;
}) {
  return (
    <TableWrap label={caption}>
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th scope="col" key={index}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * A wide table that scrolls sideways on small screens. The scrolling region is focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return <ScrollRegion label={label}>{children}</ScrollRegion>;
}

/**
 * Something wider than a phone (a table, a chart) that scrolls sideways inside its own region,
 * named and reachable by keyboard, so the page itself never scrolls sideways.
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
