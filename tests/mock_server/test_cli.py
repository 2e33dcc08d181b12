"""`python -m mock_server` as a real process: READY line, banner, seed, restart, signals, bad arguments.

Each server listens on port 0 with its own database; the tests read its address from the READY
line and wait on that line and on the process's exit, with timeouts, never by sleeping.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import IO, Any
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from billing_e2e.control_api import ControlApi
from mock_server import auth
from mock_server.seed import DEMO_PASSWORD, demo_sign_ins
from tools.sign_in import sign_in_over_http

from .conftest import PASSWORD, contact

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[2]
TOKEN = "cli-test-control-token-0123"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0
COOKIE_LESS_GETS = 200
READY_RE = re.compile(
    r"^READY url=(?P<url>http://\S+) mailbox=(?P<mailbox>\S+) smtp=(?P<smtp_host>[^:\s]+):(?P<smtp_port>\d+)$"
)


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "BILLING_MOCK_CONTROL_TOKEN"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


@dataclass
class Server:
    process: subprocess.Popen[str]
    stderr_path: Path
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    stdout: list[str] = field(default_factory=list)
    url: str = ""
    mailbox: str = ""
    smtp: tuple[str, int] = ("", 0)

    def wait_ready(self) -> None:
        line = self.next_line()
        match = READY_RE.match(line)
        assert match, f"first line is not READY: {line!r}"
        self.url, self.mailbox = match["url"], match["mailbox"]
        self.smtp = (match["smtp_host"], int(match["smtp_port"]))
        while not self.stdout or self.stdout[-1] != "Press Ctrl-C to stop.":
            self.next_line()

    def next_line(self) -> str:
        try:
            line = self.lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"no output from the server within {START_TIMEOUT} s; stderr:\n{self.stderr()}")
        if line is None:
            self.process.wait(timeout=STOP_TIMEOUT)
            pytest.fail(f"the server exited with {self.process.returncode}; stderr:\n{self.stderr()}")
        self.stdout.append(line)
        return line

    def stop(self, signum: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
        return self.process.wait(timeout=STOP_TIMEOUT)

    def stderr(self) -> str:
        return self.stderr_path.read_text("utf-8", errors="replace")

    @property
    def banner(self) -> str:
        return "\n".join(self.stdout)


@contextmanager
def running(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    stderr_path = tmp_path / f"stderr-{len(list(tmp_path.glob('stderr-*')))}.txt"
    with stderr_path.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(  # noqa: S603 - our own command line
            [sys.executable, "-m", "mock_server", "--port", "0", *args],
            cwd=tmp_path,
            env=env or _environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
        )
    server = Server(process, stderr_path)
    assert process.stdout is not None
    pump = threading.Thread(target=_pump, args=(process.stdout, server.lines), daemon=True)
    pump.start()
    try:
        server.wait_ready()
        yield server
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=STOP_TIMEOUT)
        pump.join(timeout=STOP_TIMEOUT)
        process.stdout.close()


def run_to_exit(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m mock_server ARGS` run to its end (a refusal, --help), its output captured."""
    return subprocess.run(  # noqa: S603 - our own command line
        [sys.executable, "-m", "mock_server", *args],
        cwd=cwd,
        env=env or _environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )


