import { format, formatNumber, type Locale, languageName } from '../../platform/i18n/index.ts';
import { Tag } from '../../platform/views/components.tsx';
import type { FinderHit } from '../domain/finder.ts';
import type { Clinician } from '../domain/types.ts';
import { directoryLabels } from '../labels.ts';
import { directoryMessages } from '../messages.ts';
import { UpdatedOn } from './updated-on.tsx';

/** A filter that, removed alone, would give results. */
export interface Relaxation {
  label: string;
  count: number;
  href: string;
}

export interface ResultsProps {
  locale: Locale;
  total: number;
  hits: FinderHit[];
  /** The place's name when the search had one (results are then ranked by distance). */
  placeName: string | null;
  page: number;
  pages: number;
  pageHref: (page: number) => string;
  clinicianHref: (id: string) => string;
  /** Only when nothing matched: which single filter to drop, or null when none would help. */
  relaxations: Relaxation[] | null;
  /** A search with the place only, offered when dropping one filter is not enough. */
  placeOnlyHref: string;
  /** The search had a place and no other filter: nothing is listed there at all. */
  placeOnly: boolean;
  /** Profiles confirmed before this ISO instant are flagged "possibly out of date". */
  staleBefore: string;
  /** Networks serving the place whose clinicians are not in Passerelle, with their list. */
  elsewhere: Array<{ name: string; url: string }>;
}

/** Says which networks of the place list their clinicians elsewhere, with a link to each list. */
function Elsewhere({
  locale,
  placeName,
  networks,
}: {
  locale: Locale;
  placeName: string;
  networks: ResultsProps['elsewhere'];
}) {
  const t = directoryMessages[locale].finder;
  return (
    <div class="panel panel--info">
      {networks.map((network) => (
        <p key={network.url}>
          {format(locale, t.elsewhere, { network: network.name, place: placeName })}{' '}
          <a href={network.url}>{format(locale, t.elsewhereLink, { network: network.name })}</a>
        </p>
      ))}
    </div>
  );
}

