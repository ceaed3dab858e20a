/**
 * A private field put on objects this library made (results), read back only by the module that made the stamp.
 *
 * It rides on the object itself (a base constructor that returns the object it is given lets a subclass add a
 * private field to any object), so no reflection sees it: not keys, symbols, JSON, spreads, `structuredClone`,
 * deep-equality checks, nor a Proxy's traps; a copy does not carry it. It costs about what adding an ordinary
 * property does: a fifth of `Object.defineProperty` (non-enumerable), a tenth of a `WeakMap` entry (whose weak
 * references the garbage collector traces on every pass).
 */
export interface Stamp<T> {
  /** Stamps `target` with `value` (a target stamped already keeps its first value). */
  put(target: object, value: T): void;
  /** The value stamped on `target`, or undefined; runs no getter and no Proxy trap. */
  get(target: unknown): T | undefined;
}

/** A constructor that hands back the object it is given, so that a subclass adds its fields to that object. */
class Target {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the way to give an existing object a private field
    return target;
  }
}

/** A new stamp: its private field is its own, so no other stamp (or code) can read or forge it. */
export function createStamp<T>(): Stamp<T> {
  class Stamped extends Target {
    readonly #value: T;
    constructor(target: object, value: T) {
      super(target);
      this.#value = value;
    }
    /** Whether `target` carries this stamp (objects and functions alike; runs no trap). */
    static has(target: unknown): target is Stamped {
      return ((typeof target === "object" && target !== null) || typeof target === "function") && #value in target;
    }
    static value(target: Stamped): T {
      return target.#value;
    }
  }
  return {
    put(target: object, value: T): void {
      if (!Stamped.has(target)) new Stamped(target, value);
    },
    get: (target: unknown): T | undefined => (Stamped.has(target) ? Stamped.value(target) : undefined),
  };
}
