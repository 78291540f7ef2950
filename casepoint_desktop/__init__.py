"""CasePoint Desktop: case plans, case notes and follow-ups for a social-services agency."""

__version__ = "0.1.0"
