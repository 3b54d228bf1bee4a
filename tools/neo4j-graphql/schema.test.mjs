// Without a database: the type definitions build into a schema, and the
// three analyst queries are valid against the API the library generates
// (so a misspelt filter or field fails here, not in the benchmark).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse, validate } from "graphql";
import { buildSchema } from "./schema.mjs";
import { queries } from "./queries.mjs";

const schema = await buildSchema(undefined);

test("the generated API has the fields the queries rely on", () => {
  const q = schema.getQueryType().getFields();
  for (const f of ["meetingsConnection", "countries", "leaders"]) assert.ok(q[f], `Query.${f}`);
  const where = schema.getType("MeetingWhere").getFields();
  for (const f of ["date", "hostsConnection", "guestsConnection", "attendeesConnection", "OR"]) assert.ok(where[f], `MeetingWhere.${f}`);
  const str = schema.getType("StringScalarFilters").getFields();
  for (const f of ["gte", "lte", "eq"]) assert.ok(str[f], `StringScalarFilters.${f}`);
});

for (const [short, q] of Object.entries(queries)) {
  test(`query ${short} is valid against the generated schema`, () => {
    const errors = validate(schema, parse(q.query));
    assert.deepEqual(errors.map((e) => e.message), []);
  });
}

test("a wrong field is rejected (the validation can fail)", () => {
  const errors = validate(schema, parse("{ meetingsConnection { edges { node { participants { role } } } } }"));
  assert.ok(errors.length > 0);
});
