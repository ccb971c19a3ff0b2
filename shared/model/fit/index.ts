export * from './fit-history';
export * from './fit-problems';
export * from './fit-types';
export * from './merge-model';
