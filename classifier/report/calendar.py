"""iCalendar export of promises, so deadlines land in a staff member's calendar."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from icalendar import Calendar, Event

from classifier import __version__


def promises_ics(rows: Sequence[dict[str, Any]]) -> str:
    """One all-day event per promise with a deadline, on the last day of its range."""
    cal = Calendar()
    cal.add("prodid", f"-//Ontwijkmeter {__version__}//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Toezeggingen (Ontwijkmeter)")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for r in rows:
        end = r.get("deadline_end")
        if not end:
            continue
        day = dt.date.fromisoformat(end)
        uid = hashlib.sha256(f"{r.get('doc')}|{r.get('question_no') or r.get('id')}|{r.get('evidence')}".encode()).hexdigest()[:32]
        ev = Event()
        ev.add("uid", f"{uid}@ontwijkmeter")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", f"Toezegging: {r.get('what') or 'informatie'} ({r.get('who') or 'bewindspersoon'})")
        ev.add(
            "description",
            "\n".join(
                x
                for x in (
                    f"Termijn: {r.get('deadline')} ({r.get('deadline_start') or '?'} t/m {end})",
                    f"Brief: {r.get('doc')}, vraag {r.get('question_no') or r.get('id')}",
                    f"Tekst: {r.get('evidence')}",
                )
                if x
            ),
        )
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")
