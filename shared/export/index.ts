export * from './csv';
export * from './run-csv';
export * from './run-json';
export * from './run-tables';
