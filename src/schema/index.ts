export * from './types';
export * from './lists';
