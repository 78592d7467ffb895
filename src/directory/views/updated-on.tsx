import { format, formatDate, type Locale } from '../../platform/i18n/index.ts';
import { isPossiblyOutOfDate } from '../domain/staleness.ts';
import { directoryMessages } from '../messages.ts';

/** "Updated on …", and a warning when the profile has not been confirmed for six months. */
export function UpdatedOn({
  locale,
  updatedAt,
  staleBefore,
}: {
  locale: Locale;
  updatedAt: string;
  staleBefore: string;
}) {
  const t = directoryMessages[locale].finder;
  return (
    <p class="result__updated">
      {format(locale, t.updatedOn, { date: formatDate(locale, updatedAt) })}
      {isPossiblyOutOfDate(updatedAt, staleBefore) ? (
        <>
          {' '}
          <strong class="tag tag--grey" data-possibly-out-of-date>
            {t.possiblyOutOfDate}
          </strong>
        </>
      ) : null}
    </p>
  );
}
