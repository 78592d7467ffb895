// Platform admins: the networks loaded, the territory check, and a form to import a reference
// pack (with its postcodes) — the same import as `passerelle import postcodes … --pack …`.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { CsrfField, Notice } from '../platform/auth/pages/shared.tsx';
import { describeRowErrors } from '../platform/csv.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, languageName } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Table, Textarea } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { authorizeImport, importAsAdmin } from './admin.ts';
import { referenceAdminMessages } from './admin-messages.ts';
import { packOfNetwork, packText } from './domain/network-pack.ts';
import { referenceMessages } from './messages.ts';
import type { ReferenceService } from './service.ts';
import { describeTerritory } from './territory-messages.ts';

/** Far above a pack of all 32 networks (about 30 kB) and the country's postcodes (about 60 kB). */
const MAX_TEXT = 400_000;

interface PageProps {
  ctx: PageContext;
  reference: ReferenceService;
  form: { pack: string; postcodes: string };
  errors: FormErrors;
  problems: string[];
  notice: string | null;
  /** The name of the network whose pack fills the form, when the admin chose to change one. */
  editing?: string | undefined;
}

function NetworksPage({ ctx, reference, form, errors, problems, notice, editing }: PageProps) {
  const locale = ctx.locale;
  const m = referenceAdminMessages[locale];
  const networks = [...reference.snapshot().networks.values()].sort((a, b) => a.id.localeCompare(b.id));
  return (
    <Layout ctx={ctx} title={m.title} section="admin" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{m.title}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>{m.intro}</p>
      <Table
        caption={m.networksCaption}
        head={Object.values(m.columns)}
        rows={networks.map((network) => ({
          key: network.id,
          cells: [
            `${network.names[locale]} (${network.id})`,
            m.kinds[network.kind],
            format(locale, m.ages, { min: network.minAge, max: network.maxAge ?? 'none' }),
            network.languages.map((code) => languageName(code, locale)).join(', '),
            String(network.communes.size),
            network.listedInPasserelle ? (
              m.inPasserelle
            ) : (
              <a href={network.cliniciansUrl ?? network.website ?? '#'}>{m.elsewhere}</a>
            ),
            <a href={`/${locale}/admin/networks?edit=${encodeURIComponent(network.id)}#pack`}>
              {format(locale, m.editNetwork, { name: network.names[locale] })}
            </a>,
          ],
        }))}
      />
      <h2>{m.checkTitle}</h2>
      <ul>
        {describeTerritory(locale, reference.checkTerritory()).map((line) => (
          <li key={line}>{line.trim()}</li>
        ))}
      </ul>
      <h2>{m.importTitle}</h2>
      {editing ? <p>{format(locale, m.editing, { name: editing })}</p> : null}
      {problems.length > 0 ? (
        <ul class="error-message">
          {problems.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <form method="post" action={`/${locale}/admin/networks`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Textarea
          id="pack"
          label={m.packLabel}
          hint={m.packHint}
          error={errors.pack}
          value={form.pack}
          rows={12}
        />
        <Textarea
          id="postcodes"
          label={m.postcodesLabel}
          hint={m.postcodesHint}
          error={errors.postcodes}
          value={form.postcodes}
          rows={8}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

function field(request: FastifyRequest, name: string): string {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export function registerReferenceAdminPages(
  app: FastifyInstance,
  reference: ReferenceService,
  /** Called after an import: a pack's deciding bodies become grantable at once on this instance. */
  afterImport: () => Promise<void>,
): void {
  for (const { path, locale } of localizedPaths('/admin/networks')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      authorizeImport(request.user);
      const notice =
        queryValue(request.query, 'notice') === 'imported' ? referenceAdminMessages[locale].imported : null;
      // "Change" fills the form with that network as a pack: the admin edits it and imports it.
      const network = reference.snapshot().networks.get(queryValue(request.query, 'edit'));
      const pack = network ? packText(packOfNetwork(network)) : '';
      const editing = network?.names[locale];
      const props = { reference, form: { pack, postcodes: '' }, errors: {}, problems: [], notice, editing };
      return sendPage(reply, h(NetworksPage, { ctx: pageContext(request, reply), ...props }));
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      authorizeImport(request.user);
      const m = referenceAdminMessages[locale];
      const form = { pack: field(request, 'pack'), postcodes: field(request, 'postcodes') };
      const errors: FormErrors = {};
      // Lengths before anything is parsed.
      for (const name of ['pack', 'postcodes'] as const) {
        if (form[name].length > MAX_TEXT) errors[name] = format(locale, m.tooLong, { max: MAX_TEXT });
      }
      if (!errors.pack && form.pack.trim() === '') errors.pack = m.packRequired;
      let problems: string[] = [];
      if (Object.keys(errors).length === 0) {
        const outcome = await importAsAdmin(reference, request.user, {
          packJson: form.pack,
          ...(form.postcodes.trim() !== '' ? { postcodesCsv: form.postcodes } : {}),
        });
        if (outcome.ok) {
          await afterImport();
          return reply.redirect(`/${locale}/admin/networks?notice=imported`, 303);
        }
        errors.pack = format(locale, m.refused, { count: outcome.errors.length });
        problems = describeRowErrors(locale, outcome.errors, referenceMessages[locale].importErrors);
      }
      const props = { reference, form, errors, problems, notice: null };
      return sendPage(reply, h(NetworksPage, { ctx: pageContext(request, reply), ...props }), 400);
    });
  }
}
