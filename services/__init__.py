"""The use cases of 巡察通, Qt-free: the windows and the CLI call these and nothing below them writes."""
