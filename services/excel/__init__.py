"""Excel ledgers in HQ's formats: the column table (columns.py), reading and importing (reading, header, values,
importing, report), templates and exports (templates, exporting)."""
