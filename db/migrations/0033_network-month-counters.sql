-- Written by hand: the counters of a whole network's month (grain 'network-month', clinician
-- 00000000-…, zone and service ''), which the fold keeps from now on (src/care/statement-rows.ts).
-- The months folded before are summed here from their month counters; changes not folded yet stay
-- for the next fold. The fold's own lock keeps a fold of another instance from running meanwhile.
SELECT pg_advisory_xact_lock(7340024);
--> statement-breakpoint
INSERT INTO care_statement_counts (grain, period_start, network_id, clinician_id, function, mode, outcome,
    zone_id, service_id, sessions, copay_cents, fee_cents, unknown_fees)
  SELECT 'network-month', period_start, network_id, '00000000-0000-0000-0000-000000000000', function, mode,
    outcome, '', '', sum(sessions), sum(copay_cents), sum(fee_cents), sum(unknown_fees)
  FROM care_statement_counts
  WHERE grain = 'month'
  GROUP BY period_start, network_id, function, mode, outcome;
