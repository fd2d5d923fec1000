// Type-checks (tsc, npm run types) what a TypeScript frontend writes with the types that
// openapi-typescript generates from the stored document: the README's merge patch of only
// visibility, sent through openapi-fetch. A contract change that makes this fail breaks the build.
import createClient from "openapi-fetch";
import type { components, paths } from "../../../target/openapi-ts/schema";

const onlyVisibility: components["schemas"]["ProfilePatch"] = { visibility: { email: "PUBLIC" } };

const resetToDefault: components["schemas"]["ProfilePatch"] = { visibility: { website: null } };

export async function showEmail(token: string): Promise<string | undefined> {
  const client = createClient<paths>({ baseUrl: "http://localhost:8080" });
  const { data, error } = await client.PATCH("/me", {
    body: onlyVisibility,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/merge-patch+json" },
  });
  await client.PATCH("/me", { body: resetToDefault });
  if (error) {
    return error.detail;
  }
  return data.visibility.email;
}
