#!/bin/sh
# The image's entry point: runs one module by name (services/<name>/src/index.ts), or the launcher
# (`launcher [--only a,b] [--promote c]`: several modules in one process).
set -eu
name="${1:-launcher}"
[ "$#" -gt 0 ] && shift
case "$name" in
  launcher | modulith) exec node services/launcher/src/index.ts "$@" ;;
esac
entry="services/$name/src/index.ts"
if [ ! -f "$entry" ]; then
  echo "unknown module '$name' (expected launcher or one of: $(ls services | tr '\n' ' '))" >&2
  exit 2
fi
exec node "$entry" "$@"
