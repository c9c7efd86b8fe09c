/**
 * The small SQL surface the repository needs, so that one repository (repository.ts) runs on both
 * backends. Statements use `?` placeholders (turned into `$1, $2, …` for PostgreSQL) and the SQL
 * both engines share; what differs (full-text search, DDL) lives in each backend's dialect.
 */
export type SqlValue = string | number | null;

export interface SqlExecutor {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: Dialect;
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (executor: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Versioned migrations: each version's statements run once, in order, in one transaction. */
  readonly migrations: readonly {
    readonly version: number;
    readonly name: string;
    readonly statements: readonly string[];
  }[];
  /**
   * Ranked full-text hits: rows `{document_id, kind, ref, title, body}` best first. `terms` are
   * plain words (letters and digits only): every one must match.
   */
  searchSql(terms: readonly string[], limit: number, offset: number): { sql: string; params: SqlValue[] };
  /**
   * SQLite's FTS5 table finds rows only by rowid (a delete by document id reads the whole index),
   * so there each article's search rows get the rowids `seq × SEARCH_ROWS_PER_DOCUMENT + n`.
   */
  readonly searchRowIds: boolean;
}

/** `?` placeholders → `$1, $2, …` (our statements never contain `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/** `(?, ?, ?)` for an IN list of `count` values (at least one, so the SQL stays valid). */
export function placeholders(count: number): string {
  return `(${Array.from({ length: Math.max(1, count) }, () => '?').join(', ')})`;
}

/** Values for an IN list (a value no id has when the list is empty). */
export function inValues(values: readonly string[]): string[] {
  return values.length === 0 ? ['#none#'] : [...values];
}

/** Room for one article's search rows (the article and each attribution) in the rowid range. */
export const SEARCH_ROWS_PER_DOCUMENT = 1_000_000;
