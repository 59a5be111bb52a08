// graphql-http's server audits (the GraphQL-over-HTTP specification's reference suite) against a
// running CMS: `CMS_URL=http://127.0.0.1:8000 node audit.mjs`. Prints every audit's result as
// JSON on stdout; tests/clients/ requires each to be "ok" (MUSTs and SHOULDs alike).
import { serverAudits } from "graphql-http";

const url = new URL("/graphql/", process.env.CMS_URL).href;
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    ...(result.status === "ok" ? {} : { reason: result.reason }),
  });
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
