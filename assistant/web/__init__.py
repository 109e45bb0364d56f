"""The browser app: Chainlit handlers, rendering, charts, export, history layer, auth.

May import every other layer; nothing imports it except the CLI's ``advisor ui``.
"""
