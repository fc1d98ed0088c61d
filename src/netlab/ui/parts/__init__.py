"""What the UI's topics share: HTML views, chart labels, colours and accessibility, the
explorers' frame, folded tables, and the anywidget controls."""
