"""Headless Chromium for the report's tests and benchmark: a driver over the DevTools protocol
(--remote-debugging-pipe) that sees each page's own requests, and a proxy that records every
connection the browser makes. Used by check-report.py and tests/bench/bench-report.py."""

import fcntl
import http.server
import json
import os
import select
import socketserver
import subprocess
import tempfile


# ---- a proxy that records every connection ---------------------------------------------------

class Recorder(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self):
        self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def handle_one_request(inner):
                try:
                    line = inner.rfile.readline(65537).decode('latin-1').strip()
                except OSError:
                    line = ''
                self.requests.append(line or '(connection)')
                try:
                    inner.wfile.write(b'HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
                except OSError:
                    pass
                inner.close_connection = True

            def log_message(inner, *a):
                pass

        super().__init__(('127.0.0.1', 0), Handler)


CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
                  '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-extensions',
                  '--disable-default-apps', '--hide-scrollbars']


class Browser:
    """Headless Chromium driven through the DevTools protocol on a pipe (--remote-debugging-pipe:
    JSON messages ended by NUL on file descriptors 3 and 4), so that the requests of each page
    are seen through its own Network events, apart from the browser's own background traffic.
    Everything the browser sends outside goes to the recording proxy."""

    def __init__(self, chromium, profile, proxy_port):
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()
        # the child's ends go to 3 and 4; copies above 4 first, so that none is clobbered
        hi = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child)]
        for fd in (to_child, from_child):
            os.close(fd)

        def fds():
            os.dup2(hi[0], 3)
            os.dup2(hi[1], 4)
        cmd = [chromium] + CHROMIUM_FLAGS + ['--user-data-dir=' + profile, '--remote-debugging-pipe',
                                             f'--proxy-server=http://127.0.0.1:{proxy_port}',
                                             '--proxy-bypass-list=<-loopback>', 'about:blank']
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS='disabled:')
        self._err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, preexec_fn=fds, pass_fds=(3, 4), stdout=subprocess.DEVNULL,
                                     stderr=self._err, env=env)
        for fd in hi:
            os.close(fd)
        self._buf = b''
        self._id = 0
        self.events = []

    def stderr(self):
        self._err.seek(0)
        return self._err.read().decode('utf-8', 'replace')[-1500:]

    def _recv(self, timeout):
        while b'\0' not in self._buf:
            ready, _, _ = select.select([self._read], [], [], timeout)
            if not ready:
                raise TimeoutError('chromium did not answer: ' + self.stderr())
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise EOFError('chromium closed the pipe: ' + self.stderr())
            self._buf += chunk
        msg, self._buf = self._buf.split(b'\0', 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None, timeout=300):
        self._id += 1
        msg = {'id': self._id, 'method': method, 'params': params or {}}
        if session:
            msg['sessionId'] = session
        os.write(self._write, json.dumps(msg).encode() + b'\0')
        while True:
            reply = self._recv(timeout)
            if reply.get('id') == self._id:
                if 'error' in reply:
                    raise RuntimeError(f'{method}: {reply["error"]}')
                return reply.get('result', {})
            self.events.append(reply)

    def wait_event(self, method, session, timeout=300):
        for e in self.events:
            if e.get('method') == method and e.get('sessionId') == session:
                return e
        while True:
            e = self._recv(timeout)
            self.events.append(e)
            if e.get('method') == method and e.get('sessionId') == session:
                return e

    def open(self, url, width=1000, height=1400):
        """A new tab showing `url`, loaded, its fonts ready; returns its session."""
        target = self.call('Target.createTarget', {'url': 'about:blank'})['targetId']
        session = self.call('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        self.call('Network.enable', session=session)
        self.call('Page.enable', session=session)
        self.call('Emulation.setDeviceMetricsOverride', {'width': width, 'height': height, 'deviceScaleFactor': 1,
                                                         'mobile': False}, session=session)
        self.call('Page.navigate', {'url': url}, session=session)
        self.wait_event('Page.loadEventFired', session)
        self.call('Runtime.evaluate', {'expression': 'document.fonts.ready.then(() => 1)', 'awaitPromise': True},
                  session=session)
        return session

    def requests(self, session):
        """The URLs the page asked for and got asked, and those refused (URL, why)."""
        asked, refused = {}, {}
        for e in self.events:
            if e.get('sessionId') != session:
                continue
            if e.get('method') == 'Network.requestWillBeSent':
                asked[e['params']['requestId']] = e['params']['request']['url']
            elif e.get('method') == 'Network.loadingFailed' and e['params'].get('blockedReason'):
                refused[e['params']['requestId']] = e['params']['blockedReason']
        return ([u for rid, u in asked.items() if rid not in refused],
                [(asked.get(rid, '?'), why) for rid, why in refused.items()])

    def close(self):
        try:
            self.call('Browser.close', timeout=60)
        except (OSError, EOFError, TimeoutError, RuntimeError):
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._err.close()
        os.close(self._read)
        os.close(self._write)
