/** A page's `searchParams` as Next.js hands them: every key, one value or several. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A page's `searchParams` as URLSearchParams, every value of every key, in order. */
export function searchParamsOf(record: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, one);
    }
  }
  return params;
}
