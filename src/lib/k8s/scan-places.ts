// The places of a manifest the fast scanner keeps what it reads from: the paths of keys from the root
// that the images are read along (kind, metadata.name, each pod-spec path and its container lists), as a
// small tree built from kinds.ts. Everything elsewhere in a document is only checked, never kept: most
// keys of a manifest (labels, env, resources, ports) lie off these paths.
import { CONTAINER_LISTS, POD_SPEC_PATHS } from './kinds.js';

/**
 * What a slot holds: a scalar that is certainly a string as that string, anything else read there as a
 * marker of what it is, a number where a record keeps one (a list's slot, a line), or nothing.
 */
export type Held = string | typeof MAP | typeof SEQ | typeof OTHER | number | undefined;
export const MAP = Symbol('mapping');
export const SEQ = Symbol('sequence');
/** A scalar that is not certainly a string: a number, boolean, null, nothing at all. */
export const OTHER = Symbol('other scalar');

export interface Place {
  /** Where what sits here is held: a document's slot, or under a container an offset in its record. */
  slot: number;
  /** The keys of a mapping here that lead to places, and those places, in the same order. */
  keys: string[];
  kids: Place[];
  /** On a container list: the place of each item, which is given a record of its own. */
  item: Place | undefined;
  /** Whether the line of a scalar here is held too, in the slot after it. */
  line: boolean;
}

let slots = 0;
function place(slot = slots++): Place {
  return { slot, keys: [], kids: [], item: undefined, line: false };
}

/** The place of `key` under p, made when missing. */
function kid(p: Place, key: string, make: () => Place = place): Place {
  const i = p.keys.indexOf(key);
  if (i >= 0) return p.kids[i] as Place;
  const k = make();
  p.keys.push(key);
  p.kids.push(k);
  return k;
}

/**
 * Each container is held in a record of RECORD slots appended to its document's slots: the slot of its
 * list, the item itself (MAP when it is a mapping), its name, its image and the image's line; AT says
 * where each is in the record.
 */
export const AT = { list: 0, item: 1, name: 2, image: 3, line: 4 } as const;
export const RECORD = 5;
const CONTAINER: Place = place(AT.item);
kid(CONTAINER, 'name', () => place(AT.name));
kid(CONTAINER, 'image', () => place(AT.image)).line = true; // so its line is at AT.line

/** Where nothing is kept: every key and item below it is only checked. */
export const OFF: Place = place(-1);

export const ROOT: Place = place();
export const KIND: Place = kid(ROOT, 'kind');
export const METADATA: Place = kid(ROOT, 'metadata');
export const NAME: Place = kid(METADATA, 'name');
for (const path of POD_SPEC_PATHS) {
  let spec = ROOT;
  for (const key of path) spec = kid(spec, key);
  for (const [list] of CONTAINER_LISTS) kid(spec, list).item = CONTAINER;
}

/** How many slots a document has before its records. */
export const SLOTS = slots;

/** The place of `key` under p, which must be one the tree above has. */
export function child(p: Place, key: string): Place {
  return p.kids[p.keys.indexOf(key)] as Place;
}
