"""The browser app: Chainlit handlers, an analysis in words (``answers``, shared by the chat and the report),
rendering, charts, export, history layer, auth.

May import every other layer; nothing imports it except the CLI's ``advisor ui``.
"""