def get_json(url: str, token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with urlopen(Request(url, headers=headers), timeout=10) as response:  # noqa: S310 - our own http URL
        return json.load(response)


def test_serves_on_a_free_port_and_stops_on_sigterm(tmp_path: Path) -> None:
    database = tmp_path / "data" / "mock.sqlite3"
    with running(tmp_path, "--db", str(database)) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.mailbox == f"{server.url}/mailbox"
        assert server.smtp[0] == "127.0.0.1"
        assert get_json(f"{server.url}/healthz") == {"status": "ok", "test_mode": False}
        assert f"Mock billing center: {server.url}/" in server.banner
        assert f"{server.url}/mailbox/api/v1/messages" in server.banner
        assert "Control API: off" in server.banner
        assert "Demo sign-ins" not in server.banner
        with pytest.raises(HTTPError) as missing:
            urlopen(f"{server.url}/_control/openapi.json", timeout=10)  # noqa: S310
        assert missing.value.code == 404
        missing.value.close()

        # The embedded SMTP sink delivers into the mailbox the banner names.
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "a@example.test", "b@example.test", "Hello sink"
        message.set_content("hi")
        with smtplib.SMTP(*server.smtp, timeout=10) as smtp:
            smtp.send_message(message)
        listed = get_json(f"{server.mailbox}/api/v1/messages")
        assert [m["Subject"] for m in listed["messages"]] == ["Hello sink"]

        assert server.stop(signal.SIGTERM) == 0
    assert database.is_file()
    with pytest.raises(ConnectionRefusedError), smtplib.SMTP(*server.smtp, timeout=5):
        pass  # the sink is gone with the server


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    with running(tmp_path, "--db", str(tmp_path / "mock.sqlite3")) as server:
        assert server.stop(signal.SIGINT) == 0
    assert "Traceback" not in server.stderr()


def test_demo_seed_survives_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "mock.sqlite3"
    control = ("--test-mode", "--control-token", TOKEN)
    with running(tmp_path, "--db", str(database), "--seed", "demo", *control) as server:
        assert f"Control API: on, {server.url}/_control/" in server.banner
        assert f"every password: {DEMO_PASSWORD}" in server.banner
        for who in demo_sign_ins():
            assert f"`{who.email}`" in server.banner
        assert sign_in_over_http(server.url, "it.self-service@demo.billing.test", DEMO_PASSWORD) == (302, "/billing")
        account = get_json(f"{server.url}/_control/accounts/1", TOKEN)
        assert server.stop() == 0
    with closing(sqlite3.connect(database)) as conn:
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("account", "user")]  # noqa: S608

    with running(tmp_path, "--db", str(database), *control) as server:
        assert "Demo sign-ins" not in server.banner
        assert sign_in_over_http(server.url, "it.self-service@demo.billing.test", DEMO_PASSWORD) == (302, "/billing")
        assert sign_in_over_http(server.url, "de.corporate@demo.billing.test", "wrong password") == (401, "")
        assert get_json(f"{server.url}/_control/accounts/1", TOKEN) == account
        assert server.stop() == 0

    # Seeding again adds nothing.
    with running(tmp_path, "--db", str(database), "--seed", "demo") as server:
        assert "Demo sign-ins" in server.banner
        assert server.stop() == 0
    with closing(sqlite3.connect(database)) as conn:
        again = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("account", "user")]  # noqa: S608
    assert again == counts


def test_cookie_less_visitors_write_no_session_rows_to_a_running_mock(tmp_path: Path) -> None:
    database = tmp_path / "mock.sqlite3"
    flags = ("--test-mode", "--control-token", TOKEN, "--fast-password-hashing")
    with running(tmp_path, "--db", str(database), *flags) as server:
        account = ControlApi(server.url, TOKEN).create_account(
            {"kind": "self_service", "locale": "de", "users": [contact("de")]}
        )
        email = account["users"][0]["email"]
        for _ in range(COOKIE_LESS_GETS):
            with urlopen(f"{server.url}/signin", timeout=10) as page:  # noqa: S310 - our own server
                assert page.status == 200
                assert page.headers["Set-Cookie"].startswith(f"{auth.VISITOR_COOKIE}=")
        assert session_rows(database) == 0
        assert sign_in_over_http(server.url, email, PASSWORD) == (302, "/billing")
        assert session_rows(database) == 1
        assert server.stop() == 0


