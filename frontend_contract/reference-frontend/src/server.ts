// The HTTP server: node:http, one route handler for every GET path, and /static/site.css.
import { createServer } from "node:http";
import { SITE_CSS } from "./assets.js";
import { CMS_URL, HOST, PORT } from "./config.js";
import { route, type Result } from "./router.js";

const SECURITY_HEADERS = { "Content-Security-Policy": `frame-ancestors 'self' ${CMS_URL}` };

async function respond(method: string, url: URL): Promise<Result> {
  if (method !== "GET" && method !== "HEAD") {
    return { status: 405, body: "Method not allowed\n", headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" } };
  }
  if (url.pathname === "/static/site.css") {
    return { status: 200, body: SITE_CSS, headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" } };
  }
  return route(url);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://frontend.invalid");
  respond(request.method ?? "GET", url)
    .catch((error: unknown): Result => {
      console.error("Unhandled error:", error);
      return { status: 500, body: "Internal server error\n", headers: { "Content-Type": "text/plain; charset=utf-8" } };
    })
    .then((result) => {
      response.writeHead(result.status, { ...SECURITY_HEADERS, ...result.headers });
      response.end(request.method === "HEAD" ? undefined : result.body);
    });
});

server.listen(PORT, HOST, () => {
  console.log(`Reference frontend on http://${HOST}:${PORT} (CMS: ${CMS_URL})`);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
