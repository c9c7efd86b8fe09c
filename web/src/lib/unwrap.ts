// API lists come either bare or wrapped in an object ({results: [...]}, {entities: [...]}); the UI
// accepts both so that a page keeps working when a list gains paging fields.
export function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    const value = (body as Record<string, unknown>)[key];
    if (Array.isArray(value)) return value as T[];
  }
  return [];
}
