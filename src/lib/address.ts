/** This page's address without some query parameters, keeping the rest of the view. */
export function addressWithout(search: string, pathname: string, names: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const name of names) params.delete(name);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
