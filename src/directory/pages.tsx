import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../platform/http/pages.ts';
import { ProblemError } from '../platform/http/problem.ts';
import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import { sendPage } from '../platform/views/render.ts';
import { placeName } from '../reference/domain/types.ts';
import { referenceMessages } from '../reference/messages.ts';
import type { ReferenceService } from '../reference/service.ts';
import { distanceKm } from './domain/finder.ts';
import { directoryLabels } from './labels.ts';
import { directoryMessages } from './messages.ts';
import {
  activeFilters,
  checkFinderForm,
  type FinderForm,
  formQuery,
  isSubmitted,
  type Relaxable,
  readFinderForm,
  withoutFilter,
} from './search-form.ts';
import type { DirectorySearch, DirectoryService } from './service.ts';
import { ClinicianPage } from './views/clinician-page.tsx';
import { FinderPage, type FinderPageProps } from './views/finder-page.tsx';
import type { Relaxation } from './views/results.tsx';
import { ServicePage } from './views/service-page.tsx';

export const PAGE_SIZE = 10;

/** How a filter is named when suggesting to drop it: "Langue de la consultation : arabe". */
function filterLabel(locale: Locale, form: FinderForm, key: Relaxable): string {
  const t = directoryMessages[locale].finder;
  const labels = directoryLabels[locale];
  const named = (field: string, value: string) => format(locale, t.filterValue, { field, value });
  switch (key) {
    case 'age':
      return format(locale, t.relaxAge, { age: form.age });
    case 'language':
      return named(t.languageLabel, languageName(form.language, locale));
    case 'function':
      return named(t.functionLabel, labels.functions[form.function as keyof typeof labels.functions]);
    case 'mode':
      return named(t.modeLabel, labels.modes[form.mode as keyof typeof labels.modes]);
    case 'speciality':
      return named(
        t.specialityLabel,
        labels.specialities[form.speciality as keyof typeof labels.specialities],
      );
    case 'wheelchair':
      return t.wheelchair;
    case 'accepting':
      return t.accepting;
  }
}

/**
 * When nothing matches, each filter is dropped in turn and the search run again: the person is
 * told which single filter stands between them and results, with how many they would get.
 */
function relaxations(
  directory: DirectoryService,
  reference: ReferenceService,
  form: FinderForm,
  locale: Locale,
): Relaxation[] {
  return activeFilters(form).flatMap((key) => {
    const relaxed = withoutFilter(form, key);
    const checked = checkFinderForm(relaxed, reference, locale);
    if (!checked.ok) return [];
    const outcome = directory.search({ ...checked.search, limit: 0 });
    if (!outcome.ok || outcome.total === 0) return [];
    return [
      {
        label: filterLabel(locale, form, key),
        count: outcome.total,
        href: `/${locale}/find${formQuery(relaxed)}`,
      },
    ];
  });
}

