# syntax=docker/dockerfile:1
# One image for every module of The Playbook; the first argument names what to run:
#   docker run playbook spend                     one module in its own process (services/spend)
#   docker run playbook launcher --only a,b       several modules in one process (the modulith)
# Node 24 runs the TypeScript sources directly (type stripping): there is no build step.

# --- dependencies: production packages only, from the committed lock
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && rm -rf deploy/local tests tools packages/testing

# --- runtime: sources and node_modules, as an unprivileged user
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 LOG_FORMAT=json
WORKDIR /app
COPY --from=deps --chown=node:node /app /app
USER node
ENTRYPOINT ["/app/deploy/docker/run-module.sh"]
CMD ["launcher"]
