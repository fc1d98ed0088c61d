"""Learner tracking: the progress file, staged hints (coaching), worked answers and the
dashboard and recap built on them.
"""
