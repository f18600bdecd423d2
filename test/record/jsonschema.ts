/**
 * A small JSON Schema 2020-12 validator for the keywords schema/record.schema.json uses:
 * type, enum, const, properties, required, additionalProperties (boolean), items,
 * minLength, pattern, minimum, maximum, format (date-time, uri), oneOf and local $ref.
 * An unknown keyword is an error, so the schema cannot silently outgrow the validator.
 */

export type Schema = { [key: string]: unknown };

const KNOWN = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'examples', 'type', 'enum', 'const', 'properties', 'required',
  'additionalProperties', 'items', 'minLength', 'pattern', 'minimum', 'maximum', 'format', 'oneOf',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolveRef = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`only local $ref supported: ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Schema)[part];
    if (!node || typeof node !== 'object') throw new Error(`unresolved $ref ${ref}`);
    return node as Schema;
  };
  const check = (schema: Schema, v: unknown, at: string, out: string[]): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
    if (typeof schema.$ref === 'string') check(resolveRef(schema.$ref), v, at, out);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((t) => typeMatches(v, t))) {
        out.push(`${at}: expected ${types.join('|')}, got ${typeOf(v)}`);
        return;
      }
    }
    if (schema.enum !== undefined && !(schema.enum as unknown[]).some((e) => e === v)) out.push(`${at}: ${JSON.stringify(v)} not in enum`);
    if (schema.const !== undefined && schema.const !== v) out.push(`${at}: expected ${JSON.stringify(schema.const)}`);
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && [...v].length < schema.minLength) out.push(`${at}: shorter than ${schema.minLength}`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) out.push(`${at}: ${JSON.stringify(v.slice(0, 80))} does not match ${schema.pattern}`);
      if (schema.format === 'date-time' && Number.isNaN(Date.parse(v))) out.push(`${at}: not a date-time`);
      if (schema.format === 'uri') {
        try {
          new URL(v);
        } catch {
          out.push(`${at}: not a URI`);
        }
      }
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) out.push(`${at}: above ${schema.maximum}`);
    }
    if (Array.isArray(v) && schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${at}[${i}]`, out));
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const req of (schema.required ?? []) as string[]) if (!(req in obj)) out.push(`${at}: missing ${req}`);
      for (const [k, val] of Object.entries(obj)) {
        if (props[k]) check(props[k], val, `${at}.${k}`, out);
        else if (schema.additionalProperties === false) out.push(`${at}: unexpected property ${k}`);
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const results = (schema.oneOf as Schema[]).map((s) => {
        const sub: string[] = [];
        check(s, v, at, sub);
        return sub;
      });
      const passing = results.filter((r) => r.length === 0).length;
      if (passing !== 1) out.push(`${at}: matches ${passing} of oneOf (${results.map((r) => r[0] ?? 'ok').join(' / ')})`);
    }
  };
  check(root, value, '$', errors);
  return errors;
}
