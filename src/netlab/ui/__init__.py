"""netlab's UI, grouped by topic: ``ui/<topic>.py`` holds a topic's charts and views
(``problems``, ``partners``, ``steps``, ``health``, ``foundations``, ``mapping``, ``course``), and
each of its widgets sits beside it as ``ui/<topic>_<widget>.py`` (``problems_explorer``,
``partners_explorer``, ``steps_timeline``, ``steps_sorter``, ``mapping_builder``), so that a chart
or a view never loads ipywidgets. What the topics share is in ``ui/parts/`` (HTML views, chart
labels, colours and accessibility, the explorers' frame, the anywidget controls).

Notebooks reach them by kind, through :mod:`netlab.charts`, :mod:`netlab.views` and
:mod:`netlab.widgets`. The domain never imports anything here (``tests/test_architecture.py``).
"""