/** "Téléphone : " in French, "Phone: " elsewhere. */
function labelled(locale: Locale, label: string): string {
  return locale === 'fr' ? `${label} : ` : `${label}: `;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function websiteLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** How to get in touch: the "next step" of every result and of the clinician page. */
export function ContactList({ locale, clinician }: { locale: Locale; clinician: Clinician }) {
  const t = directoryMessages[locale].finder;
  return (
    <ul class="contact-list">
      {clinician.phone ? (
        <li>
          {labelled(locale, t.phone)}
          <a href={telHref(clinician.phone)}>{clinician.phone}</a>
        </li>
      ) : null}
      {clinician.email ? (
        <li>
          {labelled(locale, t.email)}
          <a href={`mailto:${clinician.email}`}>{clinician.email}</a>
        </li>
      ) : null}
      {clinician.website ? (
        <li>
          {labelled(locale, t.website)}
          <a href={clinician.website}>{websiteLabel(clinician.website)}</a>
        </li>
      ) : null}
    </ul>
  );
}

export function Availability({ locale, clinician }: { locale: Locale; clinician: Clinician }) {
  const t = directoryMessages[locale].finder;
  const band = directoryLabels[locale].waitingBands[clinician.waitingBand];
  return (
    <p class="result__availability">
      {clinician.acceptingNewPatients ? (
        <Tag tone="good">{t.accepting_yes}</Tag>
      ) : (
        <Tag tone="warning">{t.accepting_no}</Tag>
      )}{' '}
      {format(locale, t.waiting, { band })}
    </p>
  );
}

function ResultItem({
  locale,
  hit,
  href,
  staleBefore,
}: {
  locale: Locale;
  hit: FinderHit;
  href: string;
  staleBefore: string;
}) {
  const t = directoryMessages[locale].finder;
  const labels = directoryLabels[locale];
  const { clinician, nearestLocation: where } = hit;
  return (
    <li class="result">
      <h3 class="result__title">
        <a href={href}>
          {clinician.givenName} {clinician.familyName}
        </a>
      </h3>
      <p class="result__kind">{labels.clinicianKinds[clinician.kind]}</p>
      <p class="result__where">
        {hit.distanceKm !== null ? (
          <strong>{format(locale, t.distance, { distance: formatNumber(locale, hit.distanceKm, 1) })}</strong>
        ) : null}
        {hit.distanceKm !== null ? ' – ' : ''}
        {where.name ? `${where.name}, ` : ''}
        {where.street}, {where.postcode}
      </p>
      <dl class="result__facts">
        <div>
          <dt>{t.languages}</dt>
          <dd>{clinician.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.functions}</dt>
          <dd>{clinician.functions.map((code) => labels.functions[code]).join(', ')}</dd>
        </div>
      </dl>
      <Availability locale={locale} clinician={clinician} />
      <p class="result__next">{t.contact}</p>
      <ContactList locale={locale} clinician={clinician} />
      <UpdatedOn locale={locale} updatedAt={clinician.updatedAt} staleBefore={staleBefore} />
    </li>
  );
}

function Pagination({
  locale,
  page,
  pages,
  pageHref,
}: Pick<ResultsProps, 'locale' | 'page' | 'pages' | 'pageHref'>) {
  const t = directoryMessages[locale].finder;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={pageHref(page - 1)} rel="prev">
              {t.previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{format(locale, t.pageOf, { page, pages })}</li>
        {page < pages ? (
          <li>
            <a href={pageHref(page + 1)} rel="next">
              {t.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function NoResults({
  locale,
  relaxations,
  placeOnlyHref,
  placeOnly,
  placeName,
}: Pick<ResultsProps, 'locale' | 'relaxations' | 'placeOnlyHref' | 'placeOnly' | 'placeName'>) {
  const t = directoryMessages[locale].finder;
  if (placeOnly && placeName) {
    // Nobody listed there at all: say so, and who can help, rather than suggest other filters.
    return (
      <div class="panel panel--info">
        <p>
          {format(locale, t.noneListedNear, { place: placeName })}{' '}
          <a href={`/${locale}/coordinator`}>{t.coordinatorLink}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="panel panel--info">
      <p>{t.noResults}</p>
      {relaxations && relaxations.length > 0 ? (
        <>
          <p>{t.relaxIntro}</p>
          <ul>
            {relaxations.map((relaxation) => (
              <li key={relaxation.href}>
                <a href={relaxation.href}>
                  {format(locale, t.relaxItem, { filter: relaxation.label, count: relaxation.count })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t.relaxNone} <a href={placeOnlyHref}>{t.relaxAll}</a>
        </p>
      )}
    </div>
  );
}

/** The results region; the progressive enhancement replaces it in place when filters change. */
export function Results(props: ResultsProps) {
  const { locale, total, placeName } = props;
  const t = directoryMessages[locale].finder;
  const count = placeName
    ? format(locale, t.resultCountNear, { count: total, place: placeName })
    : format(locale, t.resultCount, { count: total });
  return (
    <section class="results" id="results" aria-labelledby="result-count" data-count={count}>
      <h2 id="result-count">{count}</h2>
      {placeName && props.elsewhere.length > 0 ? (
        <Elsewhere locale={locale} placeName={placeName} networks={props.elsewhere} />
      ) : null}
      {total === 0 ? (
        <NoResults
          locale={locale}
          relaxations={props.relaxations}
          placeOnlyHref={props.placeOnlyHref}
          placeOnly={props.placeOnly}
          placeName={placeName}
        />
      ) : (
        <>
          <p class="field__hint">{placeName ? t.sortedByDistance : t.sortedByFreshness}</p>
          <ol class="result-list">
            {props.hits.map((hit) => (
              <ResultItem
                key={hit.clinician.id}
                locale={locale}
                hit={hit}
                href={props.clinicianHref(hit.clinician.id)}
                staleBefore={props.staleBefore}
              />
            ))}
          </ol>
          <Pagination locale={locale} page={props.page} pages={props.pages} pageHref={props.pageHref} />
        </>
      )}
    </section>
  );
}
