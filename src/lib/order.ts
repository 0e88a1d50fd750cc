/**
 * The orders content is listed in. Editors set `order` on entries whose sequence they choose;
 * ids break ties so that a list reads the same on every build. Browser-safe.
 */

/** Anything with an id, as content entries have. */
export interface WithId {
  id: string;
}

/** Anything an editor puts in sequence with `order`. */
export interface WithOrder {
  data: { order: number };
}

/** By id, alphabetically. */
export function byId(a: WithId, b: WithId): number {
  return a.id.localeCompare(b.id);
}

/** By the editors' `order`, lowest first; a stable sort keeps the given order for ties. */
export function byOrder(a: WithOrder, b: WithOrder): number {
  return a.data.order - b.data.order;
}

/** By `order`, then by id for entries that share one. */
export function byOrderThenId(a: WithOrder & WithId, b: WithOrder & WithId): number {
  return byOrder(a, b) || byId(a, b);
}
