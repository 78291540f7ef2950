"""Service layer: rules, permissions, audit and import, with no Qt widgets."""
