"""Unit test package for presidio_anonymizer."""
