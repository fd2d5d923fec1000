#!/usr/bin/env python3
"""Database fault drill against the packaged service.

Runs writers against the packaged jar while a PostgreSQL cluster of its own is restarted, killed
with SIGKILL and stopped for 30 s, then checks what the service promised: every answer is a 2xx or
a 503 problem with Retry-After, no request hangs past 10 s, every error is a problem document, no
acknowledged write is lost, and the service recovers by itself.

It needs a disposable cluster, never the one other work uses (Debian's tools make one):

    pg_createcluster 15 chaos --port 5499 -- --auth=trust
    pg_ctlcluster --skip-systemctl-redirect 15 chaos start
    ./mvnw -B -ntp package -DskipTests
    python3 dev/chaos/database-faults.py --cluster 15/chaos --pg-port 5499

Only the standard library is used; tokens come from dev/DevToken.java (the dev key pair).
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter

HANG_SECONDS = 10


def sh(*args, check=True):
    return subprocess.run(args, check=check, capture_output=True, text=True).stdout.strip()


def psql(port, db, sql):
    return sh("psql", "-X", "-qtA", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", db,
              "-c", sql)


def token(subject, *roles):
    return sh("java", "dev/DevToken.java", subject, *roles)


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.violations = []
        self.slowest = 0.0

    def record(self, method, path, status, headers, body, elapsed):
        with self.lock:
            self.statuses[status] += 1
            self.slowest = max(self.slowest, elapsed)
            where = f"{method} {path}"
            if elapsed > HANG_SECONDS:
                self.violations.append(f"{where}: answered after {elapsed:.1f} s")
            if status is None:
                return
            if status >= 500 and status != 503:
                self.violations.append(f"{where}: {status} {body[:200]}")
            if status == 503 and not headers.get("retry-after"):
                self.violations.append(f"{where}: 503 without Retry-After")
            if status >= 400 and not headers.get("content-type", "").startswith(
                    "application/problem+json"):
                self.violations.append(f"{where}: {status} is not a problem document")


def call(base, method, path, tok, body=None, content_type="application/json", results=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + tok)
    if data is not None:
        request.add_header("Content-Type", content_type)
    started = time.monotonic()
    status, headers, text = None, {}, ""
    try:
        with urllib.request.urlopen(request, timeout=HANG_SECONDS + 20) as answer:
            status, headers, text = answer.status, answer.headers, answer.read().decode()
    except urllib.error.HTTPError as e:
        status, headers, text = e.code, e.headers, e.read().decode()
    except Exception as e:  # connection refused, reset or timed out: the client saw no answer
        text = repr(e)
    elapsed = time.monotonic() - started
    lowered = {k.lower(): v for k, v in dict(headers).items()}
    if results is not None:
        results.record(method, path, status, lowered, text, elapsed)
    return status, text


def writer(base, index, user_token, handle, comments_token, stop, results, acked):
    seq = 0
    while not stop.is_set():
        seq += 1
        name = f"writer {index} {seq}"
        status, _ = call(base, "PATCH", "/me", user_token, {"name": name},
                         "application/merge-patch+json", results)
        if status == 200:
            acked["names"][handle] = seq
        comment = f"c-{index}-{seq}"
        status, _ = call(base, "POST", f"/internal/profiles/{handle}/comment-ips", comments_token,
                         {"commentId": comment, "ip": "192.0.2.7",
                          "postedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
                         results=results)
        if status == 201:
            with results.lock:
                acked["comments"].add(comment)
        call(base, "GET", "/me", user_token, results=results)


def wait_ready(base, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/q/health/ready", timeout=2) as answer:
                if answer.status == 200:
                    return time.monotonic()
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit(f"not ready within {seconds} s")


def postmaster_pid(cluster):
    version, name = cluster.split("/")
    with open(f"/var/lib/postgresql/{version}/{name}/postmaster.pid") as f:
        return int(f.readline())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cluster", required=True, help="Debian cluster, e.g. 15/chaos")
    parser.add_argument("--pg-port", type=int, required=True)
    parser.add_argument("--app-port", type=int, default=18411)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--jar", default="target/quarkus-app/quarkus-run.jar")
    args = parser.parse_args()
    version, name = args.cluster.split("/")
    ctl = ["pg_ctlcluster", "--skip-systemctl-redirect", version, name]
    db = "faults_" + uuid.uuid4().hex[:8]
    psql(args.pg_port, "postgres", f"CREATE DATABASE {db}")
    env = {
        "PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
        "QUARKUS_DATASOURCE_REACTIVE_URL": f"postgresql://127.0.0.1:{args.pg_port}/{db}",
        "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://127.0.0.1:{args.pg_port}/{db}",
        "QUARKUS_DATASOURCE_USERNAME": "postgres", "QUARKUS_DATASOURCE_PASSWORD": "postgres",
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION": os.path.abspath("dev/jwt/public-key.pem"),
        "MP_JWT_VERIFY_ISSUER": "https://profile-service.dev/issuer",
        "PROFILE_TRAFFIC_ENABLED": "false", "QUARKUS_HTTP_PORT": str(args.app_port),
    }
    log = open(f"/tmp/{db}.log", "w")
    app = subprocess.Popen(["java", "-jar", args.jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{args.app_port}"
    results = Results()
    acked = {"names": {}, "comments": set()}
    stop = threading.Event()
    try:
        wait_ready(base, 90)
        comments_token = token("chaos-comments", "comments")
        threads = []
        for i in range(args.writers):
            subject = f"chaos-{uuid.uuid4().hex[:8]}"
            handle = f"chaos{uuid.uuid4().hex[:8]}"
            user_token = token(subject, "user")
            status, text = call(base, "POST", "/profiles", user_token,
                                {"handle": handle, "name": "Chaos", "email": f"{handle}@example.org"})
            assert status == 201, text
            status, text = call(base, "PUT", "/me/consents/comment_ip_logging", user_token,
                                {"granted": True})
            assert status == 200, text
            threads.append(threading.Thread(
                target=writer,
                args=(base, i, user_token, handle, comments_token, stop, results, acked)))
        for t in threads:
            t.start()
        phases = [
            ("steady", lambda: None, 10),
            ("restart (fast)", lambda: sh(*ctl, "restart", "-m", "fast"), 10),
            ("kill -9 postmaster, start 2 s later",
             lambda: (os.kill(postmaster_pid(args.cluster), signal.SIGKILL), time.sleep(2),
                      sh(*ctl, "start", check=False)), 10),
            ("stop 30 s", lambda: (sh(*ctl, "stop", "-m", "fast"), time.sleep(30),
                                   sh(*ctl, "start")), 15),
        ]
        for label, action, settle in phases:
            print(f"-- {label}", flush=True)
            action()
            time.sleep(settle)
        recovered = wait_ready(base, 30)
        stop.set()
        for t in threads:
            t.join(60)
        print(f"ready again; answers by status: {dict(results.statuses)}; "
              f"slowest {results.slowest:.2f} s")
        stored = set(psql(args.pg_port, db, "SELECT comment_id FROM comment_ip").split())
        lost = acked["comments"] - stored
        print(f"acknowledged comment IPs: {len(acked['comments'])}, lost: {len(lost)}")
        if lost:
            results.violations.append(f"lost acknowledged comment IPs: {sorted(lost)[:5]}")
        for handle, seq in acked["names"].items():
            stored_name = psql(args.pg_port, db, f"SELECT name FROM profile WHERE handle = '{handle}'")
            stored_seq = int(stored_name.split()[-1])
            if stored_seq < seq:
                results.violations.append(f"{handle}: stored write {stored_seq} older than acked {seq}")
        errors = [l for l in open(f"/tmp/{db}.log") if "Mutiny had to drop" in l
                  or "already complete" in l or "HHH000099" in l]
        if errors:
            results.violations.append(f"log: {errors[:3]}")
        print("violations:", len(results.violations))
        for v in results.violations[:40]:
            print("  ", v)
        del recovered
        return 1 if results.violations else 0
    finally:
        stop.set()
        app.terminate()
        app.wait(30)
        sh(*ctl, "start", check=False)
        psql(args.pg_port, "postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


if __name__ == "__main__":
    sys.exit(main())
