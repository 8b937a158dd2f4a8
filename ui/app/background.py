"""A long solve in a background thread, held in the session: the page shows its
progress and a Cancel button while it runs, and its plan when it ends. The thread
is stopped (its event set) when the person presses Cancel, starts another solve,
or leaves the page (ui/app/main.py calls `stop_all` on every other page)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import streamlit as st

KEY = "background_jobs"


class Job:
    """`work(progress, should_stop)` in a daemon thread; the last progress it
    reported, its result or its error."""

    def __init__(self, work: Callable[[Callable[[Any], None], Callable[[], bool]], Any]):
        self.stop = threading.Event()
        self.latest: Any = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(work,), daemon=True)

    def _run(self, work) -> None:
        try:
            self.result = work(self._heard, self.stop.is_set)
        except Exception as error:  # shown to the person by the page, in words
            self.error = error

    def _heard(self, progress: Any) -> None:
        self.latest = progress

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def cancel(self, wait: float | None = 60.0) -> None:
        """Stop the solve; with `wait`, until it has returned its best plan so far."""
        self.stop.set()
        if wait:
            self.thread.join(wait)


def jobs() -> dict[str, Job]:
    return st.session_state.setdefault(KEY, {})


def start(name: str, work) -> Job:
    previous = jobs().get(name)
    if previous is not None:
        previous.cancel(wait=None)
    job = Job(work)
    jobs()[name] = job
    job.thread.start()
    return job


def stop_all() -> None:
    """Leaving the page: no solve goes on behind the person's back."""
    for name, job in list(jobs().items()):
        job.cancel(wait=None)
        del jobs()[name]
