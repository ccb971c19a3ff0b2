export * from './exposure';
export * from './holding';
export * from './portfolio';
export * from './settings';
export * from './valuation';
export * from './scenario';
export * from './bond-quote';
export * from './what-if';