def session_rows(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        count: int = conn.execute("SELECT COUNT(*) FROM session").fetchone()[0]
    return count


def test_control_token_from_the_environment(tmp_path: Path) -> None:
    env = _environment(BILLING_MOCK_CONTROL_TOKEN=TOKEN)
    with running(tmp_path, "--db", str(tmp_path / "mock.sqlite3"), "--test-mode", env=env) as server:
        catalog = get_json(f"{server.url}/_control/catalog", TOKEN)
        assert "openvoice" in {product["code"] for product in catalog["products"]}
        assert server.stop() == 0


def test_external_smtp_server(tmp_path: Path) -> None:
    args = ("--db", str(tmp_path / "mock.sqlite3"), "--smtp-host", "127.0.0.1", "--smtp-port", "2525")
    with running(tmp_path, *args) as server:
        assert server.mailbox == "none"
        assert server.smtp == ("127.0.0.1", 2525)
        assert server.stop() == 0


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--port", "70000"], {}, "--port must be from 0 to 65535"),
        (["--port", "eighty"], {}, "argument --port: invalid int value: 'eighty'"),
        (["--seed", "everything"], {}, "argument --seed: invalid choice: 'everything'"),
        (["--threads", "0"], {}, "--threads must be from 1 to 256"),
        (["--test-mode"], {}, "test mode needs a control token"),
        (["--test-mode", "--control-token", "short"], {}, "at least 16 characters"),
        (["--test-mode"], {"BILLING_MOCK_CONTROL_TOKEN": "short"}, "at least 16 characters"),
        (["--smtp-host", "127.0.0.1"], {}, "give both --smtp-host and --smtp-port"),
        (["--smtp-host", "127.0.0.1", "--smtp-port", "0"], {}, "--smtp-port must be from 1 to 65535"),
        (["--mail-sender", "Billing"], {}, "--mail-sender must be an address or 'Name <address>'"),
        (["--legacy-host", "not a host!"], {}, "not a host name"),
        (["--canonical-host", "billing.goto.com:x"], {}, "not a host name"),
        (["--frobnicate"], {}, "unrecognized arguments: --frobnicate"),
        (["--defect", "wrong-currency"], {}, "--defect is only for test servers: add --test-mode"),
        (
            ["--test-mode", "--control-token", TOKEN, "--defect", "no-such-defect"],
            {},
            "--defect: unknown defect 'no-such-defect'; known: place-order-renamed-it, ",
        ),
        (["--harmless", "latency"], {}, "--harmless is only for test servers: add --test-mode"),
        (
            ["--test-mode", "--control-token", TOKEN, "--harmless", "no-such-release"],
            {},
            "--harmless: unknown harmless release 'no-such-release'; known: class-names, ",
        ),
    ],
)
def test_bad_arguments_exit_2_and_write_nothing(
    tmp_path: Path, args: list[str], env: dict[str, str], message: str
) -> None:
    database = tmp_path / "var" / "mock.sqlite3"
    result = run_to_exit(tmp_path, "--db", str(database), *args, env=_environment(**env))
    assert result.returncode == 2, result.stderr
    first_line = result.stderr.splitlines()[0]
    assert first_line.startswith("error: ")
    assert message in first_line
    assert result.stdout == ""
    assert not database.exists()
    assert not database.parent.exists()


def test_a_directory_as_database_exits_2(tmp_path: Path) -> None:
    result = run_to_exit(tmp_path, "--db", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: --db must be a file, but {tmp_path} is a directory")
    assert list(tmp_path.iterdir()) == []


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with running(tmp_path, "--db", str(tmp_path / "one.sqlite3")) as server:
        port = server.url.rsplit(":", 1)[1]
        result = run_to_exit(tmp_path, "--db", str(tmp_path / "two.sqlite3"), "--port", port)
        assert result.returncode == 1
        assert f"error: cannot listen on 127.0.0.1:{port}" in result.stderr
        assert server.stop() == 0


def test_help_lists_the_options() -> None:
    result = run_to_exit(REPO, "--help")
    assert result.returncode == 0
    for option in (
        "--host",
        "--port",
        "--db",
        "--seed",
        "--smtp-host",
        "--smtp-port",
        "--test-mode",
        "--control-token",
        "--canonical-host",
        "--legacy-host",
        "--threads",
    ):
        assert option in result.stdout
