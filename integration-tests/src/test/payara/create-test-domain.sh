#!/usr/bin/env bash
# Creates the Payara domain the integration tests run in, once, with its own ports (portbase), so that a
# development server on 8080/4848 does not clash. Hazelcast is switched off: a single test instance must not
# join another data grid on the network.
set -euo pipefail
home=$1; portbase=$2
domain=integra-test
dir="$home/glassfish/domains/$domain"
java_bin="${AS_JAVA:-${JAVA_HOME:-/usr}}/bin/java"
# The plain HTTP listener as in the run profile's pre-boot file: long request lines and headers (64 KB; a
# 10,000-character search is a long address) and no cleartext HTTP/2 (h2c), on which Grizzly answered small
# requests with 431 now and then. Applied to a domain made before these settings too, while the server is stopped.
http_listener() {
  local xml="$dir/config/domain.xml"
  line() { sed -n '/<protocol name="http-listener-1">/{n;p}' "$xml"; }
  line | grep -q 'header-buffer-length-bytes="65536"' ||
    sed -i '/<protocol name="http-listener-1">/{n;s/<http /<http header-buffer-length-bytes="65536" /}' "$xml"
  line | grep -q 'http2-enabled="false"' ||
    sed -i '/<protocol name="http-listener-1">/{n;s/<http /<http http2-enabled="false" /}' "$xml"
  line | grep -q 'header-buffer-length-bytes="65536"' && line | grep -q 'http2-enabled="false"'
}
if [ -f "$dir/config/domain.xml" ]; then http_listener; exit 0; fi
"$java_bin" -jar "$home/glassfish/lib/client/appserver-cli.jar" create-domain --nopassword=true \
  --portbase "$portbase" --checkports=false "$domain"
# Switch Hazelcast off in server-config (the first such element; the second belongs to default-config).
sed -i '0,/<hazelcast-config-specific-configuration/s//<hazelcast-config-specific-configuration enabled="false"/' \
  "$dir/config/domain.xml"
grep -q 'hazelcast-config-specific-configuration enabled="false"' "$dir/config/domain.xml"
# Uploaded archives go to the domain's own temporary folder, not the /tmp that other test servers share.
mkdir -p "$dir/tmp"
sed -i '0,/<java-config[^>]*>/s//&\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}\/tmp<\/jvm-options>/' \
  "$dir/config/domain.xml"
grep -q 'java.io.tmpdir=${com.sun.aas.instanceRoot}/tmp' "$dir/config/domain.xml"
http_listener
