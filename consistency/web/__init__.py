"""The browser side: report.html's template and assets, and the ``consistency serve`` app."""
