"""newsroom-bot: a chat bot over a store of news articles."""

__version__ = "0.1.0"
