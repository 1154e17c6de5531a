import { DomainError } from '../errors/domain.error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Far past any real list; keeps offsets inside PostgreSQL's bigint and knex's integer parsing. */
export const MAX_PAGE = 1_000_000;

/** What a list endpoint was asked for; `sort` is `title,-createdAt`. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
  readonly sort?: string;
}

export interface PageMeta {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly totalPages: number;
}

/** The response shape of every list: `{data, meta}`. */
export interface Page<T> {
  readonly data: T[];
  readonly meta: PageMeta;
}

export type SortDirection = 'asc' | 'desc';
export type OrderBy<Field extends string> = Partial<Record<Field | 'id', SortDirection>>;

export class InvalidSortError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'PAGINATION.INVALID_SORT';

  constructor(field: string, allowed: readonly string[]) {
    super(`Cannot sort by "${field}"`, [
      { field: 'sort', message: `sort must list fields among ${allowed.join(', ')}, each optionally prefixed by -` },
    ]);
  }
}

/**
 * Turns `title,-createdAt` into an ORM order map over the allowed fields,
 * ending with `id` so pages are stable when sort keys tie.
 */
export function toOrderBy<Field extends string>(
  sort: string | undefined,
  allowed: readonly Field[],
  fallback: OrderBy<Field>,
): OrderBy<Field> {
  const order: OrderBy<Field> = {};
  const terms = (sort ?? '')
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '');
  for (const term of terms) {
    const field = term.replace(/^[-+]/, '');
    if (!(allowed as readonly string[]).includes(field)) throw new InvalidSortError(field, allowed);
    order[field as Field] = term.startsWith('-') ? 'desc' : 'asc';
  }
  const chosen = terms.length > 0 ? order : { ...fallback };
  return { ...chosen, id: chosen.id ?? 'asc' };
}

/** Offset and limit for a page request. */
export function pageWindow(request: PageRequest): { offset: number; limit: number } {
  return { offset: (request.page - 1) * request.pageSize, limit: request.pageSize };
}

export function toPage<T>(data: T[], total: number, request: PageRequest): Page<T> {
  return {
    data,
    meta: {
      page: request.page,
      pageSize: request.pageSize,
      total,
      totalPages: Math.ceil(total / request.pageSize),
    },
  };
}
