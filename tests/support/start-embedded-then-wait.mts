// Child process for tests/integration/embedded-postgres.test.ts: starts PostgreSQL in the
// given directory, says READY, and waits to be killed (as a crashing app would be).
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.ts";

const server = await startEmbeddedPostgres({ dataDir: process.argv[2]! });
console.log("READY " + server.url("postgres"));
setInterval(() => {}, 60_000);
