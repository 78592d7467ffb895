// An application's live budget impact, one line per network: shown the same way on the
// committees' agenda and on the application's case page (which imports it), so both read alike.

import { format, formatEuros, type Locale } from '../../platform/i18n/index.ts';
import type { LiveBudgetImpact } from '../domain/decision-desk.ts';
import { committeeMessages } from '../messages/index.ts';

export function BudgetImpactList({
  locale,
  impacts,
  networkName,
  mayConfigure,
}: {
  locale: Locale;
  impacts: readonly LiveBudgetImpact[];
  networkName: (networkId: string) => string;
  /** Whether this person sets the network's budget: they are pointed to the budget page. */
  mayConfigure: (networkId: string) => boolean;
}) {
  const m = committeeMessages[locale].meeting.impact;
  const euros = (cents: number) => formatEuros(locale, cents);
  return (
    <ul class="budget-impact">
      {impacts.map((impact) => {
        const network = networkName(impact.networkId);
        if (!impact.isSet) {
          return (
            <li key={impact.networkId}>
              {format(locale, m.notSet, { network, year: impact.year })}
              {mayConfigure(impact.networkId) ? (
                <>
                  {' '}
                  <a href={`/${locale}/budget?network=${impact.networkId}&year=${impact.year}`}>
                    {format(locale, m.setIt, { year: impact.year })}
                  </a>
                </>
              ) : null}
            </li>
          );
        }
        const scope =
          impact.envelopeLabel === null
            ? format(locale, m.network, { network })
            : format(locale, m.zone, { label: impact.envelopeLabel });
        return (
          <li key={impact.networkId}>
            {impact.rateCents === null || impact.impactCents === null
              ? format(locale, m.rateUnknown, { network })
              : format(locale, m.cost, {
                  network,
                  perWeek: impact.perWeek,
                  unit: impact.holderKind === 'service' ? 'hours' : 'sessions',
                  weeks: impact.weeks,
                  year: impact.year,
                  rate: euros(impact.rateCents),
                  total: euros(impact.impactCents),
                })}
            <br />
            {impact.committed || impact.impactCents === null
              ? format(locale, impact.committed ? m.leftCommitted : m.leftOnly, {
                  scope,
                  left: euros(impact.leftCents),
                  allocation: euros(impact.allocationCents),
                })
              : format(locale, m.left, {
                  scope,
                  left: euros(impact.leftCents),
                  allocation: euros(impact.allocationCents),
                  after: euros(impact.leftAfterCents),
                })}
          </li>
        );
      })}
    </ul>
  );
}
