import { GraphQLError } from 'graphql';

/** Connections serve at most this many nodes per page. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A page larger than the maximum is refused, not silently cut: the client would miss rows. */
export function checkPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const [name, value] of Object.entries({ first: args.first, last: args.last })) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`${name} muss zwischen 0 und ${MAX_PAGE_SIZE} liegen.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
}

export const connectionOptions = { cursor: 'id', maxSize: MAX_PAGE_SIZE, defaultSize: DEFAULT_PAGE_SIZE } as const;

/** A plain list's `first` (not a connection): within 0..max, refused otherwise like a page size. */
export function checkListSize(name: string, value: number | null | undefined, max: number): void {
  if (value != null && (value < 0 || value > max)) {
    throw new GraphQLError(`${name} muss zwischen 0 und ${max} liegen.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
