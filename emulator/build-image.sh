#!/usr/bin/env bash
# Builds the emulator's container image, ycspring/yandex-cloud-emulator, from jars built on this machine.
#
# BASE_IMAGE (default eclipse-temurin:17-jre) is any image with Java 17+ as `java`. When it is neither present nor
# pullable (no registry reachable), a JRE image is made from Debian's packages with debootstrap (root, about two
# minutes) and imported as ycspring/debian-jre:17.
set -euo pipefail
cd "$(dirname "$0")/.."

image=${IMAGE:-ycspring/yandex-cloud-emulator}
base=${BASE_IMAGE:-eclipse-temurin:17-jre}
debian_base=ycspring/debian-jre:17

if ! docker image inspect "$base" >/dev/null 2>&1 && ! timeout 60 docker pull -q "$base" >/dev/null 2>&1; then
  base=$debian_base
  if ! docker image inspect "$base" >/dev/null 2>&1; then
    echo "no $base: making it from Debian's packages with debootstrap"
    root=$(mktemp -d)
    debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$root" >/dev/null
    tar -C "$root" -c . | docker import - "$base" >/dev/null
    rm -rf "$root"
  fi
fi

./mvnw -B -q -pl emulator -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
rm -rf emulator/target/image-lib
./mvnw -B -q -pl emulator org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/image-lib
cp "$(ls emulator/target/yandex-cloud-emulator-*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)" \
  emulator/target/image-lib/
docker build -q --build-arg BASE_IMAGE="$base" -f emulator/Dockerfile -t "$image" . >/dev/null
echo "built $image on $base: $(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1000000}')"
