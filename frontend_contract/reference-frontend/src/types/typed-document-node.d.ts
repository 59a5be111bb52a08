// Minimal stand-in for @graphql-typed-document-node/core: generated/graphql.ts only needs the
// type; this frontend sends documents from persisted-operations.json, never these objects.
export interface TypedDocumentNode<TResult = unknown, TVariables = unknown> {
  readonly kind: string;
  readonly __apiType?: (variables: TVariables) => TResult;
}
