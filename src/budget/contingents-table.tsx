// The budget page's contingents: each clinician's and conventioned service's weekly contingent
// with what it used this year beside what it gave for the days so far, in its own unit (sessions
// for a clinician, hours for a service) and in euros.

import { format, formatEuros, type Locale } from '../platform/i18n/index.ts';
import { TableWrap } from '../platform/views/components.tsx';
import { contingentMessages } from './contingent-messages.ts';
import type { BudgetPageData } from './service.ts';

export function ContingentsTable({ locale, data }: { locale: Locale; data: BudgetPageData }) {
  const m = contingentMessages[locale];
  const { plan, contingentUses } = data.view;
  const amount = (value: number | null, unit: 'hours' | 'sessions') =>
    value === null ? m.noRate : format(locale, m.unitValue, { value, unit });
  return (
    <>
      <h2 id="contingents">{m.title}</h2>
      <p>{m.intro}</p>
      {plan.contingents.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <div class="staff-table">
          <TableWrap label={m.title}>
            <table class="table" data-testid="budget-contingents">
              <caption class="table__caption">{m.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.holder}</th>
                  <th scope="col">{m.kind}</th>
                  {[m.perWeek, m.used, m.due, m.consumed, m.dueCents].map((label) => (
                    <th scope="col" class="number" key={label}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.contingents.map((contingent, i) => {
                  const use = contingentUses[i]!;
                  const unit = contingent.holderKind === 'service' ? 'hours' : 'sessions';
                  const name =
                    data.holderNames.get(contingent.holderId) ??
                    format(locale, m.unknown, { id: contingent.holderId });
                  return (
                    <tr key={contingent.holderId}>
                      <th scope="row">{name}</th>
                      <td>{m.kinds[contingent.holderKind]}</td>
                      <td class="number">{amount(contingent.perWeek, unit)}</td>
                      <td class="number">{amount(use.used, unit)}</td>
                      <td class="number">{amount(use.due, unit)}</td>
                      <td class="number">{formatEuros(locale, use.consumedCents)}</td>
                      <td class="number">
                        {use.dueCents === null ? m.noRate : formatEuros(locale, use.dueCents)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        </div>
      )}
    </>
  );
}
