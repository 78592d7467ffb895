import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, type Locale, languageName, languageOptions } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Radios, Select, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { Locality } from './domain/types.ts';
import { placeName, REQUESTERS, type Requester } from './domain/types.ts';
import { referenceMessages } from './messages.ts';
import { type PlaceLookup, parseAge, readPlace } from './place-input.ts';
import { describeRoute, type ReferenceService, type RouteDescription } from './service.ts';

interface CoordinatorForm {
  place: string;
  requester: Requester;
  language: string;
  age: string;
}

interface CoordinatorPageProps {
  ctx: PageContext;
  form: CoordinatorForm;
  errors: FormErrors;
  /** Localities to choose from when the place was ambiguous or misspelt. */
  choices: Locality[];
  result: { route: RouteDescription; sections: Array<{ locality: Locality; zone: string }> } | null;
  /** A well-formed place that no network covers: an answer, not an error. */
  outside: string | null;
}

function CoordinatorPage({ ctx, form, errors, choices, result, outside }: CoordinatorPageProps) {
  const m = referenceMessages[ctx.locale];
  const t = m.coordinator;
  const base = `/${ctx.locale}/coordinator`;
  const choiceUrl = (postcode: string) =>
    `${base}?${new URLSearchParams({ ...form, place: postcode }).toString()}`;
  return (
    <Layout ctx={ctx} title={t.title} section="coordinator" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <form method="get" action={base} class="form" novalidate>
        <TextInput
          id="place"
          label={t.placeLabel}
          hint={t.placeHint}
          error={errors.place}
          value={form.place}
          width="medium"
          autoComplete="postal-code"
          spellcheck={false}
        />
        {choices.length > 0 ? (
          <div class="choices">
            <p>{m.errors.placeSuggestions}</p>
            <ul>
              {choices.map((locality) => (
                <li key={locality.postcode}>
                  <a href={choiceUrl(locality.postcode)}>
                    {locality.postcode} {placeName(locality.names, ctx.locale)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Radios
          name="requester"
          legend={t.requesterLegend}
          value={form.requester}
          options={REQUESTERS.map((value) => ({ value, label: t.requesters[value] }))}
        />
        <Select
          id="language"
          label={t.languageLabel}
          hint={t.languageHint}
          value={form.language}
          options={languageOptions(ctx.locale)}
        />
        <TextInput
          id="age"
          label={t.ageLabel}
          hint={t.ageHint}
          error={errors.age}
          value={form.age}
          width="short"
          inputMode="numeric"
        />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
      {outside ? (
        <div class="panel panel--info" role="status">
          <p>{outside}</p>
        </div>
      ) : null}
      {result ? <RouteResult locale={ctx.locale} form={form} {...result} /> : null}
    </Layout>
  );
}

function RouteResult({
  locale,
  form,
  route,
  sections,
}: { locale: Locale; form: CoordinatorForm } & NonNullable<CoordinatorPageProps['result']>) {
  const t = referenceMessages[locale].coordinator;
  const zone = route.zone;
  return (
    <section class="result" aria-labelledby="result-title">
      {zone ? (
        <>
          <h2 id="result-title">{format(locale, t.resultTitle, { zone: zone.names[locale] })}</h2>
          {zone.reason === 'language-rule' ? (
            <p>
              {format(locale, t.languageRule, { zone: zone.names[locale] })} (
              {languageName(form.language, locale)})
            </p>
          ) : null}
          <p>
            <a href={`mailto:${zone.email}`}>{t.contact}</a> ({zone.email})
          </p>
          {zone.phone ? <p>{format(locale, t.phone, { phone: zone.phone })}</p> : null}
          <p>{t.zoneCovers}</p>
          <ul class="list--columns">
            {zone.localities.map((locality) => (
              <li key={locality.postcode}>
                {placeName(locality.names, locale)} ({locality.postcode})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <h2 id="result-title">{t.noZone}</h2>
      )}
      {sections.length > 0 ? (
        <>
          <p>{format(locale, t.otherSections, { commune: placeName(route.commune.names, locale) })}</p>
          <ul>
            {sections.map((section) => (
              <li key={section.locality.postcode}>
                {format(locale, t.sectionZone, {
                  locality: placeName(section.locality.names, locale),
                  postcode: section.locality.postcode,
                  zone: section.zone,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t.networksTitle}</h3>
      <ul>
        {route.networks.map((network) => (
          <li key={network.id}>
            {network.website ? <a href={network.website}>{network.names[locale]}</a> : network.names[locale]}{' '}
            – {format(locale, t.networkAges, { min: network.minAge, max: network.maxAge ?? 'none' })}
          </li>
        ))}
      </ul>
      {route.networks.length > 1 ? <p>{t.bothNetworks}</p> : null}
    </section>
  );
}

function readForm(query: unknown, locale: Locale): CoordinatorForm {
  const requester = queryValue(query, 'requester');
  const language = queryValue(query, 'language');
  return {
    place: queryValue(query, 'place').slice(0, 100),
    requester: (REQUESTERS as readonly string[]).includes(requester) ? (requester as Requester) : 'public',
    language: /^[a-z]{2}$/.test(language) ? language : locale,
    age: queryValue(query, 'age').slice(0, 10),
  };
}

/** The other sections of a commune (the City of Brussels has four postcodes) and their zones. */
function otherSections(
  reference: ReferenceService,
  form: CoordinatorForm,
  lookup: PlaceLookup,
  locale: Locale,
) {
  if (!lookup.ok || !('communeNis' in lookup.place)) return [];
  const outcome = reference.route({
    place: lookup.place,
    requester: form.requester,
    language: form.language,
  });
  if (!outcome.ok) return [];
  const all = [outcome.route.locality, ...outcome.route.otherLocalities];
  const zones = all.map((locality) => {
    const routed = reference.route({
      place: { postcode: locality.postcode },
      requester: form.requester,
      language: form.language,
    });
    return { locality, zone: routed.ok && routed.route.zone ? routed.route.zone.names[locale] : '' };
  });
  return new Set(zones.map((z) => z.zone)).size > 1 ? zones : [];
}

export function registerReferencePages(app: FastifyInstance, reference: ReferenceService): void {
  for (const { path } of localizedPaths('/coordinator')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const locale = request.locale;
      const m = referenceMessages[locale];
      const form = readForm(request.query, locale);
      const submitted = Object.hasOwn((request.query ?? {}) as object, 'place');
      const props: CoordinatorPageProps = {
        ctx: pageContext(request),
        form,
        errors: {},
        choices: [],
        result: null,
        outside: null,
      };
      if (!submitted) return sendPage(reply, h(CoordinatorPage, props));

      const lookup = readPlace(reference, form.place, locale);
      const age = parseAge(form.age);
      if (!lookup.ok) {
        props.errors.place = lookup.error;
        props.choices = lookup.choices;
      }
      if (age === 'invalid') props.errors.age = m.errors.ageInvalid;
      if (!lookup.ok || age === 'invalid') return sendPage(reply, h(CoordinatorPage, props), 400);

      const outcome = reference.route({
        place: lookup.place,
        age,
        requester: form.requester,
        language: form.language,
      });
      if (!outcome.ok) {
        const pattern =
          outcome.reason === 'no-network-for-age' ? m.errors.noNetworkForAge : m.errors.outsideTerritory;
        props.outside = format(locale, pattern, { place: form.place, age: age ?? 0 });
        return sendPage(reply, h(CoordinatorPage, props));
      }
      props.result = {
        route: describeRoute(reference.snapshot(), outcome.route),
        sections: otherSections(reference, form, lookup, locale),
      };
      return sendPage(reply, h(CoordinatorPage, props));
    });
  }
}
