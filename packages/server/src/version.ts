/** The product version, shown by `backplan --version` and in the OpenAPI document. */
export const BACKPLAN_VERSION = '0.1.0';
