// A page's query string as Next passes it: a parameter may be absent, given once or given several times.
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter; absent or empty becomes undefined, so a hand-edited URL never errors. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
