// Prisma 6.19's CLI can diff with its JavaScript engine (no native schema engine, which
// cannot be downloaded here). Used only by tests/integration/schema-matches-migrations.test.ts.
import { PrismaPg } from "prisma6-adapter-pg";

export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
