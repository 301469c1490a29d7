"""Control characters and terminal escape sequences out of text from the web.

>>> strip_controls("\\x1b[2J\\x1b]0;owned\\x07Title\\x00")
'Title'

A crawled page can carry raw ESC bytes or ``&#27;`` (which the HTML parser decodes to ESC);
printed as they are, they move the cursor, clear the screen, retitle the window or rewrite
earlier lines of a terminal. The cleaning pipeline strips them before anything is stored,
and ``search`` strips them again before printing (databases written before this existed).

Removed: escape sequences whole (CSI ``ESC [ ... final``, OSC ``ESC ] ... BEL/ST``, DCS, SOS,
PM and APC strings up to ST, two-character ``ESC x`` sequences, and the 8-bit C1 forms of CSI
and OSC), then every other C0 control but tab and newline, DEL and the C1 controls. Carriage
return, vertical tab, form feed and NEL break lines in text, so they become newlines (which
the cleaners then treat as line or paragraph breaks).
"""

from __future__ import annotations

import re

__all__ = ["strip_controls"]

_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"            # CSI: ESC [ parameters, intermediates, final byte
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: up to BEL or ST
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"   # DCS, SOS, PM, APC: up to ST
    r"|\x1b[ -/]*[0-~]"                    # ESC with intermediates and a final (ESC c, ESC ( B)
    r"|\x9b[0-?]*[ -/]*[@-~]"              # C1 CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"        # C1 OSC
)
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """``strip_controls(text)``: *text* without escape sequences and control characters (tab
    and newline kept; CR, VT, FF and NEL as newlines)."""
    if text.isprintable():  # the usual case: nothing to do, and cheap to find out
        return text
    return _CONTROLS.sub("", _BREAKS.sub("\n", _SEQUENCES.sub("", text)))
