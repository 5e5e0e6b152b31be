/** The same nested keys as the English strings, every leaf a string: es.ts must match en.ts exactly. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
