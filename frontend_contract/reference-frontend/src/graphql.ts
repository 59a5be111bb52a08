// Runs the contract's persisted operations by name: GET with the hash, POST with the manifest's
// body only if the server answers PERSISTED_QUERY_NOT_FOUND.
import type {
  CalendarMonthQuery,
  CalendarMonthQueryVariables,
  EventDetailQuery,
  EventDetailQueryVariables,
  HomeQuery,
  HomeQueryVariables,
  PagePreviewQuery,
  PagePreviewQueryVariables,
  PageRouteQuery,
  PageRouteQueryVariables,
  ProjectDetailQuery,
  ProjectDetailQueryVariables,
  ProjectListQuery,
  ProjectListQueryVariables,
  SiteShellQuery,
  SiteShellQueryVariables,
} from "../../generated/graphql.js";
import { CMS_URL, loadManifest } from "./config.js";

/** Each operation this frontend sends: [result, variables]. */
export interface Operations {
  SiteShell: [SiteShellQuery, SiteShellQueryVariables];
  PageRoute: [PageRouteQuery, PageRouteQueryVariables];
  PagePreview: [PagePreviewQuery, PagePreviewQueryVariables];
  Home: [HomeQuery, HomeQueryVariables];
  ProjectList: [ProjectListQuery, ProjectListQueryVariables];
  ProjectDetail: [ProjectDetailQuery, ProjectDetailQueryVariables];
  CalendarMonth: [CalendarMonthQuery, CalendarMonthQueryVariables];
  EventDetail: [EventDetailQuery, EventDetailQueryVariables];
}
export type OperationName = keyof Operations;

interface ErrorEntry {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API answered with `errors` (or not with GraphQL at all). */
export class GraphQLRequestError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly errors: ErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "GraphQLRequestError";
    this.code = errors[0]?.extensions?.code;
  }
}

/** The CMS could not be reached at all. */
export class ApiUnreachableError extends Error {
  constructor(cause: unknown) {
    super(`CMS not reachable at ${CMS_URL}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ApiUnreachableError";
  }
}

const operations = loadManifest();
const ENDPOINT = `${CMS_URL}/graphql/`;

async function send(url: string, init: RequestInit): Promise<{ status: number; body: { data?: unknown; errors?: ErrorEntry[] } }> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...init.headers },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new ApiUnreachableError(error);
  }
  if (!response.headers.get("Content-Type")?.includes("json")) {
    const code = response.status === 503 ? "SERVICE_UNAVAILABLE" : undefined;
    throw new GraphQLRequestError(
      [{ message: `HTTP ${response.status}: not a GraphQL response.`, extensions: { code } }],
      response.status,
    );
  }
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: ErrorEntry[] } };
}

export async function execute<N extends OperationName>(
  name: N,
  variables: Operations[N][1],
): Promise<Operations[N][0]> {
  const operation = operations.get(name);
  if (!operation) throw new Error(`Operation ${name} is not in the manifest.`);
  const extensions = { persistedQuery: { version: 1, sha256Hash: operation.id } };
  const params = new URLSearchParams({
    operationName: name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify(extensions),
  });
  let answer = await send(`${ENDPOINT}?${params}`, { method: "GET" });
  if (answer.body.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    answer = await send(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ operationName: name, query: operation.body, variables, extensions }),
    });
  }
  const { status, body } = answer;
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, status);
  if (body.data == null) throw new GraphQLRequestError([{ message: `HTTP ${status}: no data.` }], status);
  return body.data as Operations[N][0];
}
