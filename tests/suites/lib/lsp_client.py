"""A small scripted client of the Language Server Protocol, for the suites that drive `jxc lsp`.

    c = Client([jxc, "lsp"], cwd=...)
    c.request("initialize", {...}) -> the result (raises ServerError on an error response)
    c.notify("textDocument/didOpen", {...})
    c.wait_notification("textDocument/publishDiagnostics") -> its params
    c.close() -> the server's exit status
"""
import json
import subprocess
import threading
import queue


class ServerError(Exception):
    def __init__(self, error):
        super().__init__(error.get("message"))
        self.error = error


class Client:
    def __init__(self, argv, cwd=None, env=None):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd, env=env)
        self.next_id = 1
        self.messages = queue.Queue()
        self.pending = []  # notifications read while waiting for a response
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").rstrip("\r\n")
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send_raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def _next(self, timeout=10):
        m = self.messages.get(timeout=timeout)
        if m is None:
            raise EOFError("the server closed its output")
        return m

    def response(self, id, timeout=10):
        """The response with this id (None: any response to nothing we sent, an error with id null)."""
        while True:
            m = self._next(timeout)
            if "method" in m:
                self.pending.append(m)
                continue
            if m.get("id") == id:
                return m
            raise AssertionError(f"unexpected message {m}")

    def request(self, method, params=None):
        id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        m = self.response(id)
        if "error" in m:
            raise ServerError(m["error"])
        return m.get("result")

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_notification(self, method, timeout=10, match=None):
        """The params of the next notification of `method` (for which match(params) is true)."""
        ok = (lambda m: m.get("method") == method and (match is None or match(m.get("params"))))
        for i, m in enumerate(self.pending):
            if ok(m):
                return self.pending.pop(i)["params"]
        while True:
            m = self._next(timeout)
            if ok(m):
                return m["params"]
            self.pending.append(m)

    def close(self, timeout=10):
        self.proc.stdin.close()
        return self.proc.wait(timeout)
