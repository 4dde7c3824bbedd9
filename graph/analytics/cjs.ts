// Interop for CommonJS graphology packages whose default export TypeScript sees as a namespace.

/** The module's callable default, whichever way Node and TypeScript present it. */
export function cjsDefault<T>(mod: T): T extends { default: infer D } ? D : T {
  const m = mod as { default?: unknown };
  return (m.default ?? mod) as T extends { default: infer D } ? D : T;
}
