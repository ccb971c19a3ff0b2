export * from './contract';
export * from './define';
export * from './client';
export * from './app-api';
export * from './portfolios-api';
export * from './runs-api';
export * from './settings-api';
export * from './bridge';
