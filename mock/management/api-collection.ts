/**
 * The five routes of a Management API collection (list, create, get, update, delete), shared by clients,
 * connections, resource servers and client grants:
 * - an object is stored whole, with the defaults Auth0 adds, and read back as it was written
 * - a PATCH replaces the fields it names, except the objects in `merged`, whose keys it merges (a key set to
 *   null goes); a field in `immutable` is refused with 400, as Auth0 refuses it
 * - lists page (`page`, `per_page`, `include_totals`) or, when `from` or `take` is given, take checkpoints,
 *   answering `next` while more remain; `fields` with `include_fields` picks what each object shows
 */
import { json, type MockResponse } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { ApiObject } from '../tenants/model.ts';
import { invalidBody, listResponse, managementError, notFound } from './management-errors.ts';
import { managementRoute } from './management-route.ts';
import type { ManagementScope } from './management-scopes.ts';

export interface Collection<T extends ApiObject> {
  /** `/clients`: the collection's path under /api/v2. */
  path: string;
  /** The scopes its routes expect (management-scopes.ts `collectionScopes`). */
  scopes: {
    read: ManagementScope;
    create: ManagementScope;
    update: ManagementScope;
    delete: ManagementScope;
  };
  /** How a 404 names one (`The client does not exist.`) and its errorCode. */
  noun: string;
  notFoundCode?: string;
  /** The key a list answers under (`clients`). */
  listKey: string;
  items(tenant: Tenant): Map<string, T>;
  /** The object a POST body makes (a new id, Auth0's defaults), or the refusal. */
  create(tenant: Tenant, body: Record<string, unknown>): T | MockResponse;
  /** Fields a PATCH may not name. */
  immutable: readonly string[];
  /** Object fields a PATCH merges into instead of replacing. */
  merged?: readonly string[];
  /** The one `id` names, when more than its key finds it (a resource server by its identifier too). */
  find?(tenant: Tenant, id: string): T | undefined;
  /** A list's query filters (`strategy`, `audience`…). */
  matches?(item: T, query: URLSearchParams): boolean;
  /** Refuses changing or deleting this object (a system one), or undefined. */
  locked?(item: T): MockResponse | undefined;
  /** What goes with the object when it is deleted (a client's grants). */
  deleted?(tenant: Tenant, item: T): void;
}

const NO_CONTENT: MockResponse = { status: 204, headers: {}, body: '' };

function isResponse(value: unknown): value is MockResponse {
  return (
    typeof value === 'object' && value !== null && 'status' in value && 'headers' in value && 'body' in value
  );
}

/** `fields=a,b` shows only those (or all but those, with include_fields=false). */
function pickFields(item: ApiObject, query: URLSearchParams): ApiObject {
  const fields = query.get('fields')?.split(',').filter(Boolean);
  if (!fields?.length) return item;
  const include = query.get('include_fields') !== 'false';
  return Object.fromEntries(Object.entries(item).filter(([key]) => fields.includes(key) === include));
}

/** Checkpoint paging: `from` is the id the page starts at; `next` the one the next page starts at. */
function checkpointList(key: string, items: ApiObject[], ids: string[], query: URLSearchParams) {
  const take = Math.min(Number(query.get('take') ?? 50), 100);
  const from = query.get('from');
  const start = from ? Math.max(ids.indexOf(from), 0) : 0;
  const next = ids[start + take];
  return json({ [key]: items.slice(start, start + take), ...(next ? { next } : {}) });
}

export function listItems<T extends ApiObject>(
  key: string,
  items: T[],
  idOf: (item: T) => string,
  query: URLSearchParams,
): MockResponse {
  const shown = items.map((item) => pickFields(item, query));
  if (query.has('from') || query.has('take')) return checkpointList(key, shown, items.map(idOf), query);
  return listResponse(key, shown, query);
}

/** The PATCH of `item` by `body`: fields replaced, `merged` objects merged (null removes a key). */
export function patchObject(item: ApiObject, body: Record<string, unknown>, merged: readonly string[]) {
  for (const [field, value] of Object.entries(body)) {
    const current = item[field];
    if (merged.includes(field) && isPlainObject(value) && isPlainObject(current)) {
      const next: Record<string, unknown> = { ...current, ...value };
      for (const [key, v] of Object.entries(value)) if (v === null) delete next[key];
      item[field] = next;
    } else if (value === null && merged.includes(field)) {
      delete item[field];
    } else {
      item[field] = value;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function collectionRoutes<T extends ApiObject>(
  services: MockServices,
  collection: Collection<T>,
  idField: keyof T & string,
): Route[] {
  const find = (tenant: Tenant, id: string) =>
    collection.find?.(tenant, id) ?? collection.items(tenant).get(id);
  const missing = () => notFound(collection.noun, collection.notFoundCode);
  const withItem =
    (handler: (tenant: Tenant, item: T, req: MockRequest) => MockResponse) =>
    (tenant: Tenant, req: MockRequest, { id = '' }: Record<string, string>) => {
      const item = find(tenant, id);
      return item ? handler(tenant, item, req) : missing();
    };
  const one = `${collection.path}/:id`;
  return [
    managementRoute(services, 'GET', collection.path, collection.scopes.read, (tenant, req) => {
      const items = [...collection.items(tenant).values()].filter(
        (item) => collection.matches?.(item, req.query) ?? true,
      );
      return listItems(collection.listKey, items, (item) => String(item[idField]), req.query);
    }),
    managementRoute(services, 'POST', collection.path, collection.scopes.create, (tenant, req) => {
      const created = collection.create(tenant, req.body);
      if (isResponse(created)) return created;
      collection.items(tenant).set(String(created[idField]), created);
      return json(created, 201);
    }),
    managementRoute(
      services,
      'GET',
      one,
      collection.scopes.read,
      withItem((_tenant, item, req) => json(pickFields(item, req.query))),
    ),
    managementRoute(
      services,
      'PATCH',
      one,
      collection.scopes.update,
      withItem((_tenant, item, req) => {
        const refused = collection.locked?.(item);
        if (refused) return refused;
        const field = Object.keys(req.body).find((name) => collection.immutable.includes(name));
        if (field) return invalidBody(`Additional properties not allowed: ${field}`);
        patchObject(item, req.body, collection.merged ?? []);
        return json(item);
      }),
    ),
    managementRoute(
      services,
      'DELETE',
      one,
      collection.scopes.delete,
      withItem((tenant, item) => {
        const refused = collection.locked?.(item);
        if (refused) return refused;
        collection.items(tenant).delete(String(item[idField]));
        collection.deleted?.(tenant, item);
        return NO_CONTENT;
      }),
    ),
  ];
}

/** Auth0's 409 for a second object with a unique field's value. */
export const conflict = (message: string, errorCode: string) => managementError(409, message, errorCode);
