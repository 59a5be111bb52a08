"""A django-tasks backend that runs each task in a background thread once the transaction commits.

django-tasks 0.12 ships only the immediate and dummy backends (its database backend is the
separate ``django-tasks-db`` package). The immediate backend runs a task inside ``enqueue``: a
webhook task would make a publish wait for the receiver's HTTP answer. This backend runs the
same code the same way, but in a daemon thread started after the current transaction commits,
so the request that enqueued it returns at once.

What a thread cannot promise (it dies with its process) the webhook deliveries table makes up
for: every delivery is a row first, and ``manage.py deliver_webhooks`` sends whatever is due,
including retries, which this backend cannot defer (``supports_defer`` is False).
"""

import atexit
import threading
import time

from django.db import connections, transaction
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

_threads: set[threading.Thread] = set()
_threads_lock = threading.Lock()


class BackgroundThreadBackend(ImmediateBackend):
    supports_async_task = False

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        task_result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        transaction.on_commit(lambda: self._start(task_result))
        return task_result

    def _start(self, task_result):
        thread = threading.Thread(
            target=self._run, args=(task_result,), name=f"task-{task_result.id}", daemon=True
        )
        with _threads_lock:
            _threads.add(thread)
        thread.start()

    def _run(self, task_result):
        try:
            self._execute_task(task_result)
        finally:
            # The thread's own database connections: nobody else will close them.
            connections.close_all()
            with _threads_lock:
                _threads.discard(threading.current_thread())


def wait_for_background_tasks(timeout: float = 10.0) -> bool:
    """Wait up to ``timeout`` seconds in all for the threads still running tasks (tests, and
    process exit); True if they all ended."""
    deadline = time.monotonic() + timeout
    with _threads_lock:
        running = list(_threads)
    for thread in running:
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in running)


# A short-lived process (``publish_scheduled`` from cron, a shell) lets its deliveries finish
# before it exits, rather than leave them for ``deliver_webhooks``.
atexit.register(wait_for_background_tasks, timeout=15.0)
