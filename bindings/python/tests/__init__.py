"""unittest suites of the congdoan Python bindings (standard library only)."""