function finderPage(directory: DirectoryService, reference: ReferenceService) {
  return async (request: FastifyRequest, reply: Parameters<typeof sendPage>[0]) => {
    const locale = request.locale;
    const form = readFinderForm(request.query);
    const props: FinderPageProps = {
      ctx: pageContext(request),
      form,
      errors: {},
      choices: [],
      results: null,
    };
    if (!isSubmitted(request.query)) return sendPage(reply, h(FinderPage, props));
    const checked = checkFinderForm(form, reference, locale);
    if (!checked.ok) {
      props.errors = checked.errors;
      props.choices = checked.choices;
      return sendPage(reply, h(FinderPage, props), 400);
    }
    const search = (page: number): ReturnType<DirectoryService['search']> =>
      directory.search({ ...checked.search, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    let outcome = search(form.page);
    if (!outcome.ok) {
      // A well-formed postcode the reference data does not know: outside the covered regions.
      props.errors.place = format(locale, referenceMessages[locale].errors.outsideTerritory, {
        place: form.place,
      });
      return sendPage(reply, h(FinderPage, props));
    }
    const pages = Math.max(1, Math.ceil(outcome.total / PAGE_SIZE));
    const page = Math.min(form.page, pages);
    if (page !== form.page) outcome = search(page);
    if (!outcome.ok) return sendPage(reply, h(FinderPage, props));
    const base = `/${locale}`;
    const here = { ...form, page };
    props.results = {
      total: outcome.total,
      hits: outcome.hits,
      placeName: outcome.place ? placeName(outcome.place.names, locale) : null,
      page,
      pages,
      pageHref: (n) => `${base}/find${formQuery(form, n)}`,
      clinicianHref: (id) => `${base}/clinicians/${id}${formQuery(here, page)}`,
      relaxations: outcome.total === 0 ? relaxations(directory, reference, form, locale) : null,
      placeOnlyHref: `${base}/find${formQuery({ ...withoutAll(form), place: form.place })}`,
      placeOnly: activeFilters(form).length === 0,
      staleBefore: directory.staleBefore(),
      elsewhere: outcome.elsewhere.map((network) => ({ name: network.names[locale], url: network.url })),
    };
    return sendPage(reply, h(FinderPage, props));
  };
}

function withoutAll(form: FinderForm): FinderForm {
  return activeFilters(form).reduce(withoutFilter, form);
}

function clinicianPage(directory: DirectoryService, reference: ReferenceService) {
  return async (request: FastifyRequest, reply: Parameters<typeof sendPage>[0]) => {
    const locale = request.locale;
    const { id } = request.params as { id: string };
    const clinician = directory.getListed(id);
    if (!clinician) throw new ProblemError(404, 'not-found', directoryMessages[locale].api.notFound);
    const snapshot = reference.snapshot();
    const form = readFinderForm(request.query);
    const fromSearch = isSubmitted(request.query);
    const checked = fromSearch ? checkFinderForm(form, reference, locale) : null;
    const where: DirectorySearch['place'] = checked?.ok ? checked.search.place : undefined;
    const place = where ? directory.locate(where) : null;
    const services = await directory.services.of(clinician.id);
    return sendPage(
      reply,
      h(ClinicianPage, {
        ctx: pageContext(request),
        clinician,
        networkNames: clinician.networks.map((n) => snapshot.networks.get(n)?.names[locale] ?? n),
        localityName: (postcode) => {
          const locality = snapshot.localities.get(postcode);
          return locality ? placeName(locality.names, locale) : '';
        },
        from: {
          placeName: place ? placeName(place.names, locale) : null,
          distances: clinician.locations.map((location) =>
            place ? Math.round(distanceKm(place, location) * 10) / 10 : null,
          ),
          backHref: `/${locale}/find${fromSearch ? formQuery(form, form.page) : ''}`,
        },
        staleBefore: directory.staleBefore(),
        services,
      }),
    );
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A conventioned service and the listed clinicians it employs (404 unless its convention stands). */
function servicePage(directory: DirectoryService, reference: ReferenceService) {
  return async (request: FastifyRequest, reply: Parameters<typeof sendPage>[0]) => {
    const locale = request.locale;
    const { id } = request.params as { id: string };
    const found = UUID.test(id) ? await directory.services.listed(id) : null;
    if (!found) throw new ProblemError(404, 'not-found', directoryMessages[locale].service.notFound);
    const snapshot = reference.snapshot();
    const locality = snapshot.localities.get(found.service.postcode);
    const clinicians = found.clinicianIds
      .flatMap((clinicianId) => directory.getListed(clinicianId) ?? [])
      .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName));
    return sendPage(
      reply,
      h(ServicePage, {
        ctx: pageContext(request),
        service: found.service,
        clinicians,
        networkNames: found.service.networkIds.map((n) => snapshot.networks.get(n)?.names[locale] ?? n),
        localityName: locality ? placeName(locality.names, locale) : '',
      }),
    );
  };
}

export function registerDirectoryPages(
  app: FastifyInstance,
  directory: DirectoryService,
  reference: ReferenceService,
): void {
  for (const { path } of localizedPaths('/find')) {
    app.get(path, { schema: { hide: true } }, finderPage(directory, reference));
  }
  for (const { path } of localizedPaths('/clinicians/:id')) {
    app.get(path, { schema: { hide: true } }, clinicianPage(directory, reference));
  }
  for (const { path } of localizedPaths('/services/:id')) {
    app.get(path, { schema: { hide: true } }, servicePage(directory, reference));
  }
}
