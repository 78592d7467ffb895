import { format, formatNumber, languageName } from '../../platform/i18n/index.ts';
import { formatInami } from '../../platform/identifiers/inami.ts';
import { BackLink, SummaryList } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { Clinician } from '../domain/types.ts';
import { directoryLabels } from '../labels.ts';
import { directoryMessages } from '../messages.ts';
import { Availability, ContactList } from './results.tsx';
import { UpdatedOn } from './updated-on.tsx';

export interface ClinicianPageProps {
  ctx: PageContext;
  clinician: Clinician;
  /** Network names in the reader's language. */
  networkNames: string[];
  /** Locality names by postcode, in the reader's language. */
  localityName: (postcode: string) => string;
  /** The search this page was opened from: distances from its place, and the way back. */
  from: { placeName: string | null; distances: Array<number | null>; backHref: string };
  /** Profiles confirmed before this ISO instant are flagged "possibly out of date". */
  staleBefore: string;
  /** The listed conventioned services the clinician works in. */
  services?: ReadonlyArray<{ id: string; name: string }>;
}

export function ClinicianPage({
  ctx,
  clinician,
  networkNames,
  localityName,
  from,
  staleBefore,
  services = [],
}: ClinicianPageProps) {
  const locale = ctx.locale;
  const t = directoryMessages[locale].clinician;
  const labels = directoryLabels[locale];
  const name = `${clinician.givenName} ${clinician.familyName}`;
  const list = (items: string[]) => (
    <ul class="list--plain">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <Layout ctx={ctx} title={name} section="find">
      <BackLink href={from.backHref} locale={locale} />
      <h1>
        {name}
        <span class="heading-caption">{labels.clinicianKinds[clinician.kind]}</span>
      </h1>
      <Availability locale={locale} clinician={clinician} />

      <section aria-labelledby="contact-title" class="panel panel--info">
        <h2 id="contact-title">{t.contactTitle}</h2>
        <p>{t.contactIntro}</p>
        <ContactList locale={locale} clinician={clinician} />
        <p>{t.cost}</p>
      </section>

      <h2 id="where-title">{t.where}</h2>
      <ul class="locations" aria-labelledby="where-title">
        {clinician.locations.map((location, index) => {
          const distance = from.distances[index];
          return (
            <li key={location.id} class="location">
              <p class="location__kind">{labels.locationKinds[location.kind]}</p>
              <p>
                {location.name ? (
                  <>
                    {location.name}
                    <br />
                  </>
                ) : null}
                {location.street}
                <br />
                {location.postcode} {localityName(location.postcode)}
              </p>
              <p>{location.wheelchair ? t.wheelchair_yes : t.wheelchair_no}</p>
              {distance !== null && distance !== undefined && from.placeName ? (
                <p>
                  {format(locale, t.distanceFrom, {
                    distance: formatNumber(locale, distance, 1),
                    place: from.placeName,
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>

      <h2>{t.about}</h2>
      <SummaryList
        rows={[
          { key: t.forWhom, value: list(clinician.ageGroups.map((code) => labels.ageGroups[code])) },
          { key: t.languages, value: list(clinician.languages.map((code) => languageName(code, locale))) },
          { key: t.functions, value: list(clinician.functions.map((code) => labels.functions[code])) },
          { key: t.modes, value: list(clinician.modes.map((code) => labels.modes[code])) },
          ...(clinician.specialities.length > 0
            ? [
                {
                  key: t.specialities,
                  value: list(clinician.specialities.map((code) => labels.specialities[code])),
                },
              ]
            : []),
          { key: t.networks, value: list(networkNames) },
          ...(services.length > 0
            ? [
                {
                  key: t.worksIn,
                  value: (
                    <ul class="list--plain">
                      {services.map((service) => (
                        <li key={service.id}>
                          <a href={`/${locale}/services/${service.id}`}>{service.name}</a>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          ...(clinician.inami ? [{ key: t.inami, value: formatInami(clinician.inami) }] : []),
        ]}
      />
      <UpdatedOn locale={locale} updatedAt={clinician.updatedAt} staleBefore={staleBefore} />
      <p>
        <a href={from.backHref}>{t.backToResults}</a>
      </p>
    </Layout>
  );
}
