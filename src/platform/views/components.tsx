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
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {label}
      </label>
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

interface RadiosProps {
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value?: string | undefined;
  options: Option[];
  inline?: boolean;
}

/** A group of radio buttons in a fieldset; the first radio carries the name as its id for error links. */
export function Radios({ name, legend, hint, error, value, options, inline }: RadiosProps) {
  const describedByIds = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedByIds || undefined}>
        <legend class="fieldset__legend">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} class="field__hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${name}-error`} class="field__error">
            {error}
          </p>
        ) : null}
        <div class={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div class="radios__item" key={option.value}>
                <input
                  class="radios__input"
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={option.value === value}
                />
                <label class="radios__label" for={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * A wide table that scrolls sideways on small screens. The scrolling region is focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
