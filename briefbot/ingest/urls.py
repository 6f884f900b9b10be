"""What a URL may carry and where it may lead.

* Credentials: ``http://alice:S3CRET@host/feed.xml`` is fetched as ``http://host/feed.xml`` with an
  ``Authorization: Basic`` header; :func:`public` is the URL as it may be shown or stored anywhere
  (warnings, the health line, the store, Slack): without its userinfo.
* Private networks: a link found *inside* a feed (a page fetched with ``fetch_pages``) must not
  reach a loopback, link-local, private, multicast or otherwise reserved address.  Its host is
  resolved and every address checked, on each hop of a redirect too (:func:`refusal`).  URLs
  the user lists may be private, and ``[fetch] private_links`` names listed feeds whose links may be.
"""

from __future__ import annotations

import base64
import ipaddress
from urllib.parse import unquote, urlsplit, urlunsplit


def public(url: str) -> str:
    """``url`` without the ``user:password@`` part (unchanged when it has none or is not a URL)."""
    if "@" not in url or "://" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("://", 1)[0] + "://" + url.split("@", 1)[-1]
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def credentials(url: str) -> tuple[str, str | None]:
    """(``url`` without userinfo, the ``Authorization`` header value for it, or None)."""
    clean = public(url)
    if clean == url:
        return url, None
    parts = urlsplit(url)
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return clean, f"Basic {token}"


def _forbidden(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global)


def refusal(url: str) -> str | None:
    """Why ``url`` may not be fetched as a link inside a feed, or None when every address its host
    resolves to is public."""
    import socket  # (here: only links inside feeds are checked; a brief of files need not import it)

    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        return "host not found"
    for info in infos:
        address = str(info[4][0])
        if _forbidden(address):
            return (f"refused: {host} is a private address ({address}); links inside feeds may not reach private "
                    "networks (list the feed in [fetch] private_links to allow it)")
    return None
