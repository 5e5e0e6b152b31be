/**
 * The patient app's rows for the security engineer's route-table tests
 * (plugins/authorization-matrix.test.ts and plugins/fuzz.test.ts), kept in
 * this module so those files need one spread line each.
 */
export { PATIENT_APP_FUZZ_TARGETS } from './fuzz-targets';
export { PATIENT_APP_MATRIX } from './matrix-rows';
