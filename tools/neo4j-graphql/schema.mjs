// The executable schema: @neo4j/graphql over the type definitions, with
// the string range filters (gte/lte) that dipgraph's date filter needs
// (dates are ISO strings) and without the deprecated filter spellings.
import { Neo4jGraphQL } from "@neo4j/graphql";
import { typeDefs } from "./typedefs.mjs";

export async function buildSchema(driver) {
  const lib = new Neo4jGraphQL({
    typeDefs,
    driver,
    features: {
      filters: { String: { GTE: true, LTE: true, GT: true, LT: true } },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return lib.getSchema();
}
