"""netlab's UI, grouped by topic: ``ui/<topic>.py`` holds a topic's charts, views and widgets
(``problems``, ``partners``, ``steps``, ``health``, ``foundations``, ``mapping``, ``course``); a
topic's larger widget sits beside it as ``ui/<topic>_<widget>.py`` (``steps_timeline``,
``steps_sorter``, ``mapping_builder``); what the topics share is in ``ui/parts/`` (HTML views,
chart labels, colours and accessibility, the explorers' frame, the anywidget controls).

Notebooks reach them by kind, through :mod:`netlab.charts`, :mod:`netlab.views` and
:mod:`netlab.widgets`. The domain never imports anything here (``tests/test_architecture.py``).
"""
