// Pieces every account page uses: reading form fields, the CSRF field, notices.
import type { ComponentChildren } from 'preact';
import { queryValue } from '../../http/pages.ts';
import { format, type Locale } from '../../i18n/index.ts';
import { isEmailAddress } from '../../identifiers/email.ts';
import { TextInput } from '../../views/components.tsx';
import { authMessages } from '../messages.ts';
import type { PasswordProblem } from '../passwords.ts';
import { type Grant, ROLE_SCOPE } from '../roles.ts';
import type { Jurisdictions } from '../staff.ts';

/** A form field as a trimmed string (first value if repeated, '' if absent), capped in length. */
export function field(body: unknown, name: string, max = 320): string {
  return queryValue(body, name).trim().slice(0, max);
}

/** Passwords are taken as typed: spaces count. */
export function passwordField(body: unknown, name: string): string {
  return queryValue(body, name).slice(0, 1024);
}

export function emailError(locale: Locale, value: string): string | undefined {
  const m = authMessages[locale].errors;
  if (!value) return m.emailRequired;
  return isEmailAddress(value) ? undefined : m.emailInvalid;
}

export function passwordProblemMessage(locale: Locale, problem: PasswordProblem): string {
  return authMessages[locale].errors.password[problem];
}

export function CsrfField({ token }: { token: string | undefined }) {
  return <input type="hidden" name="_csrf" value={token ?? ''} />;
}

/** A message that confirms something happened (GOV.UK notification banner, success). */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="panel panel--success" role="status">
      <p>{children}</p>
    </div>
  );
}

/** A grant as people read it: "Coordinateur local – zone Nord-Ouest, Brumenta". */
export function describeGrant(locale: Locale, grant: Grant, jurisdictions: Jurisdictions): string {
  const m = authMessages[locale];
  const role = m.roles[grant.role];
  const network = (id: string | null) =>
    jurisdictions.networks().find((n) => n.id === id)?.names[locale] ?? id ?? '';
  const zone = (id: string | null) =>
    jurisdictions.zones().find((z) => z.id === id)?.names[locale] ?? id ?? '';
  switch (ROLE_SCOPE[grant.role]) {
    case 'zone':
      return format(locale, m.scopes.zone, {
        role,
        zone: zone(grant.zoneId),
        network: network(grant.networkId),
      });
    case 'network':
      return format(locale, m.scopes.network, { role, network: network(grant.networkId) });
    case 'body':
      return format(locale, m.scopes.body, {
        role,
        body: jurisdictions.bodies().find((b) => b.id === grant.bodyId)?.names[locale] ?? grant.bodyId ?? '',
      });
    default:
      return role;
  }
}

/** The field where someone chooses a password: the length rule in the hint, the manager's "new password". */
export function NewPasswordInput({
  locale,
  error,
  label,
}: {
  locale: Locale;
  error: string | undefined;
  label?: string;
}) {
  const m = authMessages[locale].fields;
  return (
    <TextInput
      id="password"
      type="password"
      label={label ?? m.newPassword}
      hint={m.passwordHint}
      error={error}
      autoComplete="new-password"
    />
  );
}
