"""Pure domain model and rules: no Qt, no SQL, no files."""
