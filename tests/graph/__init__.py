"""Tests of the record: models, validation, readers and writers, the Long Biên set."""
