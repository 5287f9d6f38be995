"""Evaluations against public gold data (geoparsing, attribution) and the CI gate."""
