/* Proxima web UI: progressive enhancement (the pages work without it). */
