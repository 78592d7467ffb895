-- Written by hand: a network's counters keep the coordinator zone and the conventioned service
-- (grain 'network-month', which had them as ''), and a network's whole year gets counters of its
-- own (grain 'network-year'), both with clinician 00000000-…. A budget reads its year and its
-- run-rate window from them, with only its contingents' holders read one by one
-- (src/care/statement-rows.ts), where it read every clinician's counters: some 27,000 rows for a
-- year and 35,000 for two months of one network at a million sessions (bench:care).
-- Both are summed here from the clinicians' counters already folded; changes not folded yet stay
-- for the next fold. The fold's own lock keeps a fold of another instance from running meanwhile.
SELECT pg_advisory_xact_lock(7340024);
--> statement-breakpoint
DELETE FROM care_statement_counts WHERE grain = 'network-month';
--> statement-breakpoint
INSERT INTO care_statement_counts (grain, period_start, network_id, clinician_id, function, mode, outcome,
    zone_id, service_id, sessions, copay_cents, fee_cents, unknown_fees)
  SELECT 'network-' || grain, period_start, network_id, '00000000-0000-0000-0000-000000000000', function,
    mode, outcome, zone_id, service_id, sum(sessions), sum(copay_cents), sum(fee_cents), sum(unknown_fees)
  FROM care_statement_counts
  WHERE grain IN ('month', 'year')
  GROUP BY grain, period_start, network_id, function, mode, outcome, zone_id, service_id;
