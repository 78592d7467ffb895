// Where network admins edit the professionals' page's contacts and links
// (/{locale}/professionals/contacts): one form per area, network and zone they may edit
// (professional-info.edit), what was typed kept on error, every save audited.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { fieldId } from '../platform/forms/answers.ts';
import { errorsById } from '../platform/forms/issues.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { isOneOf } from '../platform/vocabulary/index.ts';
import type { ProfessionalContacts } from './contacts.ts';
import { CONTACT_FIELDS, CONTACT_SCOPES, type ContactScope } from './domain/contacts.ts';
import { professionalsMessages } from './professionals-messages.ts';

interface Section {
  scope: ContactScope;
  id: string;
  name: string;
  values: Record<string, string>;
  errors: FormErrors;
}

function fieldLabel(locale: Locale, field: string): string {
  const m = professionalsMessages[locale];
  const [link, language] = field.split('.');
  if (language) {
    return format(locale, m.editor.link, {
      label: m.links[link as keyof typeof m.links],
      language: languageName(language, locale),
    });
  }
  return m.editor.fields[field] ?? field;
}

function ContactsPage({ ctx, sections, saved }: { ctx: PageContext; sections: Section[]; saved: boolean }) {
  const m = professionalsMessages[ctx.locale].editor;
  const errors = Object.assign({}, ...sections.map((s) => s.errors)) as FormErrors;
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {saved ? (
        <div class="panel panel--info" role="status">
          <p>{m.saved}</p>
        </div>
      ) : null}
      <p>{m.intro}</p>
      {sections.map((section) => {
        const prefix = `${section.scope}-${section.id}`;
        const heading = format(ctx.locale, m.scopes[section.scope], { name: section.name });
        return (
          <section key={prefix} aria-labelledby={`${prefix}-title`}>
            <h2 id={`${prefix}-title`}>{heading}</h2>
            <form
              method="post"
              action={`/${ctx.locale}/professionals/contacts/${section.scope}/${section.id}`}
              class="form"
              novalidate
            >
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              {Object.entries(CONTACT_FIELDS[section.scope]).map(([field, kind]) => {
                const id = `${prefix}-${fieldId(field)}`;
                return (
                  <TextInput
                    key={id}
                    id={id}
                    name={field}
                    label={fieldLabel(ctx.locale, field)}
                    value={section.values[field]}
                    error={section.errors[id]}
                    type={
                      kind === 'email' ? 'email' : kind === 'url' ? 'url' : kind === 'phone' ? 'tel' : 'text'
                    }
                    spellcheck={kind === 'text' ? undefined : false}
                  />
                );
              })}
              <button type="submit" class="button">
                {m.save}
              </button>
            </form>
          </section>
        );
      })}
    </Layout>
  );
}

export function registerContactsPage(app: FastifyInstance, contacts: ProfessionalContacts): void {
  const nameOf = (scope: ContactScope, id: string, locale: Locale) => {
    const snapshot = contacts.reference.snapshot();
    const found =
      scope === 'area'
        ? snapshot.areas.get(id)
        : scope === 'network'
          ? snapshot.networks.get(id)
          : snapshot.zones.get(id);
    return found?.names[locale] ?? id;
  };
  for (const { locale, path } of localizedPaths('/professionals/contacts')) {
    const page = async (
      request: Parameters<typeof pageContext>[0],
      reply: NonNullable<Parameters<typeof pageContext>[1]>,
      edited: { scope: ContactScope; id: string; values: Record<string, string>; errors: FormErrors } | null,
      status = 200,
    ) => {
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      const scopes = contacts.editable(request.user);
      if (scopes.length === 0) throw new StandardProblem(403, 'forbidden');
      const view = await contacts.view();
      const sections = scopes.map(({ scope, id }) => {
        const mine = edited && edited.scope === scope && edited.id === id ? edited : null;
        return {
          scope,
          id,
          name: nameOf(scope, id, locale),
          values: mine?.values ?? view[scope](id),
          errors: mine?.errors ?? {},
        };
      });
      const saved = edited === null && queryValue(request.query, 'saved') === '1';
      return sendPage(reply, h(ContactsPage, { ctx: pageContext(request, reply), sections, saved }), status);
    };
    app.get(path, { schema: { hide: true } }, async (request, reply) => page(request, reply, null));
    app.post(
      `${path}/:scope/:id`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        if (!request.user) throw new StandardProblem(401, 'unauthorized');
        const { scope = '', id = '' } = request.params as Record<string, string | undefined>;
        if (!isOneOf(CONTACT_SCOPES, scope)) throw new StandardProblem(404, 'not-found');
        const body = (request.body ?? {}) as Record<string, unknown>;
        const values: Record<string, string> = {};
        for (const field of Object.keys(CONTACT_FIELDS[scope])) {
          const raw = body[field];
          values[field] = (typeof raw === 'string' ? raw : '').slice(0, 500);
        }
        const outcome = await contacts.save(request.user, scope, id, values);
        if (!outcome) throw new StandardProblem(404, 'not-found');
        if (outcome.ok) return reply.redirect(`${path}?saved=1`, 303);
        const names = Object.fromEntries(
          Object.keys(CONTACT_FIELDS[scope]).map((f) => [f, fieldLabel(locale, f)]),
        );
        const byId = errorsById(locale, { names, requiredByField: {} }, outcome.issues);
        const prefix = `${scope}-${id}`;
        const errors = Object.fromEntries(
          Object.entries(byId).map(([key, message]) => [`${prefix}-${key}`, message]),
        );
        return page(request, reply, { scope, id, values, errors }, 400);
      },
    );
  }
}
