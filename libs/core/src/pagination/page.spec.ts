import { InvalidSortError, pageWindow, toOrderBy, toPage } from './page';

describe('toOrderBy', () => {
  const allowed = ['title', 'createdAt'] as const;

  it('reads fields in order with - for descending, ending with id for stable pages', () => {
    expect(Object.entries(toOrderBy('title,-createdAt', allowed, {}))).toEqual([
      ['title', 'asc'],
      ['createdAt', 'desc'],
      ['id', 'asc'],
    ]);
  });

  it('falls back to the default order when no sort is given', () => {
    expect(toOrderBy(undefined, allowed, { createdAt: 'desc' })).toEqual({ createdAt: 'desc', id: 'asc' });
  });

  it('refuses a field that is not sortable, naming the sort parameter', () => {
    expect(() => toOrderBy('passwordHash', allowed, {})).toThrow(InvalidSortError);
    try {
      toOrderBy('passwordHash', allowed, {});
    } catch (error) {
      expect((error as InvalidSortError).fieldProblems[0]?.field).toBe('sort');
    }
  });
});

describe('pages', () => {
  it('computes the window and the page count', () => {
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ offset: 40, limit: 20 });
    expect(toPage(['a'], 41, { page: 3, pageSize: 20 }).meta).toEqual({
      page: 3,
      pageSize: 20,
      total: 41,
      totalPages: 3,
    });
    expect(toPage([], 0, { page: 1, pageSize: 20 }).meta.totalPages).toBe(0);
  });
});
