// A small JSON Schema checker for the case file schema the site publishes (/schema/case.schema.json), so the
// worksheet checks answers with the same rules as the build. It knows the keywords that schema uses (type, enum,
// const-free objects with required, properties and additionalProperties, arrays with items, minItems and
// uniqueItems, strings with minLength, maxLength, pattern and the date format, numbers with minimum and maximum)
// and reports each problem with the JSON Pointer of the value and the keyword that refused it. A test runs the
// schema fixtures through this and through the build's validator and checks they agree.
//
// Lengths count UTF-16 code units, as the build does (JSON Schema counts code points, which is never more), so
// what this accepts the build accepts too.

const patterns = new Map();

function regex(source) {
  if (!patterns.has(source)) patterns.set(source, new RegExp(source, "u"));
  return patterns.get(source);
}

function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value; // "string", "number", "boolean", "object"
}

function hasType(value, type) {
  const actual = typeOf(value);
  if (type === "integer") return actual === "number" && Number.isInteger(value);
  return actual === type;
}

function isRealDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function pointer(path, key) {
  return `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function walk(schema, value, path, problems) {
  const report = (keyword, params = {}) => problems.push({ path, keyword, params, schema });
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) {
      report("type", { expected: types });
      return;
    }
  }
  if (schema.enum !== undefined && !schema.enum.some((v) => canonical(v) === canonical(value))) report("enum", { allowed: schema.enum });

  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) report("minLength", { limit: schema.minLength });
    if (schema.maxLength !== undefined && value.length > schema.maxLength) report("maxLength", { limit: schema.maxLength, length: value.length });
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) report("pattern", { pattern: schema.pattern });
    if (schema.format === "date" && !isRealDate(value)) report("format", { format: "date" });
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) report("minimum", { limit: schema.minimum });
    if (schema.maximum !== undefined && value > schema.maximum) report("maximum", { limit: schema.maximum });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) report("minItems", { limit: schema.minItems });
    if (schema.uniqueItems === true) {
      const seen = new Set();
      value.forEach((item, i) => {
        const key = canonical(item);
        if (seen.has(key)) problems.push({ path: pointer(path, i), keyword: "uniqueItems", params: {}, schema });
        seen.add(key);
      });
    }
    if (schema.items !== undefined) value.forEach((item, i) => walk(schema.items, item, pointer(path, i), problems));
  }
  if (typeOf(value) === "object") {
    const properties = schema.properties || {};
    for (const name of schema.required || []) {
      if (!Object.hasOwn(value, name)) problems.push({ path: pointer(path, name), keyword: "required", params: {}, schema });
    }
    for (const [name, item] of Object.entries(value)) {
      if (Object.hasOwn(properties, name)) walk(properties[name], item, pointer(path, name), problems);
      else if (schema.additionalProperties === false) problems.push({ path: pointer(path, name), keyword: "additionalProperties", params: {}, schema });
    }
  }
}

/** Every problem with `value` under `schema`: [{ path: "/partners/0/name", keyword: "required", params, schema }]. */
export function check(schema, value) {
  const problems = [];
  walk(schema, value, "", problems);
  return problems;
}

/** The schema that applies at a JSON Pointer, following properties and items; null where none does. */
export function schemaAt(schema, path) {
  let current = schema;
  for (const part of path.split("/").slice(1)) {
    if (!current) return null;
    current = /^\d+$/.test(part) && current.items ? current.items : (current.properties || {})[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return current || null;
}
