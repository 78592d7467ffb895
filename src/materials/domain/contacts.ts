// The professionals' page's contacts and links as reference data: per coordination area (the
// general address, the orientation helpdesk, the official pages in each language), per network
// (its contact for clinicians) and per zone (its phone and mailbox). Every field may be empty:
// a number no source gives is left out, never made up.

import { Checker, type Issue } from '../../platform/forms/checker.ts';

export const CONTACT_SCOPES = ['area', 'network', 'zone'] as const;
export type ContactScope = (typeof CONTACT_SCOPES)[number];

type Kind = 'text' | 'email' | 'phone' | 'url';

/** The official pages the professionals' page links to, each with an address per language. */
export const OFFICIAL_LINKS = ['inami', 'patients', 'visa', 'convention'] as const;
export type OfficialLink = (typeof OFFICIAL_LINKS)[number];

/** The languages an official page may exist in: German readers get the French page when there is no German one. */
export const LINK_LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;

const linkFields = Object.fromEntries(
  OFFICIAL_LINKS.flatMap((link) => LINK_LANGUAGES.map((lang) => [`${link}.${lang}`, 'url' as Kind])),
);

export const CONTACT_FIELDS: Readonly<Record<ContactScope, Readonly<Record<string, Kind>>>> = {
  area: {
    generalEmail: 'email',
    helpdeskName: 'text',
    helpdeskUrl: 'url',
    helpdeskPhone: 'phone',
    ...linkFields,
  },
  network: { contactName: 'text', contactEmail: 'email', contactPhone: 'phone' },
  zone: { email: 'email', phone: 'phone' },
};

export type ContactData = Record<string, string>;

/** Only the scope's fields, each trimmed and checked; empty fields are kept empty. */
export function checkContacts(
  scope: ContactScope,
  form: Readonly<Record<string, string>>,
): { ok: true; value: ContactData } | { ok: false; issues: Issue[] } {
  const check = new Checker(form);
  const value: ContactData = {};
  for (const [field, kind] of Object.entries(CONTACT_FIELDS[scope])) {
    const raw = (form[field] ?? '').trim();
    if (raw === '') {
      value[field] = '';
      continue;
    }
    const text =
      kind === 'email'
        ? check.email(field)
        : kind === 'phone'
          ? check.phone(field, false)
          : kind === 'url'
            ? check.url(field, false)
            : check.text(field, { required: false, max: 200 });
    value[field] = text ?? '';
  }
  return check.issues.length > 0 ? { ok: false, issues: check.issues } : { ok: true, value };
}
