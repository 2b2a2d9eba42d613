"""Shared text knowledge: matching, sentences, quotes, the gazetteer and dates.

Plain Python over ``str``: no pydantic models, nothing of the pipeline. The backends and
the post-processing steps both read text through these modules.
"""
