// One member of staff: their roles, with a form to add one and a button to take each away.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { StandardProblem } from '../../http/problem.ts';
import { format, type Locale } from '../../i18n/index.ts';
import { isBodyId } from '../../identifiers/body-id.ts';
import { isUuid } from '../../ids.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Radios,
  Select,
  SummaryList,
  Tag,
} from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { adminMessages } from '../admin-messages.ts';
import { authMessages } from '../messages.ts';
import { type Grant, type GrantScope, ROLE_SCOPE, type Role, STAFF_ROLES } from '../roles.ts';
import type { Jurisdictions, StaffService } from '../staff.ts';
import { CsrfField, describeGrant, field, Notice } from './shared.tsx';

interface GrantForm {
  role: string;
  zone: string;
  network: string;
  body: string;
}

type Person = Awaited<ReturnType<StaffService['get']>>;

function PersonPage(props: {
  ctx: PageContext;
  person: Person;
  jurisdictions: Jurisdictions;
  form: GrantForm;
  errors: FormErrors;
  notice: string | null;
}) {
  const { ctx, person, jurisdictions, form, errors } = props;
  const m = adminMessages[ctx.locale].person;
  const roles = authMessages[ctx.locale].roles;
  const base = `/${ctx.locale}/admin/staff/${person.account.id}`;
  const networkName = (id: string) =>
    jurisdictions.networks().find((n) => n.id === id)?.names[ctx.locale] ?? id;
  const zoneOptions = jurisdictions.zones().flatMap((zone) =>
    zone.networkIds.map((networkId) => ({
      value: `${networkId}/${zone.id}`,
      label: format(ctx.locale, m.zoneOption, {
        zone: zone.names[ctx.locale],
        network: networkName(networkId),
      }),
    })),
  );
  return (
    <Layout
      ctx={ctx}
      title={person.account.displayName}
      section="admin"
      hasErrors={Object.keys(errors).length > 0}
    >
      <BackLink href={`/${ctx.locale}/admin/staff`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <h1>{person.account.displayName}</h1>
      <p>
        {person.account.email}{' '}
        <Tag tone={person.account.emailVerifiedAt ? 'good' : 'warning'}>
          {person.account.emailVerifiedAt ? m.verified : m.unverified}
        </Tag>
      </p>
      <h2>{m.rolesTitle}</h2>
      {person.grants.length === 0 ? <p>{adminMessages[ctx.locale].staff.none}</p> : null}
      <SummaryList
        rows={person.grants.map((grant: Grant) => {
          const label = describeGrant(ctx.locale, grant, jurisdictions);
          return {
            key: label,
            value: (
              <form method="post" action={`${base}/grants/${grant.id}/revoke`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <button
                  type="submit"
                  class="link-button"
                  aria-label={format(ctx.locale, m.revokeLabel, { role: label })}
                >
                  {m.revoke}
                </button>
              </form>
            ),
          };
        })}
      />
      <h2>{m.addTitle}</h2>
      <form method="post" action={`${base}/grants`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Radios
          name="role"
          legend={m.role}
          value={form.role}
          error={errors.role}
          options={STAFF_ROLES.map((value) => ({ value, label: roles[value] }))}
        />
        <Select
          id="zone"
          label={m.zone}
          value={form.zone}
          error={errors.zone}
          options={zoneOptions}
          emptyLabel={m.choose}
        />
        <Select
          id="network"
          label={m.network}
          value={form.network}
          error={errors.network}
          options={jurisdictions.networks().map((n) => ({ value: n.id, label: n.names[ctx.locale] }))}
          emptyLabel={m.choose}
        />
        <Select
          id="body"
          label={m.body}
          hint={m.bodyHint}
          value={form.body}
          error={errors.body}
          options={jurisdictions.bodies().map((b) => ({ value: b.id, label: b.names[ctx.locale] }))}
          emptyLabel={m.choose}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

/** Reads the add-role form into a grant scope, or the errors to show next to each field. */
function readGrant(locale: Locale, form: GrantForm): { scope: GrantScope } | { errors: FormErrors } {
  const m = adminMessages[locale].grantErrors;
  const role = STAFF_ROLES.find((value) => value === form.role) as Role | undefined;
  if (!role) return { errors: { role: m.roleRequired } };
  const scope: GrantScope = { role, networkId: null, zoneId: null, bodyId: null };
  switch (ROLE_SCOPE[role]) {
    case 'zone': {
      const [networkId, zoneId] = form.zone.split('/');
      if (!networkId || !zoneId) return { errors: { zone: m.zone } };
      return { scope: { ...scope, networkId, zoneId } };
    }
    case 'network':
      return form.network
        ? { scope: { ...scope, networkId: form.network } }
        : { errors: { network: m.network } };
    case 'body':
      return isBodyId(form.body) ? { scope: { ...scope, bodyId: form.body } } : { errors: { body: m.body } };
    default:
      return { scope };
  }
}

function accountIdOf(request: FastifyRequest): string {
  const id = (request.params as { id?: string }).id ?? '';
  if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
  return id;
}

const NOTICES = ['invited', 'existing', 'granted', 'revoked'] as const;

export function registerPersonPages(app: FastifyInstance, staff: StaffService): void {
  const emptyGrant: GrantForm = { role: '', zone: '', network: '', body: '' };
  for (const { path, locale } of localizedPaths('/admin/staff/:id')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const person = await staff.get(request.user, accountIdOf(request));
      const key = NOTICES.find((notice) => notice === queryValue(request.query, 'notice'));
      const notice = key ? adminMessages[locale].person[key] : null;
      return sendPage(
        reply,
        h(PersonPage, {
          ctx: pageContext(request, reply),
          person,
          jurisdictions: staff.jurisdictions,
          form: emptyGrant,
          errors: {},
          notice,
        }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/admin/staff/:id/grants')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const accountId = accountIdOf(request);
      const form: GrantForm = {
        role: field(request.body, 'role', 40),
        zone: field(request.body, 'zone', 200),
        network: field(request.body, 'network', 100),
        body: field(request.body, 'body', 100),
      };
      const read = readGrant(locale, form);
      let errors: FormErrors = 'errors' in read ? read.errors : {};
      if ('scope' in read) {
        const outcome = await staff.grant(request.user, accountId, read.scope);
        if (outcome.ok) return reply.redirect(`/${locale}/admin/staff/${accountId}?notice=granted`, 303);
        const message = adminMessages[locale].grantErrors;
        const fieldName =
          ROLE_SCOPE[read.scope.role] === 'none'
            ? 'role'
            : ({ zone: 'zone', network: 'network', body: 'body' } as const)[
                ROLE_SCOPE[read.scope.role] as 'zone'
              ];
        errors = {
          [fieldName]: outcome.problem === 'shape' ? message.roleRequired : message[outcome.problem],
        };
      }
      const person = await staff.get(request.user, accountId);
      return sendPage(
        reply,
        h(PersonPage, {
          ctx: pageContext(request, reply),
          person,
          jurisdictions: staff.jurisdictions,
          form,
          errors,
          notice: null,
        }),
        400,
      );
    });
  }
  for (const { path, locale } of localizedPaths('/admin/staff/:id/grants/:grantId/revoke')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const accountId = accountIdOf(request);
      const grantId = (request.params as { grantId: string }).grantId;
      if (!isUuid(grantId)) throw new StandardProblem(404, 'not-found');
      const outcome = await staff.revoke(request.user, accountId, grantId);
      if (outcome.ok) return reply.redirect(`/${locale}/admin/staff/${accountId}?notice=revoked`, 303);
      const person = await staff.get(request.user, accountId);
      const errors = { role: adminMessages[locale].grantErrors[outcome.problem] };
      return sendPage(
        reply,
        h(PersonPage, {
          ctx: pageContext(request, reply),
          person,
          jurisdictions: staff.jurisdictions,
          form: emptyGrant,
          errors,
          notice: null,
        }),
        409,
      );
    });
  }
}
