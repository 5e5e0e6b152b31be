export * from './sources';
export * from './vocabulary';
