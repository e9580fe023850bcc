# syntax=docker/dockerfile:1
#
# QuickLocal images. Targets:
#   runtime (default) — the Next.js standalone server: small, non-root, health-checked.
#   tools             — full node_modules + source for `npm run worker`, `npm run seed`, `npm run db:migrate`.
#
#   docker build -t quicklocal-app .                  # runtime
#   docker build -t quicklocal-tools --target tools . # worker / seed / migrations
#
# See docker-compose.yml for a production-like stack (app, worker, PostgreSQL 15, Redis 7).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------- base
FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# ---------------------------------------------------------------- deps
# Every dependency, dev ones included (the build needs TypeScript, Tailwind, …): NODE_ENV is not
# "production" here on purpose, or npm ci would skip devDependencies.
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

# ---------------------------------------------------------------- build
FROM deps AS build
# The offline page's precache revision; pass a commit SHA for reproducible service-worker updates.
ARG BUILD_ID=docker
ENV NEXT_OUTPUT=standalone \
    BUILD_ID=${BUILD_ID}
COPY . .
# `npm run build` is `next build --webpack`: it also emits the service worker into public/sw.js.
RUN npm run build

# ---------------------------------------------------------------- tools
FROM base AS tools
ENV NODE_ENV=production \
    DATA_DIR=/app/.data
# The seed draws product initials on its generated pictures: librsvg needs a sans-serif font.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
CMD ["npm", "run", "worker"]

# ---------------------------------------------------------------- runtime
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DATA_DIR=/app/.data
# The standalone server (server.js + the traced node_modules it needs), its static assets, public/
# (icons, manifest assets and the generated sw.js) and the migrations applied at start-up.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/drizzle ./drizzle
# Writable data directory (uploads; the PGlite database when DATABASE_URL is unset). Mount a volume here.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
VOLUME ["/app/.data"]
# 200 only when both the database and the cache answer (see app/api/health/route.ts).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
