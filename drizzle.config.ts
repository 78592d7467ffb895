import { defineConfig } from 'drizzle-kit';

// Development only: `npm run db:generate` writes the SQL for schema changes into db/migrations,
// which is committed. Start-up applies those files; drizzle-kit is never needed to run Passerelle.
export default defineConfig({
  dialect: 'postgresql',
  // Capabilities keep their tables in src/<capability>/tables.ts; platform modules in src/platform/<module>/tables.ts.
  schema: ['./src/*/tables.ts', './src/platform/*/tables.ts'],
  out: './db/migrations',
});
