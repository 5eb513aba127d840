"""HTML and XML letters, such as the pages and XML files of officielebekendmakingen.nl.

Block elements become line breaks (the segmenter relies on "Vraag 1" starting a line);
scripts, navigation and footnote markers are dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree, html

from classifier.errors import InputError
from classifier.readers.base import Document, read_bytes, require_text
from classifier.readers.text import looks_binary

BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "pre",
    "hr",
    "title",
    # officielebekendmakingen XML
    "al",
    "vraag",
    "antwoord",
    "nr",
    "kop",
    "tussenkop",
    "titel",
    "alinea",
    "lijst",
    "regel",
}
DROP = {"script", "style", "noscript", "nav", "template", "svg", "button", "form", "iframe", "head"}
CONTENT_IDS = ("broodtekst", "main-content", "content")
_NOTE_CLASS = re.compile(r"(noot|footnote|voetnoot)", re.I)


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _walk(el: etree._Element, out: list[str]) -> None:
    tag = _local(el.tag)
    if tag in DROP:
        if el.tail:
            out.append(el.tail)
        return
    cls = el.get("class") or ""
    is_marker = tag in ("sup", "noot", "noot-ref", "nootref") or (tag == "a" and _NOTE_CLASS.search(cls))
    if is_marker and (el.text or "").strip().isdigit() and len(el) == 0:
        if el.tail:
            out.append(el.tail)
        return
    block = tag in BLOCK
    if block:
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append("\n")
    if el.tail:
        out.append(el.tail)


def _content_root(root: etree._Element) -> etree._Element:
    for ident in CONTENT_IDS:
        found = root.xpath(f'//*[@id="{ident}"]')
        if found:
            return found[0]
    for tag in ("main", "article", "body"):
        found = root.xpath(f"//{tag}")
        if found:
            return found[0]
    return root


def html_to_text(root: etree._Element) -> str:
    out: list[str] = []
    _walk(_content_root(root), out)
    text = "".join(out).replace("\xa0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def read_html(path: Path) -> Document:
    data = read_bytes(path)
    if looks_binary(data):
        raise InputError("binaire inhoud, geen HTML/XML-bestand", path=path)
    is_xml = path.suffix.lower() == ".xml"
    try:
        if is_xml:
            parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(data, parser=parser)
        else:
            root = html.fromstring(data)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"kan {'XML' if is_xml else 'HTML'} niet verwerken ({exc})"[:300], path=path) from exc
    if root is None:
        raise InputError(f"kan {'XML' if is_xml else 'HTML'} niet verwerken (geen documentelement)", path=path)
    text = html_to_text(root)
    require_text(text, path, "XML-document" if is_xml else "HTML-pagina")
    return Document(path=str(path), doc_id=path.stem, text=text, fmt="xml" if is_xml else "html")
