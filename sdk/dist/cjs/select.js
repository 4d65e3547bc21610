"use strict";
// The typed query builder's types and runtime: a selection object ({ id: true, klient: { name: true },
// mahnkosten: { $args: { tarif: 'MAK' }, brutto: true } }) becomes a GraphQL document with variables,
// and its result type follows the selection. Per-field errors (a GraphQL error with a path) are
// attached to the object that holds the field, as `$errors`, instead of failing the whole call.
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDocument = buildDocument;
exports.attachFieldErrors = attachFieldErrors;
class Builder {
    table;
    defs = [];
    variables = {};
    constructor(table) {
        this.table = table;
    }
    /** `(name: $v1, …)` for the given values; undefined values are left out (the schema's default applies). */
    args(values, types, where) {
        if (!values)
            return '';
        const parts = [];
        for (const [name, value] of Object.entries(values)) {
            if (value === undefined)
                continue;
            const type = types[name];
            if (!type)
                throw new TypeError(`${where} has no argument "${name}"`);
            const v = `v${this.defs.length + 1}`;
            this.defs.push(`$${v}: ${type}`);
            this.variables[v] = value;
            parts.push(`${name}: $${v}`);
        }
        return parts.length ? `(${parts.join(', ')})` : '';
    }
    selection(typeName, sel) {
        const fields = this.table.types[typeName];
        if (!fields)
            throw new TypeError(`Unknown type ${typeName}`);
        const parts = [];
        if (sel.$scalars === true) {
            for (const [name, entry] of Object.entries(fields)) {
                if (entry === 0 || (Array.isArray(entry) && entry[0] === 0 && !Object.values(entry[1]).some((t) => t.endsWith('!')))) {
                    if (!(name in sel))
                        parts.push(name);
                }
            }
        }
        for (const [name, value] of Object.entries(sel)) {
            if (name === '$scalars' || name === '$args' || value === false || value === undefined)
                continue;
            if (name === '__typename') {
                parts.push('__typename');
                continue;
            }
            const entry = fields[name];
            if (entry === undefined)
                throw new TypeError(`${typeName} has no field "${name}"`);
            const [target, argTypes] = Array.isArray(entry) ? entry : [entry, {}];
            const sub = typeof value === 'object' && value !== null ? value : undefined;
            const args = this.args(sub?.$args, argTypes, `${typeName}.${name}`);
            if (target === 0)
                parts.push(name + args);
            else if (!sub)
                throw new TypeError(`${typeName}.${name} is an object: select its fields, e.g. { id: true }`);
            else
                parts.push(`${name}${args} { ${this.selection(target, sub)} }`);
        }
        if (!parts.length)
            throw new TypeError(`Empty selection on ${typeName}`);
        return parts.join(' ');
    }
    document(op, body) {
        return { query: `${op}${this.defs.length ? `(${this.defs.join(', ')})` : ''} { ${body} }`, variables: this.variables };
    }
}
/** The document for root field `field` with arguments and a selection (of the payload, for a mutation). */
function buildDocument(table, op, field, args, sel) {
    const b = new Builder(table);
    const root = table.types[op === 'query' ? table.query : table.mutation][field];
    if (root === undefined)
        throw new TypeError(`No ${op} field "${field}"`);
    const [target, argTypes] = Array.isArray(root) ? root : [root, {}];
    const a = b.args(args, argTypes, field);
    const m = op === 'mutation' ? table.mutations[field] : undefined;
    if (m?.payload) {
        const errors = m.errors.map((e) => ` ... on ${e} { ${table.errorSelections[e]} }`).join('');
        return b.document(op, `${field}${a} { __typename ... on ${m.payload} { ${b.selection(m.payload, sel)} }${errors} }`);
    }
    return b.document(op, target === 0 ? `${field}${a}` : `${field}${a} { ${b.selection(target, sel)} }`);
}
/**
 * Attaches each error with a path to the nearest object that still exists along that path (as
 * `$errors[field]`, not enumerable so answers compare and serialise as before); returns the errors
 * that belong to no object inside a root field (those fail the call).
 */
function attachFieldErrors(data, errors) {
    const rest = [];
    for (const error of errors) {
        const path = error.path;
        let holder;
        let key;
        let current = data;
        for (let i = 0; path && i < path.length; i++) {
            if (current === null || typeof current !== 'object')
                break;
            if (!Array.isArray(current) && current !== data) {
                holder = current;
                key = String(path[i]);
            }
            current = current[path[i]];
        }
        if (!holder || !key) {
            rest.push(error);
            continue;
        }
        if (!Object.hasOwn(holder, '$errors'))
            Object.defineProperty(holder, '$errors', { value: {}, enumerable: false });
        const fieldError = { message: error.message, path: path, ...(typeof error.extensions?.code === 'string' ? { code: error.extensions.code } : {}), ...(error.extensions ? { extensions: error.extensions } : {}) };
        holder.$errors[key] = fieldError;
    }
    return rest;
}
