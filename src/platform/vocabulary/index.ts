export * from './codes.ts';
export * from './labels.ts';
