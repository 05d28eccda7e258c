"""HTTP/2 requests through curl (nghttp2, h2c prior knowledge) and the parsing of their raw responses,
for wire_check.py: headers, body frames and trailers exactly as received.
"""
import base64
import gzip
import os
import subprocess
import tempfile

class Response:
    def __init__(self, status, headers, body, trailers):
        self.status, self.headers, self.body, self.trailers = status, headers, body, trailers

    def messages(self):
        """Splits the body into (compressed flag, payload) frames; raises on a malformed body."""
        frames, rest = [], self.body
        while rest:
            if len(rest) < 5:
                raise AssertionError("body ends inside a frame prefix: %r" % rest)
            flag, size = rest[0], int.from_bytes(rest[1:5], "big")
            if len(rest) < 5 + size:
                raise AssertionError("frame of %d bytes truncated to %d" % (size, len(rest) - 5))
            frames.append((flag, rest[5:5 + size]))
            rest = rest[5 + size:]
        return frames


def frame(message, compressed=False):
    data = message.SerializeToString()
    if compressed:
        data = gzip.compress(data)
    return bytes([1 if compressed else 0]) + len(data).to_bytes(4, "big") + data


def post(port, path, body, headers=()):
    base = {"content-type": "application/grpc", "te": "trailers"}
    base.update(dict(headers))
    with tempfile.TemporaryDirectory() as tmp:
        request, head, out = (os.path.join(tmp, n) for n in ("req", "head", "body"))
        open(request, "wb").write(body)
        cmd = ["curl", "-s", "--max-time", "10", "--http2-prior-knowledge", "-X", "POST", "--data-binary", "@" + request,
               "-D", head, "-o", out, "http://127.0.0.1:%d%s" % (port, path)]
        for key, value in base.items():
            cmd += ["-H", "%s: %s" % (key, value)]
        result = subprocess.run(cmd, capture_output=True, text=True)
        # Exit 92 is curl's "HTTP/2 stream error": a server that answers before it has read the whole request may
        # then reset the stream (RST_STREAM NO_ERROR, RFC 9113 §8.1), which curl 7.88 reports although the response
        # is complete. The response still counts when its headers arrived; checks on what is missing then fail.
        complete = result.returncode == 92 and os.path.getsize(head) > 0
        if result.returncode != 0 and not complete:
            raise AssertionError("curl exit %d %s" % (result.returncode, result.stderr.strip()))
        return parse(open(head, "rb").read().decode("latin-1"), open(out, "rb").read())


def parse(head, body):
    blocks = [b for b in head.replace("\r\n", "\n").split("\n\n") if b.strip()]
    lines = blocks[0].split("\n")
    status = int(lines[0].split()[1])
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:] if ":" in line]
    trailers = [tuple(part.strip() for part in line.split(":", 1)) for b in blocks[1:] for line in b.split("\n") if ":" in line]
    return Response(status, dict(headers), body, dict(trailers))


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def grpc_status(response, where):
    """The status and message, asserting they sit where they must: 'trailers' or 'headers' (trailers-only)."""
    inside, other = (response.trailers, response.headers) if where == "trailers" else (response.headers, response.trailers)
    expect("grpc-status" in inside, "no grpc-status in the %s (headers %s, trailers %s)" % (where, response.headers, response.trailers))
    expect("grpc-status" not in other, "grpc-status also outside the %s" % where)
    return int(inside["grpc-status"]), inside.get("grpc-message", "")


def percent_decode(text):
    raw, i = bytearray(), 0
    while i < len(text):
        if text[i] == "%" and i + 2 < len(text) and all(c in "0123456789abcdefABCDEF" for c in text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw += text[i].encode("latin-1")
            i += 1
    return raw.decode("utf-8")


def b64decode(text):
    return base64.b64decode(text + "=" * (-len(text) % 4))
