"""The web server: the Chainlit app loaded as ``chainlit run`` loads it, served by uvicorn on uvloop.

``chainlit run`` applies ``nest_asyncio`` (so that an app's synchronous code may run coroutines on the loop
it is called from) and serves on the standard asyncio loop, whose scheduling, sockets and timers are Python.
The advisor is async all the way and never re-enters the loop, so ``serve`` does the same steps as Chainlit's
command (its configuration, the app's module, the session secret, ``chainlit.md``, the LangChain cache
setting) without that patch and serves on uvloop, where the loop and its sockets are C: about a tenth less
server CPU per turn (``benchmarks/load.py``). Chainlit's own environment settings are honoured as its
command honours them: ``CHAINLIT_ROOT_PATH``, ``CHAINLIT_SSL_CERT``/``CHAINLIT_SSL_KEY``,
``UVICORN_WS_PROTOCOL`` and ``UVICORN_WS_PER_MESSAGE_DEFLATE``.

Run as ``python -m assistant.web.serving.server APP HOST PORT [--headless]`` (``advisor ui`` does).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
from pathlib import Path


def _flag(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in {"true", "1", "yes"}


def serve(app_file: Path, host: str, port: int, *, headless: bool) -> None:
    """Load the Chainlit app in ``app_file`` and serve it on ``host``:``port`` until stopped."""
    import uvicorn
    from chainlit.auth import ensure_jwt_secret
    from chainlit.cache import init_lc_cache
    from chainlit.config import config, load_module
    from chainlit.markdown import init_markdown
    from chainlit.utils import check_file

    logging.basicConfig(  # as Chainlit's command line does: its own and the app's records to standard output
        level=logging.INFO,
        stream=sys.stdout,
        format="%(asctime)s - %(levelname)s - %(name)s - %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )
    os.environ["CHAINLIT_HOST"], os.environ["CHAINLIT_PORT"] = host, str(port)
    cert, key = os.environ.get("CHAINLIT_SSL_CERT"), os.environ.get("CHAINLIT_SSL_KEY")
    config.run.host, config.run.port = host, port
    config.run.root_path = os.environ.get("CHAINLIT_ROOT_PATH", "")
    config.run.headless = headless
    config.run.ssl_cert, config.run.ssl_key = cert, key

    from chainlit.server import app  # after the run settings: the server reads them

    check_file(str(app_file))
    config.run.module_name = str(app_file)
    load_module(config.run.module_name)
    ensure_jwt_secret()
    init_markdown(config.root)
    init_lc_cache()
    uvicorn.run(
        app,
        host=host,
        port=port,
        loop="uvloop" if importlib.util.find_spec("uvloop") else "asyncio",  # (no uvloop on Windows)
        ws=os.environ.get("UVICORN_WS_PROTOCOL", "auto"),
        ws_per_message_deflate=_flag("UVICORN_WS_PER_MESSAGE_DEFLATE", "true"),
        log_level="debug" if config.run.debug else "error",
        ssl_certfile=cert,
        ssl_keyfile=key,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m assistant.web.serving.server")
    parser.add_argument("app", type=Path)
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("--headless", action="store_true")
    args = parser.parse_args(argv)
    serve(args.app, args.host, args.port, headless=args.headless)


if __name__ == "__main__":
    main()
