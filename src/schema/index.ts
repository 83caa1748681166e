export * from './types';
export * from './lists';
export * from './groups';
export * from './permissionLevels';
export * from './schemaVersion';
