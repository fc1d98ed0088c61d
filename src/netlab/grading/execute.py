"""nbgrader's ``Execute``, made to keep earned credit when a kernel dies or hangs.

Stock nbgrader fails the whole submission when the kernel dies, and a loop that ignores the
interrupt makes every later cell time out too. :class:`RobustExecute` runs the same nbclient
code cell by cell:

- a cell past the timeout is interrupted, as stock nbgrader does; the kernel, and what the
  cell defined before the loop, live on;
- a kernel that ignores the interrupt for another timeout, or that dies (``os._exit``, a
  segfault, the out-of-memory killer), is replaced: the cell gets an error, a fresh kernel
  silently replays the cells before it (their outputs, already graded, are kept) and grading
  goes on after it. A cell that kills the fresh kernel again while it is replayed is left out
  of the replay.

The cells stopped either way are listed in ``resources["netlab"]["cut"]``.

Example:
    >>> RobustExecute().shutdown_kernel  # graded kernels are killed, not asked to stop
    'immediate'
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from jupyter_core.utils import ensure_async
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute

from netlab.grading.flags import cell_label
from netlab.grading.kernel import ForkKernelManager
from netlab.grading.verdict import error_output
from netlab.i18n import t

if TYPE_CHECKING:
    from jupyter_client import KernelClient, KernelManager

__all__ = ["CellCut", "RobustExecute"]

#: Fresh kernels that may fail to start for one notebook before it counts as not gradable.
MAX_RESTARTS = 3


class CellCut(Exception):
    """A cell had to be cut: its kernel died or it ran past the timeout."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _cut_output(reason: str, timeout: int | None) -> NotebookNode:
    name = "CellTimeoutError" if reason == "timeout" else "DeadKernelError"
    return error_output(name, t(f"grading.cut.{reason}", seconds=timeout))


def _has_code(cells: list[NotebookNode], start: int) -> bool:
    return any(cell.cell_type == "code" for cell in cells[start:])


class RobustExecute(Execute):
    """``Execute`` with forked kernels, replay after a crash and a hard per-cell timeout."""

    # nbclient's, declared for mypy: nbgrader, untyped, hides them.
    km: KernelManager | None
    kc: KernelClient | None

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("kernel_manager_class", ForkKernelManager)
        kw.setdefault("shutdown_kernel", "immediate")
        super().__init__(**kw)
        self._interrupted: NotebookNode | None = None

    async def _async_handle_timeout(self, timeout: int,
                                    cell: NotebookNode | None = None) -> None:
        """First timeout of a cell: interrupt and wait for the reply once more (nbclient goes
        on polling). Second: give up on this kernel."""
        if cell is not None and self._interrupted is not cell:
            self._interrupted = cell
            assert self.km is not None
            await ensure_async(self.km.interrupt_kernel())
            return None
        raise CellCut("timeout")

    def _cut(self, cut: dict[int, str], index: int, reason: str) -> None:
        cut[index] = reason
        self.nb.cells[index].outputs.append(_cut_output(reason, self.timeout))

    def preprocess(self, nb: NotebookNode, resources: Any = None,
                   km: Any = None) -> tuple[NotebookNode, dict[str, Any]]:
        """Execute every code cell; a cut cell gets an error and the rest still run. ``km``, a
        kernel already started (see :class:`~netlab.grading.kernel.Spares`), is used first
        and, like every kernel started here, killed when done."""
        NotebookClient.__init__(self, nb, km)
        self.owns_km = True
        self.reset_execution_trackers()
        self._check_assign_resources(resources)
        cells = self.nb.cells
        cut: dict[int, str] = {}
        skip: set[int] = set()  # left out of replays: cut cells, and cells that kill a replay
        start, restarts = 0, 0
        while _has_code(cells, start):
            phase, index = "start", start
            try:
                with self.setup_kernel():
                    assert self.kc
                    info = self.wait_for_reply(self.kc.kernel_info())
                    assert info
                    self.nb.metadata["language_info"] = info["content"]["language_info"]
                    phase = "replay"  # bring a fresh kernel back to where it was
                    for index in range(start):
                        if index not in skip and cells[index].cell_type == "code":
                            self.execute_cell(copy.deepcopy(cells[index]), index,
                                              store_history=False)
                    phase = "grade"
                    for index in range(start, len(cells)):
                        self._interrupted = None
                        self.preprocess_cell(cells[index], resources, index)
                        if self._interrupted is not None:  # stopped by the interrupt
                            self._cut(cut, index, "timeout")
                break
            except (CellCut, CellTimeoutError, RuntimeError) as exc:  # DeadKernelError too
                self.km = self.kc = None
                if phase == "start":
                    restarts += 1
                    if restarts >= MAX_RESTARTS:
                        raise
                elif phase == "replay":
                    skip.add(index)
                else:  # grading that cell stopped: cut it, go on after it
                    timed_out = isinstance(exc, (CellCut, CellTimeoutError))
                    self._cut(cut, index, "timeout" if timed_out else "died")
                    skip.add(index)
                    start = index + 1
        self.set_widgets_metadata()
        self.resources.setdefault("netlab", {})["cut"] = {
            cell_label(cells[i], i + 1): reason for i, reason in cut.items()}
        return self.nb, self.resources
