// Lints Cypher statements with Neo4j's own front end (@neo4j-cypher/language-support).
// Input: a JSON file {labels, relationshipTypes, statements: [{name, text}]}.
// Output: JSON [{name, diagnostics: [{severity, message, offset}]}] on stdout.
// The procedure and function catalogue is the package's recorded Neo4j 5 database schema, so an
// unknown procedure (e.g. a FalkorDB one) is reported as it would be by a real server.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const recorded = testData.mockSchema;
const results = input.statements.map(({ name, text }) => {
  const parameters = {};
  for (const match of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[match[1]] = null;
  const schema = {
    procedures: recorded.procedures,
    functions: recorded.functions,
    labels: input.labels,
    relationshipTypes: input.relationshipTypes,
    parameters,
    defaultLanguage: 'CYPHER 5',
  };
  const { diagnostics } = lintCypherQuery(text, schema);
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity, message: d.message, offset: d.offsets?.start ?? null,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
