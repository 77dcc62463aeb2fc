"""Cumulo's debugger inside a Python function's process.

Cumulo's runtime client loads this module when $CUMULO_DEBUG_PORT is set. It connects to Cumulo on that loopback port,
receives the breakpoints, and runs the handler under a bdb.Bdb subclass when any are set (at full speed otherwise).
At a breakpoint or after a step it reports the stack and waits for Cumulo's commands: variables, children of a value,
evaluate an expression, continue, step over, into or out. One JSON object per line each way.
"""
import bdb
import json
import os
import queue
import socket
import sys
import threading

MAX_TEXT = 500
MAX_CHILDREN = 1000
HIDDEN_MODULES = ("__main__", "cumulo_debug", "bdb")


def clip(text):
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "\u2026"


class Channel:
    def __init__(self, port, token):
        self.sock = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        self.sock.settimeout(None)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reader = self.sock.makefile("r", encoding="utf-8")
        self.lock = threading.Lock()
        self.send({"event": "hello", "token": token, "pid": os.getpid()})

    def send(self, message):
        data = (json.dumps(message) + "\n").encode("utf-8")
        with self.lock:
            self.sock.sendall(data)

    def receive(self):
        line = self.reader.readline()
        return json.loads(line) if line else None


class Debugger(bdb.Bdb):
    def __init__(self, channel):
        super().__init__(skip=list(HIDDEN_MODULES))
        self.channel = channel
        self.commands = queue.Queue()
        self.updates = queue.Queue()
        self.ids = {}
        self.logs = {}
        self.refs = []
        self.frames = []
        self.connected = True
        self.started = threading.Event()
        threading.Thread(target=self._read, name="cumulo-debug", daemon=True).start()

    # ---- the connection, read on its own thread -------------------------------------------------------------------
    def _read(self):
        while True:
            try:
                message = self.channel.receive()
            except (OSError, ValueError):
                message = None
            if message is None:
                self.connected = False
                self.updates.put([])
                self.commands.put({"op": "continue"})
                self.started.set()
                return
            op = message.get("op")
            if op == "breakpoints":
                self.updates.put(message.get("breakpoints", []))
                self.channel.send({"reply": message["seq"]})
            elif op == "go":
                self.started.set()
            else:
                self.commands.put(message)

    # ---- breakpoints, applied on the main thread between and during pauses ---------------------------------------
    def apply_updates(self):
        latest = None
        while True:
            try:
                latest = self.updates.get_nowait()
            except queue.Empty:
                break
        if latest is not None:
            self._set_breakpoints(latest)

    def _set_breakpoints(self, breakpoints):
        self.clear_all_breaks()
        self.ids = {}
        self.logs = {}
        for b in breakpoints:
            filename = self.canonic(b["file"])
            if self.set_break(filename, b["line"], cond=b.get("condition")):
                continue
            number = self.get_breaks(filename, b["line"])[-1].number
            self.ids[number] = b["id"]
            if b.get("log") is not None:
                self.logs[b["id"]] = b["log"]

    def call(self, func, *args):
        """Runs func(*args) under the debugger when breakpoints are set, directly otherwise."""
        self.apply_updates()
        if not self.breaks or not self.connected:
            return func(*args)
        self.reset()
        self._set_stopinfo(sys._getframe(), None, -1)
        sys.settrace(self.trace_dispatch)
        try:
            return func(*args)
        finally:
            self.quitting = True
            sys.settrace(None)

    # ---- stopping ---------------------------------------------------------------------------------------------------
    def user_line(self, frame):
        if not self.connected:
            self.set_continue()
            return
        if self.stop_here(frame):
            self.pause(frame, "step", [])
            return
        hit = self.ids.get(getattr(self, "currentbp", None))
        if hit is None:
            return
        if hit in self.logs:
            sys.stdout.write(self._format(frame, self.logs[hit]) + "\n")
            return
        self.pause(frame, "breakpoint", [hit])

    def _format(self, frame, template):
        out, i = [], 0
        while i < len(template):
            close = template.find("}", i) if template[i] == "{" else -1
            if close > i:
                try:
                    out.append(str(eval(template[i + 1:close], frame.f_globals, frame.f_locals)))
                except Exception as e:
                    out.append("<%s: %s>" % (type(e).__name__, e))
                i = close + 1
            else:
                out.append(template[i])
                i += 1
        return "".join(out)

    def pause(self, frame, reason, ids):
        while not self.commands.empty():
            self.commands.get_nowait()
        self.frames = self._stack(frame)
        self.refs = []
        self.channel.send({"event": "paused", "reason": reason, "breakpoints": ids, "frames": [
            {"name": f.f_code.co_name, "file": os.path.abspath(f.f_code.co_filename), "line": f.f_lineno}
            for f in self.frames]})
        while True:
            command = self.commands.get()
            op = command.get("op")
            if op == "continue":
                self.set_continue()
                break
            if op == "step":
                kind = command.get("kind")
                if kind == "into":
                    self.set_step()
                elif kind == "out":
                    self.set_return(frame)
                else:
                    self.set_next(frame)
                break
            self._answer(command)
            self.apply_updates()
        self.frames = []
        self.refs = []

    def _stack(self, frame):
        frames = []
        f = frame
        while f is not None and f is not self.botframe:
            name = f.f_globals.get("__name__", "")
            if name not in HIDDEN_MODULES and not f.f_code.co_filename.startswith("<frozen"):
                frames.append(f)
            f = f.f_back
        return frames or [frame]

    # ---- what Cumulo asks while paused ------------------------------------------------------------------------------
    def _answer(self, command):
        op = command.get("op")
        reply = {"reply": command.get("seq")}
        try:
            if op == "variables":
                reply["variables"] = self._locals(self.frames[command.get("frame", 0)])
            elif op == "children":
                reply["variables"] = self._children(self.refs[command["ref"] - 1])
            elif op == "evaluate":
                frame = self.frames[command.get("frame", 0)]
                value = eval(command["expression"], frame.f_globals, frame.f_locals)
                reply["variable"] = self.describe(command["expression"], value)
            else:
                reply["error"] = "unknown command %s" % op
        except Exception as e:
            reply["error"] = "%s: %s" % (type(e).__name__, e)
        self.channel.send(reply)

    def _locals(self, frame):
        module_level = frame.f_locals is frame.f_globals
        out = []
        for name, value in list(frame.f_locals.items()):
            if module_level and (name.startswith("__") or type(value).__name__ in ("module", "function", "type")):
                continue
            out.append(self.describe(name, value))
        return out

    def _children(self, value):
        if isinstance(value, dict):
            items = [(repr(k), v) for k, v in value.items()]
        elif isinstance(value, (list, tuple)):
            items = [("[%d]" % i, v) for i, v in enumerate(value)]
        elif isinstance(value, (set, frozenset)):
            items = [("[%d]" % i, v) for i, v in enumerate(sorted(value, key=repr))]
        else:
            items = list(getattr(value, "__dict__", {}).items())
            for slot in getattr(type(value), "__slots__", ()):
                if hasattr(value, slot):
                    items.append((slot, getattr(value, slot)))
        return [self.describe(name, v) for name, v in items[:MAX_CHILDREN]]

    def describe(self, name, value):
        expandable = (isinstance(value, (dict, list, tuple, set, frozenset)) and len(value) > 0) or (
            hasattr(value, "__dict__") and not callable(value) and type(value).__name__ != "module")
        ref = 0
        if expandable:
            self.refs.append(value)
            ref = len(self.refs)
        try:
            text = repr(value)
            if " object at 0x" in text and hasattr(value, "__dict__"):
                text = "%s %s" % (type(value).__name__, {k: v for k, v in vars(value).items()})
        except Exception as e:
            text = "<repr failed: %s>" % e
        return {"name": name, "type": type(value).__name__, "value": clip(text), "ref": ref}


def attach(port, token):
    """Connects to Cumulo, takes the first breakpoints and waits until Cumulo lets the function start."""
    debugger = Debugger(Channel(port, token))
    debugger.started.wait(10)
    return debugger
