export * from './alerts.ts';
export * from './calendar.ts';
export * from './care-fees.ts';
export * from './contingent-use.ts';
export * from './figures.ts';
export * from './plan.ts';
export * from './population.ts';
export * from './versions.ts';
