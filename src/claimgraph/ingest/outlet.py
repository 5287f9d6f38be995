"""Outlet names from URLs: the registered domain ("news.bbc.co.uk" → "bbc.co.uk").

Uses the ``tld`` package's bundled copy of the Public Suffix List; nothing is downloaded at run
time (``tld`` only fetches a new list when ``update_tld_names()`` is called, which we never do).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from tld import get_fld


def registered_domain(url: str | None) -> str | None:
    """The registrable domain of ``url``; the bare host for IP addresses and single-label hosts."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    domain = get_fld(f"http://{host}", fail_silently=True)
    if isinstance(domain, str) and domain:
        return domain
    return host.removeprefix("www.")
