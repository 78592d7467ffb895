import { BudgetImpactList } from '../../committees/pages/budget-impact.tsx';
import { CaseLayout, orderActions } from '../../platform/cases/case-page.tsx';
import { format, type Locale } from '../../platform/i18n/index.ts';
import { type FormErrors, SummaryList, Tag } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { APPLICATION_NEXT, DESTRUCTIVE_ACTIONS } from '../case-work.ts';
import type { ApplicationStatus } from '../domain/workflow.ts';
import { caseMessages } from '../messages/case.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import { ActionForm, type CaseView } from './action-form.tsx';
import { clinicianFlow } from './clinician-flow.tsx';
import { serviceFlow } from './service-flow.tsx';
import { Timeline } from './shared.tsx';

// An application's case page for staff (platform/cases/case-page.tsx's layout): its answers,
// documents, budget impact and decisions first, then the actions its status allows, then its log.

export function CasePage({
  ctx,
  view,
  service,
  errors,
  values,
  notice,
}: {
  ctx: PageContext;
  view: CaseView;
  service: ApplicationService;
  errors: FormErrors;
  values: Record<string, string>;
  notice: string | null;
}) {
  const locale = ctx.locale;
  const m = caseMessages[locale].staff;
  const v = vocabularyMessages[locale];
  const status = view.record.status as ApplicationStatus;
  const details = view.row.details;
  const asDraft = {
    ...details,
    longTraining: details.longTraining === true ? 'yes' : details.longTraining === false ? 'no' : '',
  };
  const rows =
    view.row.kind === 'clinician'
      ? clinicianFlow(service.options.criteria.treatmentMinYears, 1).rows(locale, asDraft, view.documents)
      : serviceFlow.rows(locale, details, []);
  const networkName = (id: string) => {
    // Reference packs may leave German out: French, the source language, stands in.
    const names: Partial<Record<Locale, string>> | undefined = service.reference
      .snapshot()
      .networks.get(id)?.names;
    return names?.[locale] ?? names?.fr ?? id;
  };
  const title = format(locale, m.caseTitle, {
    name: view.row.applicantName,
    reference: view.record.reference,
  });
  return (
    <CaseLayout
      ctx={ctx}
      section="applications"
      title={title}
      backHref={`/${locale}/applications`}
      errors={errors}
      notice={notice}
      content={
        <>
          <p>
            <Tag>{v.statuses[status]}</Tag> · {v.kinds[view.row.kind as 'service']} ·{' '}
            {view.record.networkIds.map(networkName).join(', ')}
          </p>
          {['approved', 'convention-signed', 'suspended', 'ended'].includes(status) ? (
            <p>
              <a href={`/${locale}/applications/${view.record.id}/convention`}>
                {caseMessages[locale].mine.convention}
              </a>
            </p>
          ) : null}
          <h2>{m.answers}</h2>
          <SummaryList rows={rows.map((r) => ({ key: r.key, value: r.value }))} />
          <h2>{caseMessages[locale].mine.documents}</h2>
          <ul>
            {view.documents.map((d) => (
              <li key={d.id}>
                <a href={`/${locale}/applications/files/${d.id}`}>
                  {format(locale, m.download, { name: d.originalName })}
                </a>{' '}
                ({v.documents[d.documentKind as 'diploma'] ?? d.documentKind})
              </li>
            ))}
          </ul>
          <h2>{m.budgetTitle}</h2>
          <BudgetImpactList
            locale={locale}
            impacts={view.impacts}
            networkName={networkName}
            mayConfigure={(networkId) => view.configures.includes(networkId)}
          />
          {view.decisions.length > 0 || view.waiting.length > 0 ? (
            <>
              <h2>{m.decisionsTitle}</h2>
              <ul>
                {view.decisions.map((d) => (
                  <li key={d.networkId}>
                    {networkName(d.networkId)} : {v.outcomes[d.outcome]} – {d.reasons}
                  </li>
                ))}
              </ul>
              {view.waiting.length > 0 ? (
                <p>{format(locale, m.waiting, { networks: view.waiting.map(networkName).join(', ') })}</p>
              ) : null}
            </>
          ) : null}
        </>
      }
      actions={orderActions(view.allowed, APPLICATION_NEXT[status], DESTRUCTIVE_ACTIONS).map(
        ({ action, tone }) => (
          <ActionForm
            key={action}
            ctx={ctx}
            view={view}
            type={action}
            tone={tone}
            errors={errors}
            values={values}
          />
        ),
      )}
      noActions={m.noActions}
      timeline={<Timeline locale={locale} actions={view.actions} showActors />}
    />
  );
}
