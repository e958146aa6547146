"""Status bar, legend and claim details: small read-only panels built from Content.

Every string that may come from an article or a user (titles, outlets,
speakers, notes, reasons) goes in as plain text of a Content object, never as
markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.content import Content
from textual.widgets import Static

from workbench.model import Claim
from workbench.scheme import Scheme
from workbench.session import Progress
from workbench.textclean import one_line


def local_time(utc_iso: str | None) -> str:
    if not utc_iso:
        return ""
    try:
        return datetime.fromisoformat(utc_iso.replace("Z", "+00:00")).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return utc_iso


class Panel(Static):
    """A Static that redraws only when its content changed, and lays out only when its height did.

    Every key press refreshes every panel; most of them show the same thing
    as before, and a layout pass over the whole screen costs more than all
    the drawing a key needs.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Content | None = None
        self._height: tuple[int, int] = (0, 0)  # (width, height) of what is shown

    def show_content(self, content: Content) -> None:
        previous = self._shown
        if previous is not None and previous.plain == content.plain and previous.spans == content.spans:
            return
        self._shown = content
        width = self.content_region.width
        rules: Any = self.styles  # what Textual itself measures a Static's height with
        height = (width, content.get_height(rules, width)) if width > 0 else (0, 0)
        layout = previous is None or width <= 0 or height != self._height
        self._height = height
        self.update(content, layout=layout)


class StatusBar(Panel):
    """Header: outlet · title · paragraph i/n · article j/m · claims · annotator · save state."""

    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    def show(self, *, outlet: str, title: str, paragraph: tuple[int, int], article: tuple[int, int],
             progress: Progress, annotator: str, saved: str | None, error: str | None,
             unsaved: bool, width: int) -> None:
        tail: list[str | tuple[str, str]] = [
            f" ¶ {paragraph[0]}/{paragraph[1]}",
            f" · art {article[0]}/{article[1]}",
            f" · {progress.labelled}/{progress.total}",
        ]
        if progress.complete:
            tail.append((" ✓ complete", "bold $success"))
        tail.append(f" · {one_line(annotator, 16)} ")
        if error:
            tail.append((" NOT SAVED, retrying ", "bold $text on $error"))
        elif unsaved:
            tail.append(("saving…", "$warning"))
        else:
            tail.append((f"saved {local_time(saved)}" if saved else "nothing to save yet", "$text-muted"))
        right = Content.assemble(*tail)
        width = self.size.width or max(10, width - 2)
        room = max(8, width - 1 - right.cell_length)
        outlet_text = one_line(outlet, 24)
        left_parts: list[str | tuple[str, str]] = []
        if outlet_text:
            left_parts += [(outlet_text, "bold"), " · "]
        used = (len(outlet_text) + 3) if outlet_text else 0
        left_parts.append(one_line(title, max(4, room - used)))
        left = Content.assemble(*left_parts)
        padding = max(1, width - left.cell_length - right.cell_length)
        self.show_content(Content.assemble(left, " " * padding, right))


class Legend(Panel):
    """Each label's key, colour and one-line definition."""

    DEFAULT_CSS = """
    Legend { height: auto; padding: 0 1; }
    """

    def show(self, scheme: Scheme, compact: bool) -> None:
        parts: list[str | tuple[str, str] | Content] = []
        for index, label in enumerate(scheme.labels):
            if compact:
                if index:
                    parts.append("  ")
                parts += [(f" {label.key} ", f"bold #ffffff on {label.color}"), " ", label.name]
            else:
                if index:
                    parts.append("\n")
                parts += [(f" {label.key} ", f"bold #ffffff on {label.color}"), " ", (label.name, "bold"), "\n",
                          (label.short_definition, "$text-muted"), "\n"]
        self.show_content(Content.assemble(*parts))


class Details(Panel):
    """The focused claim: label, attributes, note, and the suggestion with its reason."""

    DEFAULT_CSS = """
    Details { height: auto; padding: 0 1; }
    """

    def show(self, scheme: Scheme, claim: Claim | None, position: tuple[int, int], compact: bool,
             suggestions_on: bool, message: str = "") -> None:
        parts: list[str | tuple[str, str] | Content] = []
        if claim is None:
            parts.append(("No claim here (boilerplate or empty paragraph).", "$text-muted"))
        else:
            label = scheme.get(claim.label)
            parts.append((f"Claim {position[0]}/{position[1]}: ", "bold"))
            if label is not None:
                parts.append((label.name, f"bold {label.color}"))
            else:
                parts.append(("unlabelled", "italic $text-muted"))
            separator = " · " if compact else "\n"
            for key, value in claim.attributes.items():
                parts += [separator, (f"{key.replace('_', ' ')}: ", "$text-muted"), one_line(value, 60)]
            if claim.note:
                parts += [separator, ("note: ", "$text-muted"), one_line(claim.note, 80)]
            suggestion = claim.suggestion
            if suggestion is not None and suggestions_on and claim.label != suggestion.label:
                suggested = scheme.get(suggestion.label)
                name = suggested.name if suggested else suggestion.label
                style = f"italic {suggested.color}" if suggested else "italic"
                parts += ["\n", ("suggested: ", "$text-muted"), (name, style)]
                for key, value in suggestion.attributes.items():
                    parts += [" · ", one_line(f"{key.replace('_', ' ')}: {value}", 60)]
                if suggestion.reason:
                    parts += ["\n", ("why: ", "$text-muted"), (one_line(suggestion.reason, 160), "italic")]
        if message:
            parts += ["\n", (one_line(message, 120), "$accent")]
        self.show_content(Content.assemble(*parts))


class ProgressPanel(Panel):
    """This article's and the corpus's progress."""

    DEFAULT_CSS = """
    ProgressPanel { height: auto; padding: 0 1; margin-top: 1; }
    """

    def show(self, article: Progress, corpus: Progress, complete: int, articles: int, counting: bool) -> None:
        parts: list[str | tuple[str, str]] = [("Article ", "bold")]
        parts.append(f"{article.labelled}/{article.total} claims · {article.paragraphs_done}/"
                     f"{article.paragraphs_total} ¶ done")
        if article.complete:
            parts.append((" ✓", "bold $success"))
        parts += ["\n", ("Corpus ", "bold"),
                  f"{corpus.labelled}/{corpus.total} claims · {complete}/{articles} articles complete"]
        if counting:
            parts.append((" (counting…)", "$text-muted"))
        self.show_content(Content.assemble(*parts))
