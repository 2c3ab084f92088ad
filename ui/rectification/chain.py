"""The chain of one problem on one page: finding → feedback (with the unit's milestones) → each task → its
progress reports → reviews → 销号, with flags and the handovers the problem is part of. Plain HTML in a read-only
browser, so it prints and copies as it reads."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from models.enums import FindingStatus, RectStatus, RectType
from models.rectification_enums import FlagKind, HandoverTarget, MilestoneKind, ReviewOutcome
from services.queries.rectification_board import ProblemChain, TaskChain
from ui.i18n import QT_TRANSLATE_NOOP, label

COLOURS = {"red": "#c62828", "yellow": "#b88600", "green": "#2e7d32", "none": "#607d8b"}
WORDS = {
    "type": QT_TRANSLATE_NOOP("ChainView", "Type"),
    "measures": QT_TRANSLATE_NOOP("ChainView", "Measures"),
    "standard": QT_TRANSLATE_NOOP("ChainView", "Completion standard"),
    "leader": QT_TRANSLATE_NOOP("ChainView", "Responsible leader"),
    "lead_unit": QT_TRANSLATE_NOOP("ChainView", "Lead unit"),
    "first": QT_TRANSLATE_NOOP("ChainView", "First responsible person"),
    "supervisor": QT_TRANSLATE_NOOP("ChainView", "Supervising city leader"),
    "deadline": QT_TRANSLATE_NOOP("ChainView", "Deadline"),
    "overdue": QT_TRANSLATE_NOOP("ChainView", " (%1 days overdue)"),
    "task": QT_TRANSLATE_NOOP("ChainView", "Task %1 — %2"),
    "evidence": QT_TRANSLATE_NOOP("ChainView", "Evidence: "),
    "progress": QT_TRANSLATE_NOOP("ChainView", "Progress %1"),
    "requested": QT_TRANSLATE_NOOP("ChainView", "Close-out requested %1"),
    "office": QT_TRANSLATE_NOOP("ChainView", "Inspection office: "),
    "discipline": QT_TRANSLATE_NOOP("ChainView", "Discipline commission: "),
    "organisation": QT_TRANSLATE_NOOP("ChainView", "Organisation department: "),
    "review": QT_TRANSLATE_NOOP("ChainView", "Review %1 — %2"),
    "closed": QT_TRANSLATE_NOOP("ChainView", "Closed out %1"),
    "flag": QT_TRANSLATE_NOOP("ChainView", "%1 found %2"),
    "signed": QT_TRANSLATE_NOOP("ChainView", "Finding signed"),
    "not_fed_back": QT_TRANSLATE_NOOP("ChainView", "Not fed back yet"),
    "due": QT_TRANSLATE_NOOP("ChainView", "due %1"),
    "submitted": QT_TRANSLATE_NOOP("ChainView", "submitted %1"),
    "fed_back": QT_TRANSLATE_NOOP("ChainView", "Fed back %1"),
    "received": QT_TRANSLATE_NOOP("ChainView", "received by %1 on %2"),
    "no_receipt": QT_TRANSLATE_NOOP("ChainView", "no receipt yet"),
    "handed": QT_TRANSLATE_NOOP("ChainView", "Handed over %1 to %2 (%3)"),
    "feedback_due": QT_TRANSLATE_NOOP("ChainView", "feedback due %1"),
    "choose": QT_TRANSLATE_NOOP("ChainView", "Choose a task to see its problem from finding to close-out."),
}


def word(key: str, *values: object) -> str:
    text = QCoreApplication.translate("ChainView", WORDS[key])
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _day(value: object) -> str:
    return "—" if value is None else str(value)[:10]


def _step(title: str, body: str, colour: str = "#37474f") -> str:
    return (f'<div style="margin:6px 0 6px 0"><span style="color:{colour};font-weight:bold">▶ {escape(title)}'
            f'</span><div style="margin-left:18px">{body}</div></div>')


def _task_html(task: TaskChain) -> str:
    row = task.row
    overdue = word("overdue", row.days_overdue) if row.days_overdue else ""
    facts = [
        (word("type"), label(row.rect_type, RectType)), (word("measures"), task.measures or "—"),
        (word("standard"), task.completion_standard or "—"), (word("leader"), row.responsible_leader or "—"),
        (word("lead_unit"), row.lead_unit or "—"), (word("first"), task.first_responsible or "—"),
        (word("supervisor"), row.supervising_city_leader or "—"), (word("deadline"), _day(row.deadline) + overdue),
    ]
    lines = "".join(f"<tr><td style='color:#607d8b;padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                    for k, v in facts)
    html = _step(word("task", row.label, label(row.status, RectStatus)),
                 f"<p>{escape(row.problem_text)}</p><table>{lines}</table>", COLOURS.get(row.colour, "#607d8b"))
    for p in task.progress:
        evidence = f"<br/>{escape(word('evidence'))}{escape('、'.join(p.evidence))}" if p.evidence else ""
        html += _step(word("progress", _day(p.reported_on)),
                      f"{escape(p.text)} <i>({escape(label(p.status_after, RectStatus))})</i>{evidence}")
    if task.closure_requested_at:
        html += _step(word("requested", _day(task.closure_requested_at)), "")
    for r in task.reviews:
        body = escape(word("office") + r.office_opinion)
        if r.discipline_opinion:
            body += "<br/>" + escape(word("discipline") + r.discipline_opinion)
        if r.organisation_opinion:
            body += "<br/>" + escape(word("organisation") + r.organisation_opinion)
        colour = COLOURS["green"] if r.outcome == "approved" else COLOURS["yellow"]
        html += _step(word("review", _day(r.reviewed_on), label(r.outcome, ReviewOutcome)), body, colour)
    if task.closed_at and row.status == RectStatus.CLOSED_OUT.value:
        html += _step(word("closed", _day(task.closed_at)), "", COLOURS["green"])
    for f in task.flags:
        who = ("（" + "、".join(f.persons) + "）") if f.persons else ""
        html += _step(word("flag", label(f.kind, FlagKind), _day(f.decided_on)), escape(f.accountability + who),
                      COLOURS["red"])
    return html


def chain_html(chain: ProblemChain) -> str:
    status = label(chain.finding_status, FindingStatus)
    html = (f"<h3>{escape(chain.finding_code)}　{escape(chain.finding_title)}</h3>"
            f"<p style='color:#607d8b'>{escape(chain.org_name)} · {escape(status)}</p>")
    html += _step(word("signed"), escape(chain.finding_code))
    if chain.fed_back_on is None:
        html += _step(word("not_fed_back"), "", COLOURS["none"])
    else:
        milestones = ""
        for m in chain.milestones:
            submitted = ", " + word("submitted", _day(m.submitted_on)) if m.submitted_on else ""
            milestones += f"<br/>{escape(label(m.kind, MilestoneKind))}: {escape(word('due', _day(m.due_on)))}"
            milestones += escape(submitted)
            if m.documents:
                milestones += " · " + escape("、".join(m.documents))
        html += _step(word("fed_back", _day(chain.fed_back_on)), escape(chain.fed_back_by or "") + milestones)
    for task in chain.tasks:
        html += _task_html(task)
    for h in chain.handovers:
        receipt = word("received", h.receiver_agent or "", _day(h.received_at)) if h.received_at else \
            word("no_receipt")
        feedback = "".join(f"<br/>{_day(on)}: {escape(text)}" for on, text in h.feedback)
        body = escape(receipt) + "<br/>" + escape(word("feedback_due", _day(h.deadline))) + feedback
        html += _step(word("handed", h.handover_no, h.to_org, label(h.receiver, HandoverTarget)), body,
                      COLOURS.get(h.colour, "#37474f"))
    return html


class ChainView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.chain: ProblemChain | None = None
        self.show_chain(None)

    def show_chain(self, chain: ProblemChain | None) -> None:
        self.chain = chain
        if chain is None:
            self.setHtml(f"<p style='color:#607d8b'>{escape(word('choose'))}</p>")
            return
        self.setHtml(chain_html(chain))
