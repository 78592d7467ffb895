export * from './import.ts';
export * from './pack.ts';
export * from './places.ts';
export * from './routing.ts';
export * from './types.ts';
