// Public surface of @backplan/clinical. Each module adds one line here.
export * from './core/index';
export * from './instruments/index';
