// The administration area's index, the staff list and invitations.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { format, LOCALES, type Locale } from '../../i18n/index.ts';
import { platformMessages } from '../../messages.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Radios,
  TableWrap,
  TextInput,
} from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { adminMessages } from '../admin-messages.ts';
import { authMessages } from '../messages.ts';
import type { Jurisdictions, StaffService } from '../staff.ts';
import { CsrfField, describeGrant, emailError, field } from './shared.tsx';

import { registerPersonPages } from './staff-person.tsx';

function AdminIndex({ ctx, areas }: { ctx: PageContext; areas: ReturnType<StaffService['adminAreas']> }) {
  const m = adminMessages[ctx.locale].index;
  const base = `/${ctx.locale}/admin`;
  const entries = [
    areas.staff ? { href: `${base}/staff`, title: m.staff, body: m.staffBody } : null,
    areas.outbox ? { href: `${base}/outbox`, title: m.outbox, body: m.outboxBody } : null,
    // Platform admins (those who see the outbox) also load networks and territories.
    areas.outbox ? { href: `${base}/networks`, title: m.networks, body: m.networksBody } : null,
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

export function registerStaffPages(app: FastifyInstance, staff: StaffService): void {
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
  registerPersonPages(app, staff);
}
