import { format, type Locale } from '../i18n/index.ts';
import { INTL_TAG } from '../i18n/locales.ts';
import type { AuditRow } from './audit.ts';
import { auditSentenceMessages } from './sentences.ts';

// One audit entry as a sentence (sentences.ts), with the names the codes stand for: the person
// who acted, the account, case, network, zone, body or role the entry is about.

/** What the page knows besides the entries: names by id (service.ts and the jurisdictions). */
export interface AuditNames {
  accounts: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, { reference: string; caseType: string }>;
  network(id: string): string;
  zone(id: string): string;
  body(id: string): string;
  role(role: string): string;
}

/** "jeudi 17 décembre 2026 à 12:30", Brussels time. */
export function spokenDateTime(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(at);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** "case.assign-clinician" → "assign clinician": an action without a sentence still reads as words. */
function words(action: string): string {
  return action.replace(/[.-]/g, ' ');
}

export function auditSentence(locale: Locale, row: AuditRow, names: AuditNames): string {
  const m = auditSentenceMessages[locale];
  const detail = (row.detail ?? {}) as Record<string, unknown>;
  const who = row.actorAccountId
    ? (names.accounts.get(row.actorAccountId) ?? row.actorLabel)
    : (m.system[row.actorLabel] ?? row.actorLabel);
  const targetAccount =
    row.resourceType === 'account' && row.resourceId
      ? (names.accounts.get(row.resourceId) ?? text(detail.email) ?? row.resourceId)
      : null;
  const name =
    targetAccount ??
    (row.resourceType === 'network' && row.resourceId ? names.network(row.resourceId) : null) ??
    (text(detail.bodyId) ? names.body(String(detail.bodyId)) : null) ??
    '';
  const what = (() => {
    if (row.resourceType === 'case') {
      const known = row.resourceId ? names.cases.get(row.resourceId) : undefined;
      const reference = known?.reference ?? text(detail.reference) ?? row.resourceId ?? '';
      const type = (known?.caseType ?? 'case') as keyof typeof m.things;
      return format(locale, m.things[type] ?? m.things.case, { reference });
    }
    const pattern = m.things[row.resourceType as keyof typeof m.things];
    return pattern ? format(locale, pattern, { name, reference: row.resourceId ?? '' }) : m.things.other;
  })();
  const scopeParts = [
    text(detail.zoneId) ? names.zone(String(detail.zoneId)) : null,
    text(detail.networkId) ? names.network(String(detail.networkId)) : null,
    text(detail.bodyId) ? names.body(String(detail.bodyId)) : null,
  ].filter((part): part is string => part !== null);
  const values = {
    who,
    what,
    name,
    when: spokenDateTime(locale, row.at),
    role: text(detail.role) ? names.role(String(detail.role)) : '',
    scope: scopeParts.length > 0 ? ` (${scopeParts.join(', ')})` : '',
    zone: text(detail.toZoneId) ? names.zone(String(detail.toZoneId)) : '',
    count: typeof detail.shown === 'number' ? detail.shown : 0,
    action: words(row.action),
  };
  return format(locale, m.actions[row.action] ?? m.fallback, values);
}

/** "marie@…, Réseau Brumenta, zone Nord-Ouest": who exactly and where the entry belongs, under the sentence. */
export function auditWhere(locale: Locale, row: AuditRow, names: AuditNames): string | null {
  const m = auditSentenceMessages[locale];
  const parts = [
    // The address the person signed in with: what the "person" filter searches.
    row.actorAccountId ? row.actorLabel : null,
    row.networkId ? format(locale, m.network, { network: names.network(row.networkId) }) : null,
    row.zoneId ? format(locale, m.zone, { zone: names.zone(row.zoneId) }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}
