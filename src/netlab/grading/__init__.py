"""Instructor grading at class scale (``netlab grade``): nbgrader's autograde pipeline with
kernels forked from a warm process, several submissions at once, and every broken submission
repaired or reported instead of stopping the batch.

Modules: :mod:`~netlab.grading.run` (the pipeline), :mod:`~netlab.grading.kernel` and
:mod:`~netlab.grading.zygote` (forked kernels), :mod:`~netlab.grading.execute` (crash and
timeout recovery), :mod:`~netlab.grading.repair` and :mod:`~netlab.grading.files` (what a
submission did wrong), :mod:`~netlab.grading.course`, :mod:`~netlab.grading.summary`.

Example:
    >>> import netlab.grading.flags
    >>> netlab.grading.flags.Flag("missing", "a.ipynb").text("en")
    'no workbook file: a.ipynb'
"""
