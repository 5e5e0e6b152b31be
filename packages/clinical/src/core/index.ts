export * from './assessment-contract';
export * from './sources';
export * from './vocabulary';
