#!/bin/sh
# Measures the event relay on this machine (docs/events.md quotes the figures): events/s through
# the relay to the local RabbitMQ (127.0.0.1:5672, guest/guest), and how long the backlog of a
# 30 s broker outage takes to drain. The outage is a TCP proxy the test cuts; the shared broker is
# never touched. Needs a quiet machine. Figures land in target/relay-measurement.txt.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=RelayMeasurementTest -Devents.measure=true -Dsurefire.failIfNoSpecifiedTests=false
cat target/relay-measurement.txt
