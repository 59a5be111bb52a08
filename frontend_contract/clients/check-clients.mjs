// Runs every case of the frontend contract through the clients frontend teams use, configured as
// frontend_contract/README.md tells them to, and compares each client's answer with the
// server's raw answer to the same persisted operation.
//
//   CMS_URL=http://127.0.0.1:8000 CASES=cases.json node check-clients.mjs
//
// CASES: {"<Operation>": {"<case>": {variables}}} (snapshots/cases.json with preview tokens filled
// in). The server should run in allow-list mode (PERSISTED_QUERIES_ONLY), as in production.
// Prints a JSON report on stdout; tests/clients/ reads it. Exits 0 unless it could not run.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";

import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { generatePersistedQueryIdsFromManifest } from "@apollo/persisted-query-lists";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { persistedExchange } from "@urql/exchange-persisted";
import { getOperationAST, parse } from "graphql";

const contract = new URL("../", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, contract), "utf8"));
const manifest = read("persisted-operations.json");
const { possibleTypes } = read("generated/possible-types.json");
const introspection = read("generated/introspection.json");

const endpoint = new URL("/graphql/", process.env.CMS_URL).href;
const cases = JSON.parse(readFileSync(process.env.CASES, "utf8"));
const operations = new Map(manifest.operations.map((operation) => [operation.name, operation]));

/** The server's own answer: the persisted id alone, over GET, as the clients below send it. */
async function rawAnswer(operation, variables) {
  const url = new URL(endpoint);
  url.searchParams.set("operationName", operation.name);
  url.searchParams.set("variables", JSON.stringify(variables));
  url.searchParams.set(
    "extensions",
    JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.id } }),
  );
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  return response.json();
}

// Apollo Client 4: persisted ids from the manifest (Apollo's persisted-query-lists), GET for
// hashed queries, the normalised cache told the schema's interfaces and unions.
function apolloClient() {
  return new ApolloClient({
    cache: new InMemoryCache({ possibleTypes }),
    link: new PersistedQueryLink({
      ...generatePersistedQueryIdsFromManifest({ loadManifest: () => manifest }),
      useGETForHashedQueries: true,
    }).concat(new HttpLink({ uri: endpoint })),
  });
}

async function apolloQuery(client, document, variables, fetchPolicy) {
  const result = await client.query({ query: document, variables, fetchPolicy, errorPolicy: "all" });
  return result.data;
}

// urql with graphcache: persisted ids only (enforcePersistedQueries, the allow-list mode), the
// cache given the schema so it matches fragments on interfaces exactly, and objects without an
// `id` embedded in their parent instead of warned about.
const keyless = Object.fromEntries(
  introspection.__schema.types
    .filter((type) => type.kind === "OBJECT" && !type.name.startsWith("__"))
    .filter((type) => !type.fields.some((field) => field.name === "id"))
    .map((type) => [type.name, () => null]),
);

function urqlClient() {
  return new Client({
    url: endpoint,
    exchanges: [
      cacheExchange({ schema: introspection, keys: keyless }),
      persistedExchange({
        enforcePersistedQueries: true,
        preferGetForPersistedQueries: true,
        generateHash: async (_query, document) =>
          operations.get(getOperationAST(document)?.name?.value)?.id,
      }),
      fetchExchange,
    ],
  });
}

async function urqlQuery(client, document, variables, requestPolicy) {
  const result = await client.query(document, variables, { requestPolicy }).toPromise();
  return result.data;
}

// A preview answer holds a draft under the public page's `__typename` and `id`: written into the
// cache public screens read, it would show the draft there. So previews get a client of their
// own and, in Apollo, no cache at all (frontend_contract/README.md, "Clients").
const CLIENTS = {
  apollo: { make: apolloClient, query: apolloQuery, preview: "no-cache" },
  urql: { make: urqlClient, query: urqlQuery, preview: "network-only" },
};
const PREVIEW = "PagePreview";

const warnings = [];
for (const method of ["warn", "error"]) {
  const original = console[method];
  console[method] = (...args) => {
    warnings.push(args.map(String).join(" "));
    original.call(console, ...args);
  };
}
// The clients print to stdout with console.log too; the report must stay the only output there.
console.log = (...args) => process.stderr.write(`${args.map(String).join(" ")}\n`);

const runs = [];
for (const [name, byCase] of Object.entries(cases)) {
  const operation = operations.get(name);
  if (operation === undefined) throw new Error(`${name} is not in persisted-operations.json`);
  for (const [caseName, variables] of Object.entries(byCase)) {
    runs.push({ operation, caseName, variables, document: parse(operation.body) });
  }
}

const report = { results: [], warnings };
for (const [clientName, client] of Object.entries(CLIENTS)) {
  // One client, and so one cache, for every case, as one site's frontend has: an answer that
  // overwrote another's objects in the cache shows in the second pass, read from the cache.
  const instance = client.make();
  const raw = new Map();
  for (const run of runs) {
    const answer = await rawAnswer(run.operation, run.variables);
    const data =
      run.operation.name === PREVIEW
        ? await client.query(client.make(), run.document, run.variables, client.preview)
        : await client.query(instance, run.document, run.variables, "network-only");
    report.results.push(compare(clientName, "network", run, answer, data));
    if (run.operation.name !== PREVIEW) raw.set(run, answer);
  }
  for (const run of raw.keys()) {
    const data = await client.query(instance, run.document, run.variables, "cache-only");
    report.results.push(compare(clientName, "cache", run, raw.get(run), data));
  }
}

function compare(client, pass, run, answer, data) {
  const same = answer.errors === undefined && isDeepStrictEqual(data, answer.data);
  return {
    client,
    pass,
    operation: run.operation.name,
    case: run.caseName,
    same,
    ...(same ? {} : { expected: answer, received: data ?? null }),
  };
}

process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
