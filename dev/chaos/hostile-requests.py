#!/usr/bin/env python3
"""Hostile requests over every operation and role, against a running service.

Reads the live OpenAPI document, then sends generated requests to each operation with a token of
each role (and none): hostile path and query values, wrong JSON types, NUL and lone surrogates,
trailing garbage, missing and odd content types, huge values. It checks what the service
promises: no 5xx other than 503, no answer slower than 10 s, every error a problem document, and
the security headers on every answer.

    python3 dev/chaos/hostile-requests.py --base http://127.0.0.1:8080 [--rounds 30]

The service must trust the dev key (dev/jwt), as quarkus:dev does, or run with
MP_JWT_VERIFY_PUBLICKEY_LOCATION=dev/jwt/public-key.pem; switch rate limiting off
(PROFILE_TRAFFIC_ENABLED=false) or the limiter answers most of them with 429.
"""

import argparse
import json
import random
import socket
import subprocess
import sys
import time
import urllib.parse
from collections import Counter
from urllib.parse import urlsplit

ROLES = [None, "user", "mailer", "comments", "phonepost", "analyst", "legal-intake",
         "legal-reviewer", "events"]
HANG_SECONDS = 10

HOSTILE_TEXT = ["", " ", "a\u0000b", "\u0000", "%00", "'; DROP TABLE profile;--", "\ud800",
                "\udfff", "x" * 5000, "../../etc/passwd", "%", "%ZZ", "+31612345678",
                "alice@example.org", "4111 1111 1111 1111", "${jndi:ldap://x}", "\u202e",
                "null", "true", "-1", "0", "99999999999999999999", "1e309", "日本語", "😀"]
HOSTILE_JSON = [None, True, False, 0, -1, 2 ** 63, 1.5, "", "\u0000", "\ud800", [], {}, [None],
                {"a": "\u0000"}, "x" * 300, "true", "1"]
CONTENT_TYPES = [None, "application/json", "application/merge-patch+json", "text/plain",
                 "image/*", "*/*", "application/json; charset=latin1", "image/png", "garbage"]


def token(subject, role):
    return subprocess.run(["java", "dev/DevToken.java", subject, role], check=True,
                          capture_output=True, text=True).stdout.strip()


