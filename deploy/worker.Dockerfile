# syntax=docker/dockerfile:1
# A Tandem worker on an NVIDIA GPU: CUDA 12 + cuDNN 9 runtime (what onnxruntime-node 1.30's CUDA
# execution provider links against), Node 20, the repository, and the CUDA provider binaries.
# Build from the repository root:  docker build -f deploy/worker.Dockerfile -t tandem-worker .
# Run:  docker run --gpus all -v tandem-worker:/var/lib/tandem tandem-worker \
#         --coordinator /ip4/…/tcp/4001/p2p/12D3… --token tdj_…
FROM nvidia/cuda:12.6.3-cudnn-runtime-ubuntu24.04

ARG NODE_MAJOR=20
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg tini \
 && mkdir -p /etc/apt/keyrings \
 && curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg \
 && echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${NODE_MAJOR}.x nodistro main" > /etc/apt/sources.list.d/nodesource.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends nodejs \
 && apt-get purge -y gnupg && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/tandem
# Manifests first: the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json .npmrc ./
COPY packages/proto/package.json packages/proto/
COPY packages/model/package.json packages/model/
COPY packages/data/package.json packages/data/
COPY packages/worker/package.json packages/worker/
COPY packages/coordinator/package.json packages/coordinator/
COPY packages/cli/package.json packages/cli/
# package.json's allowScripts denies onnxruntime-node's install script (it downloads from a host
# outside the npm registry), so install with it skipped, then run it once, on purpose, for CUDA 12.
RUN ONNXRUNTIME_NODE_INSTALL=skip npm ci --omit=dev --no-audit --no-fund \
 && cd node_modules/onnxruntime-node \
 && ONNXRUNTIME_NODE_INSTALL=cuda12 node ./script/install \
 && ls bin/napi-v*/linux/x64/ | grep -q libonnxruntime_providers_cuda.so \
 && npm cache clean --force
COPY packages packages
COPY examples examples

# One unprivileged user, uid 1000 like the coordinator image's `node`, so that the local compose
# cluster's workers can read the coordinator's ready record (mode 0600); its state lives in a volume.
RUN (userdel --remove ubuntu 2>/dev/null || true) \
 && useradd --uid 1000 --create-home --home-dir /var/lib/tandem tandem && chown tandem /var/lib/tandem
COPY deploy/worker-entrypoint.sh /usr/local/bin/tandem-worker
RUN chmod 0755 /usr/local/bin/tandem-worker
USER tandem
VOLUME /var/lib/tandem
ENV TANDEM_DEVICE=cuda TANDEM_DATA_DIR=/var/lib/tandem/worker NODE_ENV=production
# libp2p listens here for pipeline and data-parallel neighbours (publish it, or use the relay: --no-listen).
EXPOSE 4002
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/tandem-worker"]
