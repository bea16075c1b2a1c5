#!/usr/bin/env bash
# Builds dcgraph's container image without a Docker daemon or a registry, then proves it runs: unpacks the image's
# layers into a root folder, starts its entrypoint there (chroot in new mount and pid namespaces, as the user the
# image names), with a store mounted at /store, and asks /$/ping and a named query. Needs root (for the
# namespaces and the mounts), Java 17 with its jmods, Maven and jq.
#   ops/image.sh [STORE]     (without STORE, a store is built from the bundled corpus)
# Writes target/jib-image.tar; prints the image's size and how long it took to answer.
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/replicas.sh
port=${DCGRAPH_IMAGE_PORT:-3390}
root=target/image-root
work=$(mktemp -d /tmp/dcgraph-image.XXXXXX)
container=
finish() {
  if [ -n "$container" ]; then
    # The server is the first process of its pid namespace: when it ends, the namespace and unshare end with it.
    kill -TERM $(pgrep -P "$container") 2>/dev/null || true
    wait "$container" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap finish EXIT

# 1. What the empty base lacks: a Java runtime cut down to the modules dcgraph uses, and the C libraries it links.
rm -rf "$root" && mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/store" "$root/proc" "$root/dev"
jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/opt/java"
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib/ { print $1 }' | sort -u |
  while read -r lib; do mkdir -p "$root$(dirname "$lib")" && cp -L "$lib" "$root$lib"; done
echo "dcgraph:x:65532:65532:dcgraph:/tmp:/sbin/nologin" >"$root/etc/passwd"
echo "dcgraph:x:65532:" >"$root/etc/group"

# 2. The image: Jib lays the application's dependencies, resources and classes over that root.
mvn -B -q -Pimage package -DskipTests
image=target/jib-image.tar
echo "image $image: $(du -m "$image" | cut -f1) MB as a tar ($(tar -tf "$image" | grep -c 'tar.gz$') layers)"

# 3. Unpacked as a container runtime would unpack it.
mkdir -p "$work/image" "$work/rootfs"
tar -xf "$image" -C "$work/image"
for layer in $(jq -r '.[0].Layers[]' "$work/image/manifest.json"); do tar --warning=no-unknown-keyword -xzf "$work/image/$layer" -C "$work/rootfs"; done
config="$work/image/$(jq -r '.[0].Config' "$work/image/manifest.json")"
mapfile -t command < <(jq -r '.config.Entrypoint[], .config.Cmd[]' "$config")
user=$(jq -r '.config.User' "$config")
echo "unpacked: $(du -sm "$work/rootfs" | cut -f1) MB; user $user; entrypoint and arguments: ${command[*]}"

# 4. A store, the replica's own copy, writable by the image's user (TDB2 and Lucene take their locks inside it).
if [ $# -ge 1 ]; then store=$1; else
  store="$work/built"
  java -Xmx1g -jar target/dcgraph.jar build --corpus src/main/resources/corpus --store "$store" >/dev/null 2>&1
fi
copy_store "$store" "$work/store"
chown -R "$user" "$work/store"

! pings "$port" || die "port $port already answers: stop what serves it, or set DCGRAPH_IMAGE_PORT"
started=$(date +%s%N)
unshare --mount --pid --fork --kill-child sh -c 'w=$1 u=$2; shift 2
  mount --bind "$w/store" "$w/rootfs/store" && mount -t proc proc "$w/rootfs/proc" && mount --rbind /dev "$w/rootfs/dev" &&
  exec chroot --userspec="$u" "$w/rootfs" "$@"' sh "$work" "$user" "${command[@]}" --port "$port" \
  >"$work/container.log" 2>&1 &
container=$!
wait_for "the image's server to answer /\$/ping on port $port" 180 pings "$port" || { cat "$work/container.log"; exit 1; }
echo "answered /\$/ping after $((($(date +%s%N) - started) / 1000000)) ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
curl -sf "http://127.0.0.1:$port/\$/ping" && echo
curl -sf "http://127.0.0.1:$port/queries/documents?format=csv"
echo "resident memory of the server: $(ps -o rss= -p "$(pgrep -P "$container" -n)" | awk '{ printf "%d MB", $1 / 1024 }')"
