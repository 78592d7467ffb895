import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { FinderHit } from '../../directory/domain/finder.ts';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, languageName, languageOptions } from '../../platform/i18n/index.ts';
import { BackLink, Select } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import {
  type ClinicianFunction,
  FUNCTIONS,
  isOneOf,
  vocabularyLabels,
} from '../../platform/vocabulary/index.ts';
import type { CaseView } from '../case-work.ts';
import { AGE_GROUPS, type AgeGroup } from '../domain/vocabulary.ts';
import { inboxMessages } from '../messages/inbox.ts';
import type { RequestService } from '../service.ts';
import { AgeGroupFilter } from './shared.tsx';
import { userOf } from './user.ts';

interface AssignFilters {
  zone: string;
  language: string;
  function: '' | ClinicianFunction;
  ageGroup: '' | AgeGroup;
}

function AssignPage({
  ctx,
  view,
  filters,
  hits,
  total,
  zones,
}: {
  ctx: PageContext;
  view: CaseView;
  filters: AssignFilters;
  hits: FinderHit[];
  total: number;
  zones: Array<{ value: string; label: string }>;
}) {
  const m = inboxMessages[ctx.locale];
  const a = m.assign;
  const base = `/${ctx.locale}/inbox/cases/${view.record.id}`;
  const title = format(ctx.locale, a.title, { reference: view.record.reference });
  return (
    <Layout ctx={ctx} section="inbox" title={title}>
      <BackLink href={base} locale={ctx.locale} />
      <h1>{title}</h1>
      <p class="lead">{a.intro}</p>
      <form method="get" action={`${base}/assign`} class="filters">
        <Select id="zone" label={a.zone} value={filters.zone} options={zones} />
        <Select
          id="language"
          label={m.language}
          value={filters.language}
          emptyLabel={m.anyLanguage}
          options={languageOptions(ctx.locale)}
        />
        <Select
          id="function"
          label={a.function}
          value={filters.function}
          emptyLabel={a.anyFunction}
          options={FUNCTIONS.map((f) => ({ value: f, label: vocabularyLabels[ctx.locale].functions[f] }))}
        />
        <AgeGroupFilter locale={ctx.locale} value={filters.ageGroup} />
        <button type="submit" class="button">
          {a.search}
        </button>
      </form>
      <h2 id="results">{format(ctx.locale, a.results, { count: total })}</h2>
      <ul class="results">
        {hits.map((hit) => {
          const name = `${hit.clinician.givenName} ${hit.clinician.familyName}`;
          return (
            <li class="case-action" key={hit.clinician.id}>
              <h3>{name}</h3>
              <p>
                {a.languages}:{' '}
                {hit.clinician.languages.map((code) => languageName(code, ctx.locale)).join(', ')}
                <br />
                {hit.clinician.functions.map((f) => vocabularyLabels[ctx.locale].functions[f]).join(', ')}
                <br />
                {hit.nearestLocation.street}, {hit.nearestLocation.postcode}
                <br />
                {hit.clinician.acceptingNewPatients ? a.accepting : a.notAccepting}
              </p>
              <form method="post" action={`${base}/assign-clinician`}>
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <input type="hidden" name="version" value={String(view.record.version)} />
                <input type="hidden" name="clinicianId" value={hit.clinician.id} />
                <button type="submit" class="button button--secondary">
                  {format(ctx.locale, a.choose, { name })}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

/**
 * "Assign a clinician": the directory's finder, filtered by the case's zone, language and age
 * group. Searching is the page's one primary button; each proposal is a secondary one (a list of
 * equal choices, none the obvious next step).
 */
export function registerAssignPage(app: FastifyInstance, requests: RequestService): void {
  for (const { locale, path } of localizedPaths('/inbox/cases/:id/assign')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const view = await requests.cases.view(userOf(request), id);
      if (!view.allowed.includes('assign-clinician')) {
        return reply.redirect(`/${locale}/inbox/cases/${id}`, 303);
      }
      const snapshot = requests.reference.snapshot();
      const query = request.query;
      const has = (name: string) => Object.hasOwn((query ?? {}) as object, name);
      const zone = queryValue(query, 'zone');
      const fn = queryValue(query, 'function');
      const age = queryValue(query, 'ageGroup');
      const filters: AssignFilters = {
        zone: snapshot.zones.has(zone) ? zone : view.record.zoneId,
        language: has('language') ? queryValue(query, 'language').slice(0, 2) : view.request.language,
        function: isOneOf(FUNCTIONS, fn) ? fn : '',
        ageGroup: has('ageGroup')
          ? isOneOf(AGE_GROUPS, age)
            ? age
            : ''
          : ((view.request.ageGroups[0] as AgeGroup | undefined) ?? ''),
      };
      const outcome = requests.directory.search({
        zone: filters.zone,
        language: filters.language || undefined,
        function: filters.function || undefined,
        ageGroup: filters.ageGroup || undefined,
        limit: 20,
      });
      const zones = [...snapshot.zones.values()].map((z) => ({
        value: z.id,
        label: z.names[locale],
      }));
      return sendPage(
        reply,
        h(AssignPage, {
          ctx: pageContext(request, reply),
          view,
          filters,
          hits: outcome.ok ? outcome.hits : [],
          total: outcome.ok ? outcome.total : 0,
          zones,
        }),
      );
    });
  }
}
