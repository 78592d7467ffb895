// GPs' requests on the public statistics page: per quarter, the requests GPs sent the network and
// the share first contacted within the network's target (domain/waits.ts). Requests are counts of
// people: under 5 they are published as "< 5", and the share only when both the requests within
// target and the others are at least 5 (a share and its whole give both counts back).

import { startOfBrusselsDay } from '../platform/identifiers/belgian-date.ts';
import { brusselsDate } from '../platform/working-days.ts';
import { percent } from './domain/rates.ts';
import { isPublishable } from './domain/suppression.ts';
import { waitsOf } from './domain/waits.ts';
import type { RequestWaitsSource } from './request-waits.ts';

export interface PublicRequestQuarter {
  quarter: number;
  /** null: fewer than 5 (published as "< 5"). */
  received: number | null;
  /** Percent first contacted within target; null when hidden or none judged yet. */
  withinTargetShare: number | null;
  shareHidden: boolean;
}

/** A GP's request, as the requests capability types it (an organisation's offer is 'partner-offer'). */
const GP_REQUEST = 'support-request';

export async function publicGpRequests(
  source: RequestWaitsSource,
  networkId: string,
  year: number,
  now: Date,
): Promise<PublicRequestQuarter[]> {
  const answer = await source.requestWaits({
    networkId,
    from: startOfBrusselsDay(`${year}-01-01`),
    to: startOfBrusselsDay(`${year + 1}-01-01`),
  });
  const gp = answer.requests.filter((request) => request.requestType === GP_REQUEST);
  return [1, 2, 3, 4].map((quarter) => {
    const ofQuarter = gp.filter(
      (request) => Math.ceil(Number(brusselsDate(request.openedAt).slice(5, 7)) / 3) === quarter,
    );
    const waits = waitsOf(
      ofQuarter.map((r) => ({
        receivedAt: r.openedAt,
        firstContactAt: r.firstContactAt,
        scheduledAt: r.scheduledAt,
      })),
      answer.targetWorkingDays,
      now,
    );
    const shareShown = isPublishable(waits.withinTarget) && isPublishable(waits.judged - waits.withinTarget);
    return {
      quarter,
      received: isPublishable(waits.received) ? waits.received : null,
      withinTargetShare: shareShown ? percent(waits.withinTarget, waits.judged) : null,
      shareHidden: !shareShown && waits.judged > 0,
    };
  });
}
