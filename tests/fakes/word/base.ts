// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
import type { FakeRequestContext } from './document';
import { FakeOfficeError, World } from './world';

// ---------------------------------------------------------------- proxies

export type Op = () => void;

export type Scalars<N> = Record<string, (node: N) => unknown>;

export interface Loadable {
  loadNow(paths: readonly string[]): void;
}

export abstract class FakeObject<N> {
  private bound = false;
  private node: N | null = null;
  private snapshot: Record<string, unknown> | null = null;
  private readonly navCache = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly resolver: () => N | null,
  ) {}

  protected abstract scalars(): Scalars<N>;
  /** Navigation properties reachable in load paths. */
  protected navigation(): Record<string, () => Loadable> {
    return {};
  }

  protected get world(): World {
    return this.ctx.world;
  }

  /** The document node (resolved at the first operation that needs it, during a sync). */
  protected target(): N | null {
    if (!this.bound) {
      this.node = this.resolver();
      this.bound = true;
    }
    return this.node;
  }

  protected required(): N {
    const node = this.target();
    if (node === null) throw new FakeOfficeError('ItemNotFound', `${this.constructor.name} is a null object.`);
    return node;
  }

  protected nav<T>(name: string, make: () => T): T {
    let cached = this.navCache.get(name);
    if (!cached) {
      cached = make();
      this.navCache.set(name, cached);
    }
    return cached as T;
  }

  get isNullObject(): boolean {
    if (!this.snapshot)
      throw new FakeOfficeError('PropertyNotLoaded', `isNullObject of ${this.constructor.name} is not loaded.`);
    return this.node === null;
  }

  load(properties?: string | string[]): this {
    if (properties === undefined || properties.length === 0) {
      throw new Error('fake Word: load() without arguments loads everything; name the properties you need.');
    }
    const paths = (Array.isArray(properties) ? properties : properties.split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Runs a load during sync. */
  loadNow(paths: readonly string[]): void {
    const node = this.target();
    const snapshot = this.snapshot ?? {};
    this.snapshot = snapshot;
    if (node === null) return;
    const scalars = this.scalars();
    const navigation = this.navigation();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length || (navigation[head] && !scalars[head])) {
        const child = navigation[head];
        if (!child)
          throw new FakeOfficeError(
            'InvalidArgument',
            `Unknown navigation property ${head} on ${this.constructor.name}.`,
          );
        child().loadNow(rest.length ? [rest.join('/')] : []);
      } else {
        const read = scalars[head];
        if (!read)
          throw new FakeOfficeError('InvalidArgument', `Unknown property ${head} on ${this.constructor.name}.`);
        snapshot[head] = read(node);
      }
    }
  }

  protected read(property: string): unknown {
    if (!this.snapshot || !(property in this.snapshot)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `${this.constructor.name}.${property} is not loaded (call load and sync first).`,
      );
    }
    return this.snapshot[property];
  }

  protected write(apply: (node: N) => void): void {
    this.ctx.enqueue(() => {
      this.world.assertWritable();
      apply(this.required());
    });
  }

  /** A value computed at the next sync (Office's ClientResult). */
  protected result<T>(compute: () => T): FakeClientResult<T> {
    const out = new FakeClientResult<T>();
    this.ctx.enqueue(() => out.settle(compute()));
    return out;
  }

  /** Queues an operation that returns a new proxy bound to what the operation produced. */
  protected produce<P>(make: (resolver: () => never) => P, run: (node: N) => unknown, writes = true): P {
    let result: unknown = null;
    this.ctx.enqueue(() => {
      if (writes) this.world.assertWritable();
      result = run(this.required());
    });
    return make(() => {
      if (result === null) throw new FakeOfficeError('ItemNotFound', 'The object was not created.');
      return result as never;
    });
  }
}

export abstract class FakeCollection<N, P extends FakeObject<N>> extends FakeObject<N[]> {
  private loadedItems: P[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly list: () => N[],
    private readonly makeItem: (ctx: FakeRequestContext, node: N) => P,
  ) {
    super(ctx, list);
  }

  protected scalars(): Scalars<N[]> {
    return {};
  }

  get items(): P[] {
    if (!this.loadedItems)
      throw new FakeOfficeError('PropertyNotLoaded', `${this.constructor.name}.items is not loaded.`);
    return this.loadedItems;
  }

  override loadNow(paths: readonly string[]): void {
    // A collection is evaluated afresh at each load, as Office does.
    const items = this.list().map((node) => this.makeItem(this.ctx, node));
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const item of items) item.loadNow(itemPaths);
    this.loadedItems = items;
  }

  protected pick(index: (length: number) => number, orNull: boolean): P {
    let node: N | null = null;
    let bound = false;
    return this.makeItemLazy(() => {
      if (!bound) {
        const list = this.list();
        const i = index(list.length);
        node = list[i] ?? null;
        bound = true;
        if (node === null && !orNull) throw new FakeOfficeError('ItemNotFound', `${this.constructor.name} is empty.`);
      }
      return node;
    });
  }

  protected abstract makeItemLazy(resolver: () => N | null): P;
}

export class FakeClientResult<T> {
  private settled = false;
  private v: T | undefined;
  settle(value: T): void {
    this.v = value;
    this.settled = true;
  }
  get value(): T {
    if (!this.settled) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value before sync.');
    return this.v as T;
  }
}
