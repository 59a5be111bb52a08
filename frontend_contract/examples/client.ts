// A minimal typed client for the CMS's GraphQL API, for frontends to copy.
//
// `execute(SomeDocument, variables)` takes a document from generated/graphql.ts, so both its
// variables and its result are typed. It sends the operation as an Apollo persisted query: first
// a GET with only the operation's hash (cacheable by the browser and CDNs); if the server does
// not know the hash yet, a POST with the document, which the server then registers.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { getOperationAST } from "graphql";
import manifest from "../persisted-operations.json";
import { ProjectListDocument } from "../generated/graphql";

/** The CMS's GraphQL endpoint. */
const GRAPHQL_URL = "https://cms.example.org/graphql/";

/** One entry of `errors` in a GraphQL response. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  /** `code` is one of the API's error codes, e.g. "UNKNOWN_LOCALE" or "PAGE_OUT_OF_RANGE". */
  extensions?: { code?: string; [key: string]: unknown };
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/** The API answered with errors (or not with GraphQL at all). */
export class GraphQLRequestError extends Error {
  /** `extensions.code` of the first error, e.g. "UNKNOWN_LOCALE". */
  readonly code: string | undefined;

  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "GraphQLRequestError";
    this.code = errors[0]?.extensions?.code;
  }
}

// The persisted operations by name: their hash (`id`) and their exact text (`body`).
const persistedOperations = new Map(
  manifest.operations.map((operation) => [operation.name, operation]),
);

export async function execute<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const name = getOperationAST(document)?.name?.value;
  const operation = name === undefined ? undefined : persistedOperations.get(name);
  if (operation === undefined) {
    throw new Error(`Operation ${name ?? "(unnamed)"} is not in persisted-operations.json.`);
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash: operation.id } };

  // 1. The hash alone, over GET.
  let answer = await send<TResult>(
    `${GRAPHQL_URL}?${new URLSearchParams({
      operationName: operation.name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify(extensions),
    })}`,
    { method: "GET" },
  );

  // 2. Not known yet: the hash with the document, over POST. The document must be the
  //    manifest's body exactly as it is (not a re-printed document), or its hash will not match.
  if (answer.body.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    answer = await send<TResult>(GRAPHQL_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        operationName: operation.name,
        query: operation.body,
        variables,
        extensions,
      }),
    });
  }

  const { status, body } = answer;
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors, status);
  }
  if (body.data == null) {
    throw new GraphQLRequestError([{ message: `HTTP ${status}: no data in the answer.` }], status);
  }
  return body.data;
}

async function send<TResult>(
  url: string,
  init: RequestInit,
): Promise<{ status: number; body: GraphQLResponse<TResult> }> {
  const response = await fetch(url, {
    ...init,
    headers: { Accept: "application/json", ...init.headers },
  });
  if (!response.headers.get("Content-Type")?.includes("json")) {
    const message = `HTTP ${response.status} ${response.statusText}: not a GraphQL response.`;
    throw new GraphQLRequestError([{ message }], response.status);
  }
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TResult> };
}

// Usage: the variables are checked against the operation, and `data` has its result's type.
export async function firstProjectTitle(): Promise<string | undefined> {
  try {
    const data = await execute(ProjectListDocument, { locale: "sl", perPage: 20 });
    return data.projects.items[0]?.title;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "UNKNOWN_LOCALE") {
      return undefined;
    }
    throw error;
  }
}

// The compiler refuses a call that does not match the operation.
export async function typeErrors(): Promise<void> {
  // @ts-expect-error: $locale is required.
  await execute(ProjectListDocument, { perPage: 20 });
  // @ts-expect-error: $perPage is an Int.
  await execute(ProjectListDocument, { locale: "sl", perPage: "20" });
  const data = await execute(ProjectListDocument, { locale: "sl" });
  // @ts-expect-error: ProjectList does not select `body`.
  void data.projects.items[0]?.body;
}
