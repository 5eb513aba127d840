"""PDF letters: the text layer, extracted with pypdf. Scanned PDFs need OCR first."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

from classifier.errors import InputError
from classifier.readers.base import Document, read_bytes

MIN_TEXT_CHARS = 20


def read_pdf(path: Path) -> Document:
    data = read_bytes(path)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError("geen PDF-bestand (geen %PDF-kop)", path=path)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            ok = reader.decrypt("")
            if not ok:
                raise InputError("PDF is met een wachtwoord beveiligd; sla eerst een onbeveiligde kopie op", path=path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except FileNotDecryptedError as exc:
        raise InputError("PDF is met een wachtwoord beveiligd; sla eerst een onbeveiligde kopie op", path=path) from exc
    except NotImplementedError as exc:
        raise InputError(f"PDF is versleuteld met een niet-ondersteunde methode ({exc})", path=path) from exc
    except DependencyError as exc:
        # AES needs the optional 'cryptography' package (installed with pypdf[crypto]); raised
        # when the file is opened, decrypted or a page is read
        raise InputError(
            "PDF is versleuteld met een methode die deze installatie niet kan lezen (AES); installeer 'cryptography'", path=path
        ) from exc
    except (
        PdfReadError,
        PdfStreamError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        AssertionError,
        OSError,
        ZeroDivisionError,
    ) as exc:
        # pypdf raises a range of exceptions on damaged files; all mean the same to a user.
        raise InputError(f"beschadigde of onleesbare PDF ({type(exc).__name__}: {exc})"[:300], path=path) from exc
    text = "\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise InputError(
            f"PDF heeft geen tekstlaag ({len(reader.pages)} pagina('s) zonder tekst); waarschijnlijk gescand: pas eerst OCR toe",
            path=path,
        )
    return Document(path=str(path), doc_id=path.stem, text=text, fmt="pdf")
