"""The project's ``scrapy`` commands (``COMMANDS_MODULE``): each replaces Scrapy's own of
the same name."""
