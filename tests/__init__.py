"""Tests of CasePoint Desktop."""
