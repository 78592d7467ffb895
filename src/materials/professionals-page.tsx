// The professionals' page per language (/{locale}/professionals): the two kinds of care, what
// patients pay (care rules of today), the model convention before applying, the official pages,
// each network's contact for clinicians, each zone's phone and mailbox, the general address and
// the orientation helpdesk. Contacts and links are data network admins edit (contacts-page.tsx).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { conventionText } from '../applications/domain/convention.ts';
import type { CopaySummary } from '../care/copays.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, formatEuros, type Locale, languageName } from '../platform/i18n/index.ts';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { vocabularyLabels } from '../platform/vocabulary/index.ts';
import { placeName } from '../reference/domain/types.ts';
import type { ContactsView } from './contacts.ts';
import { LINK_LANGUAGES, OFFICIAL_LINKS } from './domain/contacts.ts';
import { professionalsMessages } from './professionals-messages.ts';
import type { MaterialsService } from './service.ts';

interface PageData {
  copays: CopaySummary | null;
  contacts: ContactsView;
  areas: Array<{ id: string; name: string }>;
  networks: Array<{ id: string; name: string; website: string | null }>;
  zones: Array<{ id: string; name: string; communes: string[] }>;
  mayEdit: boolean;
}

function Contact({ locale, phone, email }: { locale: Locale; phone?: string; email?: string }) {
  const m = professionalsMessages[locale];
  if (!phone && !email) return <p>{m.noContact}</p>;
  return (
    <ul class="plain-list">
      {phone ? (
        <li>
          {format(locale, m.labelled, { label: m.phone })}{' '}
          <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>
        </li>
      ) : null}
      {email ? (
        <li>
          {format(locale, m.labelled, { label: m.email })} <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
    </ul>
  );
}

/** The page's link in the reader's language; otherwise every language it exists in, each named. */
function OfficialLinks({ locale, area }: { locale: Locale; area: Record<string, string> }) {
  const m = professionalsMessages[locale];
  const items = OFFICIAL_LINKS.flatMap((link) => {
    const own = area[`${link}.${locale}`];
    if (own)
      return [
        { key: link, href: own, label: m.links[link], lang: locale as (typeof LINK_LANGUAGES)[number] },
      ];
    // Many official pages have no German version (the data gives none yet): German readers get
    // the French page, French being the other language of the region they live in; only when
    // there is none do they get every language the page exists in.
    const fallback = locale === 'de' && area[`${link}.fr`] ? (['fr'] as const) : LINK_LANGUAGES;
    return fallback
      .filter((lang) => area[`${link}.${lang}`])
      .map((lang) => ({
        key: `${link}-${lang}`,
        href: area[`${link}.${lang}`]!,
        label: format(locale, m.inLanguage, { label: m.links[link], language: languageName(lang, locale) }),
        lang,
      }));
  });
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.href} hrefLang={item.lang}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function ProfessionalsPage({ ctx, data }: { ctx: PageContext; data: PageData }) {
  const { locale } = ctx;
  const m = professionalsMessages[locale];
  const words = vocabularyLabels[locale].functions;
  const euros = (cents: number) => formatEuros(locale, cents);
  const base = `/${locale}`;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {data.mayEdit ? (
        <p>
          <a href={`${base}/professionals/contacts`}>{m.edit}</a>
        </p>
      ) : null}
      <h2>{m.careTitle}</h2>
      <h3>{words.support}</h3>
      <p>{m.support}</p>
      <h3>{words.treatment}</h3>
      <p>{m.treatment}</p>
      <p>{m.community}</p>
      {data.copays ? (
        <>
          <h2>{m.copaysTitle}</h2>
          <ul>
            {data.copays.firstSessionFree ? <li>{m.firstFree}</li> : null}
            <li>
              {format(locale, m.individual, {
                amount: euros(data.copays.individualCents),
                bim: euros(data.copays.individualBimCents),
              })}
            </li>
            <li>{format(locale, m.group, { amount: euros(data.copays.groupCents) })}</li>
            {data.copays.freeUpToAge !== null ? (
              <li>{format(locale, m.youthFree, { age: data.copays.freeUpToAge })}</li>
            ) : null}
          </ul>
          <p>
            <a href={`${base}/cost`}>{m.costPage}</a>
          </p>
        </>
      ) : null}
      <h2>{m.applyTitle}</h2>
      <p>{m.applyIntro}</p>
      <ul>
        <li>
          <a href={`${base}/professionals/model-convention`}>{m.modelConvention}</a>
        </li>
        <li>
          <a href={`${base}/professionals/join`}>{m.join}</a>
        </li>
        <li>
          <a href={`${base}/professionals/service`}>{m.service}</a>
        </li>
      </ul>
      <h2>{m.officialTitle}</h2>
      {data.areas.map((area) => (
        <OfficialLinks key={area.id} locale={locale} area={data.contacts.area(area.id)} />
      ))}
      <h2>{m.networksTitle}</h2>
      {data.networks.map((network) => {
        const contact = data.contacts.network(network.id);
        return (
          <section key={network.id}>
            <h3>{network.name}</h3>
            {contact.contactName ? <p>{contact.contactName}</p> : null}
            <Contact locale={locale} phone={contact.contactPhone} email={contact.contactEmail} />
            {network.website ? (
              <p>
                {format(locale, m.labelled, { label: m.website })}{' '}
                <a href={network.website}>{network.website}</a>
              </p>
            ) : null}
          </section>
        );
      })}
      <h2>{m.zonesTitle}</h2>
      {data.zones.map((zone) => {
        const contact = data.contacts.zone(zone.id);
        return (
          <section key={zone.id}>
            <h3>{zone.name}</h3>
            <p>
              {format(locale, m.labelled, { label: m.zoneCommunes })} {zone.communes.join(', ')}
            </p>
            <Contact locale={locale} phone={contact.phone} email={contact.email} />
          </section>
        );
      })}
      {data.areas.map((area) => {
        const contact = data.contacts.area(area.id);
        return (
          <section key={area.id}>
            {contact.generalEmail ? (
              <>
                <h2>{m.generalTitle}</h2>
                <p>
                  {m.general} <a href={`mailto:${contact.generalEmail}`}>{contact.generalEmail}</a>
                </p>
              </>
            ) : null}
            {contact.helpdeskName ? (
              <>
                <h2>{m.helpdeskTitle}</h2>
                <p>{format(locale, m.helpdesk, { name: contact.helpdeskName })}</p>
                <Contact locale={locale} phone={contact.helpdeskPhone} />
                {contact.helpdeskUrl ? (
                  <p>
                    <a href={contact.helpdeskUrl}>{contact.helpdeskUrl}</a>
                  </p>
                ) : null}
              </>
            ) : null}
          </section>
        );
      })}
      <h2>{m.workTitle}</h2>
      <ul>
        <li>
          <a href={`${base}/professionals/support`}>{m.support_request}</a>
        </li>
        <li>
          <a href={`${base}/professionals/partner`}>{m.partner}</a>
        </li>
        <li>
          <a href={`${base}/materials`}>{m.materials}</a>
        </li>
        <li>
          <a href={`${base}/events`}>{m.events}</a>
        </li>
      </ul>
    </Layout>
  );
}

function ModelConventionPage({
  ctx,
  language,
  networkNames,
}: {
  ctx: PageContext;
  language: 'fr' | 'nl';
  networkNames: string[];
}) {
  const m = professionalsMessages[ctx.locale];
  const words = vocabularyLabels[language].functions;
  const blank = m.model.blank;
  const text = conventionText(language, {
    networkNames,
    applicant: blank,
    identifier: blank,
    kind: 'clinician',
    employer: null,
    functions: [words.community, words.support, words.treatment],
    sessionsPerWeek: blank,
    startDate: null,
    signatories: null,
  });
  const other = language === 'fr' ? 'nl' : 'fr';
  return (
    <Layout ctx={ctx} title={m.model.title}>
      <h1>{m.model.title}</h1>
      <p class="lead">{m.model.intro}</p>
      <p>
        <a href={`/${ctx.locale}/professionals/model-convention?language=${other}`} hrefLang={other}>
          {format(ctx.locale, m.modelConventionIn, { language: languageName(other, ctx.locale) })}
        </a>
      </p>
      <article class="convention" lang={language}>
        <h2>{text.title}</h2>
        {text.clauses.map((clause, index) => (
          <section key={clause.heading}>
            <h3>{`${index + 1}. ${clause.heading}`}</h3>
            <p>{clause.body}</p>
          </section>
        ))}
        <p>
          <strong>{text.signature}</strong>
        </p>
      </article>
    </Layout>
  );
}

export function registerProfessionalsPage(app: FastifyInstance, materials: MaterialsService): void {
  for (const { locale, path } of localizedPaths('/professionals')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const snapshot = materials.reference.snapshot();
      const communesOf = (postcodes: readonly string[]) => [
        ...new Set(
          postcodes.flatMap((postcode) => {
            const locality = snapshot.localities.get(postcode);
            const commune = locality ? snapshot.communes.get(locality.communeNis) : undefined;
            return commune ? [placeName(commune.names, locale)] : [];
          }),
        ),
      ];
      const data: PageData = {
        copays: materials.copaysToday(),
        contacts: await materials.contacts.view(),
        areas: [...snapshot.areas.values()].map((area) => ({ id: area.id, name: area.names[locale] })),
        networks: [...snapshot.networks.values()].map((n) => ({
          id: n.id,
          name: n.names[locale],
          website: n.website,
        })),
        zones: [...snapshot.zones.values()].map((zone) => ({
          id: zone.id,
          name: zone.names[locale],
          communes: communesOf(zone.postcodes),
        })),
        mayEdit: materials.contacts.editable(request.user).length > 0,
      };
      return sendPage(reply, h(ProfessionalsPage, { ctx: pageContext(request), data }));
    });

    app.get(`${path}/model-convention`, { schema: { hide: true } }, async (request, reply) => {
      const asked = queryValue(request.query, 'language');
      const language = asked === 'fr' || asked === 'nl' ? asked : locale === 'nl' ? 'nl' : 'fr';
      const networkNames = materials.networkIds().map((id) => materials.networkName(id, language));
      return sendPage(reply, h(ModelConventionPage, { ctx: pageContext(request), language, networkNames }));
    });
  }
}
