# syntax=docker/dockerfile:1
# The Tandem coordinator: no GPU needed (it plans, relays and stores checkpoints).
# Build from the repository root:  docker build -f deploy/coordinator.Dockerfile -t tandem-coordinator .
# Run:  docker run -p 4001:4001 -v tandem-coordinator:/var/lib/tandem -v "$PWD/run.json:/etc/tandem/run.json:ro" tandem-coordinator
FROM node:20-bookworm-slim

RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/tandem
COPY package.json package-lock.json .npmrc ./
COPY packages/proto/package.json packages/proto/
COPY packages/model/package.json packages/model/
COPY packages/data/package.json packages/data/
COPY packages/worker/package.json packages/worker/
COPY packages/coordinator/package.json packages/coordinator/
COPY packages/cli/package.json packages/cli/
# The coordinator runs ONNX Runtime only on CPU (step-0 init, export): skip the CUDA download.
RUN ONNXRUNTIME_NODE_INSTALL=skip npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY packages packages
COPY examples examples

RUN mkdir -p /var/lib/tandem /etc/tandem && chown node:node /var/lib/tandem
USER node
VOLUME /var/lib/tandem
ENV NODE_ENV=production
# 4001: libp2p (workers and `tandem admin`). The dashboard binds loopback inside the container: reach
# it with `docker exec` + curl, host networking, or an SSH tunnel (see docs/deploy.md).
EXPOSE 4001
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/opt/tandem/packages/cli/bin/tandem.js", "coordinator", "start"]
CMD ["--data-dir", "/var/lib/tandem/coordinator", "--run", "/etc/tandem/run.json", "--listen", "/ip4/0.0.0.0/tcp/4001", "--dashboard-port", "8080"]
