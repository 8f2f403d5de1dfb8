#!/usr/bin/env bash
# Creates the Payara domain the integration tests run in, once, with its own ports (portbase), so that a
# development server on 8080/4848 does not clash. Hazelcast is switched off: a single test instance must not
# join another data grid on the network.
set -euo pipefail
home=$1; portbase=$2
domain=integra-test
dir="$home/glassfish/domains/$domain"
java_bin="${AS_JAVA:-${JAVA_HOME:-/usr}}/bin/java"
# Long request lines and headers (64 KB, as in the run profile's pre-boot file): a 10,000-character search is a
# long address. Applied to a domain made before this setting too, while the server is stopped.
# Also no listener-wide X-Frame-Options (Payara's default adds SAMEORIGIN to every answer): SecurityHeadersFilter
# sets it on every page but the project banner, which partner sites frame.
# And a larger heap than Payara's 512 MB: the suite deploys one EAR per test class into this one server, and each
# undeployed application leaves some memory behind; at 45 classes the 512 MB ran out (OutOfMemoryError on deploy).
domain_settings() {
  local xml="$dir/config/domain.xml"
  sed -i '0,/<jvm-options>-Xmx512m<\/jvm-options>/s//<jvm-options>-Xmx1536m<\/jvm-options>/' "$xml"
  grep -q -- '-Xmx1536m' "$xml" || return 1
  grep -q 'header-buffer-length-bytes="65536"' "$xml" ||
    sed -i '/<protocol name="http-listener-1">/{n;s/<http /<http header-buffer-length-bytes="65536" /}' "$xml"
  grep -q 'xframe-options="false"' "$xml" ||
    sed -i '/<protocol name="http-listener-1">/{n;s/<http /<http xframe-options="false" /}' "$xml"
  grep -q 'header-buffer-length-bytes="65536"' "$xml" && grep -q 'xframe-options="false"' "$xml"
}
if [ -f "$dir/config/domain.xml" ]; then domain_settings; exit 0; fi
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
domain_settings
