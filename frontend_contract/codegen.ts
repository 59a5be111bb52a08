// GraphQL Code Generator: TypeScript types and typed documents for the frontend contract.
//
//   schema.graphql + operations/*.graphql  ->  generated/graphql.ts
//   schema.graphql                         ->  generated/possible-types.json (Apollo Client)
//   schema.graphql                         ->  generated/introspection.json (urql graphcache)
//
// Run it with `npm run codegen` here, or `make contract-ts` from the repository root (which also
// type-checks and fails if the committed generated/graphql.ts is out of date).
//
// Versions: CLI 6 with typescript-operations 5 is the newest Codegen line that supports Node 20.
// CLI 7 needs Node 22 (its listr2 10 does), and its typescript-operations 6 replaces the
// `typescript` plugin and several options used here (enumsAsTypes, avoidOptionals): moving to it
// is a deliberate upgrade, together with Node 22 in CI.
import { readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// package.json's version is the contract's version (VERSION); the generated file names it.
const contractVersion = readFileSync(new URL("./VERSION", import.meta.url), "utf8").trim();
const packageVersion = JSON.parse(
  readFileSync(new URL("./package.json", import.meta.url), "utf8"),
).version;
if (packageVersion !== contractVersion) {
  throw new Error(
    `frontend_contract/package.json has version ${packageVersion} but VERSION is ` +
      `${contractVersion}: set package.json's "version" to ${contractVersion}.`,
  );
}

// What a normalising cache needs to match a fragment on an interface or union (`... on
// PageInterface`) to the concrete `__typename` of an answer. Without it Apollo Client guesses
// from the fragments it has seen, and urql's graphcache warns and guesses heuristically.
const cacheData = {
  // `new InMemoryCache({ possibleTypes })`: each interface and union with its object types.
  "generated/possible-types.json": {
    plugins: ["fragment-matcher"],
    config: { apolloClientVersion: 3, useExplicitTyping: false },
  },
  // `cacheExchange({ schema })`: the schema's types, minified (no descriptions) by urql's own helper.
  "generated/introspection.json": {
    plugins: ["urql-introspection"],
    config: {},
  },
} satisfies CodegenConfig["generates"];

const config: CodegenConfig = {
  overwrite: true,
  schema: "schema.graphql",
  documents: "operations/*.graphql",
  // Finding no operations fails the run, and so does an operation that does not validate
  // against the schema.
  ignoreNoDocuments: false,
  generates: {
    ...cacheData,
    "generated/graphql.ts": {
      plugins: [
        {
          add: {
            content:
              `// Generated from @library-cms/frontend-contract ${contractVersion} ` +
              "(schema.graphql and operations/*.graphql) by `npm run codegen`. Do not edit.",
          },
        },
        "typescript",
        "typescript-operations",
        "typed-document-node",
      ],
      config: {
        // Every custom scalar needs a decision here: a scalar added to the schema and not
        // listed below fails codegen instead of silently becoming `any`.
        strictScalars: true,
        scalars: {
          // ISO 8601 date, "2025-03-14".
          Date: "string",
          // ISO 8601 date and time with offset, "2025-03-14T18:00:00+01:00".
          DateTime: "string",
          // Canonical UUID text, "0f8fad5b-d9cb-469f-a165-70867728950e".
          UUID: "string",
          // A whole number >= 0 (JSON number).
          PositiveInt: "number",
          // Sanitised HTML from the CMS's rich text: safe to insert into a page as it is.
          SafeHTML: "string",
          // Rich text, served as HTML.
          RichText: "string",
          // A JSON document encoded as a string (the deprecated `jsonLd`): JSON.parse it.
          JSONString: "string",
          // A JSON object served as one (e.g. `structuredData`, schema.org JSON-LD): write it
          // into a <script type="application/ld+json"> with JSON.stringify, or narrow it to
          // schema-dts's types (structured-data/answers.ts shows the types it satisfies).
          JSON: "{ [key: string]: unknown }",
          // Arbitrary JSON of unknown shape (not in the schema today): narrow before use.
          GenericScalar: "unknown",
        },
        // Enums become string-literal unions (no runtime enum objects to import).
        enumsAsTypes: true,
        // Object fields are always present in a response (nullable ones as `null`), so they are
        // not optional: `title: string | null`, not `title?: ...` (`field: true`). Variables and
        // arguments that are nullable or have a default stay optional, so a call passes only
        // the ones it needs (`object: false` and `defaultValue: false` are what keep them so).
        avoidOptionals: {
          field: true,
          object: false,
          inputValue: false,
          defaultValue: false,
        },
        // `import type` only, so the file works with isolatedModules / verbatimModuleSyntax.
        useTypeImports: true,
      },
    },
  },
};

export default config;
