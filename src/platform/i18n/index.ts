export * from './format.ts';
export * from './locales.ts';