def raw_request(host, port, method, target, headers, body):
    """HTTP/1.1 over a socket, so malformed targets and headers go out as written."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass") + (body or b"")
    started = time.monotonic()
    with socket.create_connection((host, port), timeout=HANG_SECONDS + 5) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                    break
        except (socket.timeout, ConnectionResetError):
            pass
    elapsed = time.monotonic() - started
    raw = b"".join(chunks)
    head, _, payload = raw.partition(b"\r\n\r\n")
    head_lines = head.decode("latin-1").split("\r\n")
    status = int(head_lines[0].split()[1]) if head_lines and head_lines[0] else None
    hdrs = {}
    for line in head_lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            hdrs[k.strip().lower()] = v.strip()
    return status, hdrs, payload, elapsed


def _complete(raw):
    head, _, payload = raw.partition(b"\r\n\r\n")
    for line in head.decode("latin-1").split("\r\n"):
        if line.lower().startswith("content-length:"):
            return len(payload) >= int(line.split(":")[1])
    return False


def encode_json(value):
    return json.dumps(value, ensure_ascii=True).encode()


def fill_path(template, rnd):
    def part(name):
        choice = rnd.random()
        if choice < 0.4:
            return urllib.parse.quote(rnd.choice(HOSTILE_TEXT).encode("utf-8", "surrogatepass"),
                                      safe="")
        if choice < 0.5:
            return rnd.choice(["%", "%ZZ", "%00", "%C0%AF", "%ED%A0%80"])
        return rnd.choice(["alice", "nobody", "1", "0", "-5", "abc"])
    out = template
    while "{" in out:
        start, end = out.index("{"), out.index("}")
        out = out[:start] + part(out[start + 1:end]) + out[end + 1:]
    return out


def body_for(schema_props, rnd):
    body = {}
    for name in schema_props:
        if rnd.random() < 0.7:
            body[name] = rnd.choice(HOSTILE_JSON)
    if rnd.random() < 0.2:
        body["unknownProperty" + str(rnd.randint(0, 9))] = "x"
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    split = urlsplit(args.base)
    host, port = split.hostname, split.port or 80
    status, _, doc, _ = raw_request(host, port, "GET", "/q/openapi?format=json",
                                    {"Accept": "application/json"}, None)
    document = json.loads(doc)
    schemas = document.get("components", {}).get("schemas", {})
    tokens = {role: (token(f"hostile-{role}-{rnd.randint(0, 10**9)}", role) if role else None)
              for role in ROLES}
    operations = [(path, method.upper(), op) for path, item in document["paths"].items()
                  for method, op in item.items() if method in ("get", "post", "put", "patch",
                                                               "delete")]
    results = Counter()
    violations = []
    sent = 0
    for _ in range(args.rounds):
        for path, method, op in operations:
            for role in ROLES:
                target = fill_path(path, rnd)
                params = [p for p in op.get("parameters", []) if p.get("in") == "query"]
                query = []
                for p in params:
                    if rnd.random() < 0.6:
                        query.append(p["name"] + "=" + urllib.parse.quote(
                            rnd.choice(HOSTILE_TEXT).encode("utf-8", "surrogatepass"), safe=""))
                if rnd.random() < 0.1:
                    query.append(rnd.choice(["page=%ZZ", "limit=%", "x=%00", "cursor=" + "A" * 900]))
                if query:
                    target += "?" + "&".join(query)
                headers = {}
                if tokens[role]:
                    headers["Authorization"] = "Bearer " + tokens[role]
                if rnd.random() < 0.1:
                    headers["If-Match"] = rnd.choice(['"v1"', "*", "garbage", '"v1", W/"x"'])
                if rnd.random() < 0.1:
                    headers["Accept"] = rnd.choice(["application/problem+json", "*/*", "text/html",
                                                    "image/png", "application/xml"])
                body = None
                if method in ("POST", "PUT", "PATCH"):
                    props = []
                    content = op.get("requestBody", {}).get("content", {})
                    for media in content.values():
                        ref = media.get("schema", {}).get("$ref", "")
                        props = list(schemas.get(ref.split("/")[-1], {}).get("properties", {}))
                    kind = rnd.random()
                    if kind < 0.6:
                        body = encode_json(body_for(props, rnd))
                    elif kind < 0.7:
                        body = encode_json(body_for(props, rnd)) + b"garbage"
                    elif kind < 0.8:
                        body = b'{"name": "\\u0000", "granted": "true"}'
                    elif kind < 0.9:
                        body = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 300)))
                    else:
                        body = b'{"handle": "\\ud800"}'
                    ctype = rnd.choice(CONTENT_TYPES)
                    if ctype:
                        headers["Content-Type"] = ctype
                try:
                    status, hdrs, payload, elapsed = raw_request(host, port, method, target,
                                                                 headers, body)
                except OSError as e:
                    violations.append(f"{method} {target[:120]} [{role}]: {e!r}")
                    continue
                sent += 1
                results[status] += 1
                where = f"{method} {target[:120]} [{role}]"
                if elapsed > HANG_SECONDS:
                    violations.append(f"{where}: answered after {elapsed:.1f} s")
                if status is None:
                    violations.append(f"{where}: no answer")
                    continue
                if status >= 500 and status != 503:
                    violations.append(f"{where}: {status} {payload[:200]!r}")
                if status >= 400 and not hdrs.get("content-type", "").startswith(
                        "application/problem+json"):
                    violations.append(f"{where}: {status} without a problem document")
                if hdrs.get("x-content-type-options") != "nosniff":
                    violations.append(f"{where}: {status} without X-Content-Type-Options")
    print(f"sent {sent} requests over {len(operations)} operations and {len(ROLES)} roles")
    print("answers by status:", dict(sorted(results.items(), key=lambda kv: str(kv[0]))))
    print("violations:", len(violations))
    for v in violations[:50]:
        print("  ", v)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
