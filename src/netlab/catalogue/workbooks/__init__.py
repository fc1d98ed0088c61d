"""Each workbook's own texts, one module per workbook named like its exercise spec
(``netlab.exercises.<prefix>``): the workbook's title and summary in the course map, and its
exercises' titles, nudges, hints and messages. Found by :mod:`netlab.catalogue`, never listed.
"""
