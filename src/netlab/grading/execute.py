"""nbgrader's ``Execute``, made to keep earned credit when a kernel dies or hangs.

Stock nbgrader fails the whole submission when the kernel dies, and a loop that ignores the
interrupt blocks it. :class:`RobustExecute` runs the same nbclient code cell by cell; when the
kernel dies (``os._exit``, a segfault, the out-of-memory killer) or a cell runs past the timeout,
it writes an error into that cell, starts a fresh kernel, silently replays the cells before it
(their outputs, already graded, are kept) and goes on after it. The cells it had to cut are
listed in ``resources["netlab"]["cut"]``.

Example:
    >>> RobustExecute().shutdown_kernel  # graded kernels are killed, not asked to stop
    'immediate'
"""

from __future__ import annotations

import copy
from typing import Any

from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute

from netlab.grading.flags import cell_label
from netlab.grading.kernel import ForkKernelManager

__all__ = ["CellCut", "RobustExecute"]


class CellCut(Exception):
    """A cell had to be cut: its kernel died or it ran past the timeout."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _cut_output(reason: str, timeout: int | None) -> NotebookNode:
    if reason == "timeout":
        text = f"the cell ran longer than {timeout} s and was stopped"
        return NotebookNode(output_type="error", ename="CellTimeoutError", evalue=text,
                            traceback=[f"CellTimeoutError: {text}"])
    text = "the kernel died while this cell ran; a fresh kernel ran the cells after it"
    return NotebookNode(output_type="error", ename="DeadKernelError", evalue=text,
                        traceback=[f"DeadKernelError: {text}"])


class RobustExecute(Execute):
    """``Execute`` with forked kernels, replay after a crash and a hard per-cell timeout."""

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("kernel_manager_class", ForkKernelManager)
        kw.setdefault("shutdown_kernel", "immediate")
        super().__init__(**kw)

    async def _async_handle_timeout(self, timeout: int,
                                    cell: NotebookNode | None = None) -> None:
        raise CellCut("timeout")

    def preprocess(self, nb: NotebookNode, resources: Any = None,
                   km: Any = None) -> tuple[NotebookNode, dict[str, Any]]:
        """Execute every code cell; a cut cell gets an error and the rest still run. ``km``, a
        kernel already started (see :class:`~netlab.grading.kernel.Spares`), is used first
        and, like every kernel started here, killed when done."""
        NotebookClient.__init__(self, nb, km)
        self.owns_km = True
        self.reset_execution_trackers()
        self._check_assign_resources(resources)
        cut: dict[int, str] = {}
        start = 0
        while start <= len(self.nb.cells):
            index = start
            try:
                with self.setup_kernel():
                    assert self.kc
                    info = self.wait_for_reply(self.kc.kernel_info())
                    assert info
                    self.nb.metadata["language_info"] = info["content"]["language_info"]
                    for index in range(start):  # bring a fresh kernel back to where it was
                        if index not in cut and self.nb.cells[index].cell_type == "code":
                            self.execute_cell(copy.deepcopy(self.nb.cells[index]), index,
                                              store_history=False)
                    for index in range(start, len(self.nb.cells)):
                        self.preprocess_cell(self.nb.cells[index], resources, index)
                break
            except (DeadKernelError, CellCut) as exc:
                reason = exc.reason if isinstance(exc, CellCut) else "died"
                cut[index] = reason
                self.nb.cells[index].outputs.append(_cut_output(reason, self.timeout))
                self.km = self.kc = None
                start = index + 1
        self.set_widgets_metadata()
        self.resources.setdefault("netlab", {})["cut"] = {
            cell_label(self.nb.cells[i], i + 1): reason for i, reason in cut.items()}
        return self.nb, self.resources
