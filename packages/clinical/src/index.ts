// Public surface of @backplan/clinical. Each module adds one line here.

export * from './assessment/index';
export * from './careplan/index';
export * from './content-lint/index';
export * from './core/index';
export * from './exercise/index';
export * from './fhir/index';
export * from './instruments/index';
export * from './medications/index';
export * from './outcomes/index';
export * from './self-management/index';
export * from './simulation/index';
export * from './stepped-care/index';
