import { BackLink, SummaryList } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { Clinician } from '../domain/types.ts';
import { directoryLabels } from '../labels.ts';
import { directoryMessages } from '../messages.ts';
import type { ConventionedService } from '../services.ts';

export interface ServicePageProps {
  ctx: PageContext;
  service: ConventionedService;
  /** Its clinicians that the finder lists (a suspended one is not shown). */
  clinicians: Clinician[];
  networkNames: string[];
  localityName: string;
}

/** A conventioned service in the finder: what it offers, and the clinicians it employs. */
export function ServicePage({ ctx, service, clinicians, networkNames, localityName }: ServicePageProps) {
  const locale = ctx.locale;
  const t = directoryMessages[locale].service;
  const labels = directoryLabels[locale];
  const functions = service.functions.flatMap((code) =>
    code in labels.functions ? [labels.functions[code as keyof typeof labels.functions]] : [],
  );
  const list = (items: string[]) => (
    <ul class="list--plain">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <Layout ctx={ctx} title={service.name} section="find">
      <BackLink href={`/${locale}/find`} locale={locale} />
      <h1>
        {service.name}
        <span class="heading-caption">{t.caption}</span>
      </h1>
      <p>{`${service.postcode} ${localityName}`.trim()}</p>
      <SummaryList
        rows={[
          { key: t.functions, value: list(functions) },
          { key: t.networks, value: list(networkNames) },
        ]}
      />
      <h2 id="service-clinicians-title">{t.clinicians}</h2>
      {clinicians.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul aria-labelledby="service-clinicians-title" data-testid="service-clinicians">
          {clinicians.map((clinician) => (
            <li key={clinician.id}>
              <a href={`/${locale}/clinicians/${clinician.id}`}>
                {`${clinician.givenName} ${clinician.familyName}`}
              </a>
              {` – ${labels.clinicianKinds[clinician.kind]}`}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
