// The administration area's index, and staff: invite people, give and take away roles.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { StandardProblem } from '../../http/problem.ts';
import { format, LOCALES, type Locale } from '../../i18n/index.ts';
import { platformMessages } from '../../messages.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Radios,
  Select,
  SummaryList,
  TableWrap,
  Tag,
  TextInput,
} from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { adminMessages } from '../admin-messages.ts';
import { authMessages } from '../messages.ts';
import { type Grant, type GrantScope, ROLE_SCOPE, type Role, STAFF_ROLES } from '../roles.ts';
import type { Jurisdictions, StaffService } from '../staff.ts';
import { CsrfField, describeGrant, emailError, field, Notice } from './shared.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BODY_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

function AdminIndex({ ctx, areas }: { ctx: PageContext; areas: ReturnType<StaffService['adminAreas']> }) {
  const m = adminMessages[ctx.locale].index;
  const base = `/${ctx.locale}/admin`;
  const entries = [
    areas.staff ? { href: `${base}/staff`, title: m.staff, body: m.staffBody } : null,
    areas.outbox ? { href: `${base}/outbox`, title: m.outbox, body: m.outboxBody } : null,
    areas.audit ? { href: `${base}/audit`, title: m.audit, body: m.auditBody } : null,
  ].filter((entry) => entry !== null);
  return (
    <Layout ctx={ctx} title={m.title} section="admin">
      <h1>{m.title}</h1>
      <ul class="cards">
        {entries.map((entry) => (
          <li class="card" key={entry.href}>
            <h2 class="card__title">
              <a href={entry.href}>{entry.title}</a>
            </h2>
            <p>{entry.body}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

type StaffList = Awaited<ReturnType<StaffService['list']>>;

function StaffPage({
  ctx,
  search,
  people,
  jurisdictions,
}: {
  ctx: PageContext;
  search: string;
  people: StaffList;
  jurisdictions: Jurisdictions;
}) {
  const m = adminMessages[ctx.locale].staff;
  const base = `/${ctx.locale}/admin/staff`;
  return (
    <Layout ctx={ctx} title={m.title} section="admin">
      <BackLink href={`/${ctx.locale}/admin`} locale={ctx.locale} />
      <h1>{m.title}</h1>
      <p>
        <a class="button" href={`${base}/invite`}>
          {m.invite}
        </a>
      </p>
      <form method="get" action={base} class="form filters">
        <TextInput id="q" type="search" label={m.search} value={search} width="medium" />
        <button type="submit" class="button button--secondary">
          {m.searchSubmit}
        </button>
      </form>
      {people.length === 0 ? (
        <p>{m.noResults}</p>
      ) : (
        <TableWrap label={m.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.email}</th>
                <th scope="col">{m.roles}</th>
                <th scope="col">
                  <span class="visually-hidden">{m.manage}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map(({ account, grants }) => (
                <tr key={account.id}>
                  <td>{account.displayName}</td>
                  <td>{account.email}</td>
                  <td>
                    {grants.length === 0
                      ? m.none
                      : grants.map((grant) => describeGrant(ctx.locale, grant, jurisdictions)).join(' · ')}
                  </td>
                  <td>
                    <a
                      href={`${base}/${account.id}`}
                      aria-label={format(ctx.locale, m.manageFor, { name: account.displayName })}
                    >
                      {m.manage}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}

interface InviteForm {
  displayName: string;
  email: string;
  language: string;
}

function InvitePage({ ctx, form, errors }: { ctx: PageContext; form: InviteForm; errors: FormErrors }) {
  const m = adminMessages[ctx.locale].invite;
  const a = authMessages[ctx.locale].fields;
  return (
    <Layout ctx={ctx} title={m.title} section="admin" hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={`/${ctx.locale}/admin/staff`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <form method="post" action={`/${ctx.locale}/admin/staff/invite`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="displayName"
          label={a.name}
          value={form.displayName}
          error={errors.displayName}
          autoComplete="off"
        />
        <TextInput
          id="email"
          type="email"
          label={a.email}
          value={form.email}
          error={errors.email}
          autoComplete="off"
          spellcheck={false}
        />
        <Radios
          name="language"
          legend={m.language}
          value={form.language}
          inline
          options={LOCALES.map((value) => ({ value, label: platformMessages[value].languageNames[value] }))}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

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
        <TextInput
          id="body"
          label={m.body}
          hint={m.bodyHint}
          value={form.body}
          error={errors.body}
          width="medium"
          spellcheck={false}
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
      return BODY_ID.test(form.body)
        ? { scope: { ...scope, bodyId: form.body } }
        : { errors: { body: m.body } };
    default:
      return { scope };
  }
}

function accountIdOf(request: FastifyRequest): string {
  const id = (request.params as { id?: string }).id ?? '';
  if (!UUID.test(id)) throw new StandardProblem(404, 'not-found');
  return id;
}

const NOTICES = ['invited', 'existing', 'granted', 'revoked'] as const;

export function registerStaffPages(app: FastifyInstance, staff: StaffService): void {
  const emptyGrant: GrantForm = { role: '', zone: '', network: '', body: '' };
  for (const { path } of localizedPaths('/admin')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, h(AdminIndex, { ctx: pageContext(request), areas: staff.adminAreas(request.user) })),
    );
  }
  for (const { path } of localizedPaths('/admin/staff')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const search = queryValue(request.query, 'q').trim().slice(0, 100);
      const people = await staff.list(request.user, search);
      return sendPage(
        reply,
        h(StaffPage, { ctx: pageContext(request), search, people, jurisdictions: staff.jurisdictions }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/admin/staff/invite')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      staff.mayInvite(request.user);
      return sendPage(
        reply,
        h(InvitePage, {
          ctx: pageContext(request, reply),
          form: { displayName: '', email: '', language: locale },
          errors: {},
        }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      staff.mayInvite(request.user);
      const form: InviteForm = {
        displayName: field(request.body, 'displayName', 200),
        email: field(request.body, 'email'),
        language: field(request.body, 'language', 2),
      };
      const language: Locale = (LOCALES as readonly string[]).includes(form.language)
        ? (form.language as Locale)
        : locale;
      const errors: FormErrors = {};
      if (!form.displayName) errors.displayName = adminMessages[locale].invite.nameRequired;
      const emailProblem = emailError(locale, form.email);
      if (emailProblem) errors.email = emailProblem;
      if (Object.keys(errors).length > 0) {
        return sendPage(
          reply,
          h(InvitePage, { ctx: pageContext(request, reply), form: { ...form, language }, errors }),
          400,
        );
      }
      const invited = await staff.invite(request.user, {
        email: form.email,
        displayName: form.displayName,
        locale: language,
      });
      return reply.redirect(
        `/${locale}/admin/staff/${invited.accountId}?notice=${invited.created ? 'invited' : 'existing'}`,
        303,
      );
    });
  }
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
      if (!UUID.test(grantId)) throw new StandardProblem(404, 'not-found');
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
