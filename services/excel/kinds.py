"""Per kind: what each parsed row means in the workspace (add, update, unchanged or rejected), and writing it.

Findings are checked here with the finding editor's rules and limits (services/findings_validation.py), but
against dictionaries loaded once: its check_finding queries the database per row, which a 20,000-row ledger
cannot afford. New findings go in with WriteTx.insert_many; updates through WriteTx.update.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Assignment, Finding, RectificationItem
from models.enums import FindingStatus, RectStatus
from services.changes import WriteTx
from services.excel.resolve import VILLAGE_LEVELS, Context
from services.excel.rows import ParsedRow, RowPlan, problem
from services.excel.values import squash
from services.finding_scope import DISCIPLINE_SCHEME, UNIT_SCHEME, VILLAGE_SCHEME, category_choices, tag_choices
from services.findings_validation import LIMITS
from services.progress import CancelToken, Progress
from services.records import to_jsonable
from services.review import actor_ref
from services.workspace import WorkspaceSession

WRITE_CHUNK = 2000
CODE_PREFIX = re.compile(r"^([A-Za-z]+\d*(?:\.\d+)?)(?:[\s、.．:：)）]+|$)(.*)$")
FINDING_FIELDS = ("title", "description", "legal_basis", "responsibility_analysis", "category_id", "category_l1",
                  "category_l2", "category_l3", "discipline_tags", "other_tags", "is_key", "is_common",
                  "source_method", "amount_involved", "occurred_from", "location", "discovered_by", "discovered_at",
                  "immediate_fix")
RECT_FIELDS = ("problem_category", "problem_text", "target", "measures", "rect_type", "responsible_leader",
               "lead_unit", "cooperating_units", "first_responsible", "supervising_city_leader", "deadline",
               "progress_text", "status", "measures_taken", "amount_recovered", "rules_made",
               "accountability_summary", "not_done_reason", "closure_requested_at", "closure_opinion", "closed_at")


def changed(target: Any, values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if to_jsonable(getattr(target, k)) != to_jsonable(v)}


def matched(plan: RowPlan, existing: Any, fields: dict[str, Any]) -> RowPlan:
    """A row that matched a stored record: an update of the fields that differ, or unchanged."""
    plan.target, plan.values = existing, changed(existing, fields)
    plan.action = "update" if plan.values else "unchanged"
    return plan


class Resolver:
    entity = ""

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        self.session, self.ws = session, ws
        self.seen: dict[Any, int] = {}
        self.to_create: dict[str, list[str]] = {}

    def resolve(self, parsed: list[ParsedRow]) -> list[RowPlan]:
        return [self.row(replace(p, problems=list(p.problems))) for p in parsed]

    def row(self, p: ParsedRow) -> RowPlan:
        raise NotImplementedError

    def once(self, p: ParsedRow, identity: Any, key: str, value: str) -> bool:
        """False (and a duplicate problem) when an earlier row of the file has the same identity."""
        first = self.seen.setdefault(identity, p.row)
        if first != p.row:
            p.problems.append(problem(p, key, "duplicate_row", self.entity, value=value, other=first))
            return False
        return True

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        raise NotImplementedError

    def update_all(self, tx: WriteTx, rows: list[RowPlan]) -> int:
        updated = 0
        for row in rows:
            if row.action == "update":
                tx.update(row.target, **row.values)
                updated += 1
        return updated


class CategoryIndex:
    """Category names and codes of the taxonomy trees, for "一级分类"/"二级分类" cells in any common form."""

    def __init__(self, session: Session) -> None:
        self.by_word: dict[str, list[Any]] = defaultdict(list)
        for choice in category_choices(session):
            self.by_word[squash(choice.names[-1])].append(choice)
            self.by_word[squash(choice.code)].append(choice)

    def find(self, text: str, scheme: str, parent: Any = None) -> Any:
        words = [squash(text)]
        match = CODE_PREFIX.match(text.strip())
        if match:
            words += [squash(match.group(1)), squash(match.group(2))]
        for word in words:
            found = [c for c in self.by_word.get(word, []) if parent is None or c.names[:-1] == parent.names]
            if len(found) > 1:
                found = [c for c in found if c.scheme == scheme] or found
            if len(found) == 1:
                return found[0]
        return None


class FindingResolver(Resolver):
    entity = "finding"

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        super().__init__(session, ws)
        self.ctx = Context.load(session, ws)
        self.categories = CategoryIndex(session)
        self.tags: dict[str, str] = {}
        for scheme, nodes in tag_choices(session).items():
            if scheme != DISCIPLINE_SCHEME:
                for node in nodes:
                    self.tags[squash(node.name)] = self.tags[squash(node.code)] = node.name
        self.tag_choices = "、".join(dict.fromkeys(self.tags.values()))
        self.by_code: dict[str, Finding] = {}
        self.by_title: dict[tuple[str, str], Finding] = {}
        for finding in session.scalars(select(Finding)):
            self.by_code[finding.code] = finding
            if not finding.is_deleted:
                self.by_title.setdefault((finding.org_id, squash(finding.title)), finding)
        self.today = ws.clock.now().date()

    def row(self, p: ParsedRow) -> RowPlan:
        v, plan = p.values, RowPlan(p)
        misses: list[Any] = []
        where = self.ctx.where(v, misses)
        for miss in misses:
            target = plan.needs if miss.creatable else p.problems
            target.append(problem(p, miss.key, miss.reason, self.entity, **miss.params))
        fields = {k: v[k] for k in FINDING_FIELDS if k in v}
        title, description = fields.get("title"), fields.get("description")
        # A sheet with only 问题表现 still names its rows: the first sentence stands in for the title, to match a
        # stored finding by title and to add a new one, but never to overwrite a stored title (an empty cell
        # changes nothing). No description is ever made up from the title.
        if title is None and description:
            title = description.split("。")[0][:LIMITS["title"]]
        for name in ("location", "discovered_by"):
            if name in fields and len(fields[name]) > LIMITS[name]:
                p.problems.append(problem(p, name, "too_long", self.entity, maximum=LIMITS[name],
                                          length=len(fields[name])))
        for name in ("occurred_from", "discovered_at"):
            if name in fields and fields[name] > self.today:
                p.problems.append(problem(p, name, "in_future", self.entity, value=str(fields[name])))
        self._category(p, fields, where)
        self._tags(p, fields)
        plan.label = v.get("code") or title or ""
        code = v.get("code")
        org_id = where.org.id if where else None
        identity = ("code", code) if code else ("title", org_id, squash(title or ""))
        if not self.once(p, identity, "code" if code else "title", code or title or ""):
            return plan
        existing = self.by_code.get(code) if code else self.by_title.get((org_id or "", squash(title or "")))
        if existing is not None and existing.is_deleted:
            p.problems.append(problem(p, "code", "duplicate", self.entity, value=code))
            return plan
        if where is not None:
            fields["assignment_id"], fields["org_id"] = where.assignment.id, where.org.id
        plan.values = fields
        if existing is None:
            for name, value in (("title", title), ("description", description)):
                if not value:
                    p.problems.append(problem(p, name, "required", self.entity))
            fields["title"] = title
            plan.values["code"] = code
            plan.values["_team_id"] = where.team.id if where else None
            plan.values["_round_id"] = where.round.id if where else None
            return plan
        plan.target = existing
        plan.values = changed(existing, fields)
        plan.action = "update" if plan.values else "unchanged"
        if plan.values and existing.status != FindingStatus.DRAFT.value:
            p.problems.append(problem(p, "code", "not_draft", self.entity, value=code or title,
                                      status=FindingStatus(existing.status).zh))
        return plan

    def _category(self, p: ParsedRow, fields: dict[str, Any], where: Any) -> None:
        l1_text, l2_text = fields.pop("category_l1", None), fields.pop("category_l2", None)
        l3_text = fields.pop("category_l3", None)
        if not l1_text and not l2_text:
            return
        scheme = VILLAGE_SCHEME if where is not None and where.org.level in VILLAGE_LEVELS else UNIT_SCHEME
        l1 = self.categories.find(l1_text, scheme) if l1_text else None
        if l1_text and l1 is None:
            p.problems.append(problem(p, "category_l1", "unknown_reference", self.entity, value=l1_text))
            return
        node = l1
        if l2_text:
            node = self.categories.find(l2_text, scheme, l1)
            if node is None:
                p.problems.append(problem(p, "category_l2", "unknown_reference", self.entity, value=l2_text))
                return
        if node is None:
            return
        names = list(node.names[:3]) + [None] * (3 - min(len(node.names), 3))
        if names[2] is None and l3_text:
            names[2] = l3_text
        fields.update(category_id=node.node_id, category_l1=names[0], category_l2=names[1], category_l3=names[2])

    def _tags(self, p: ParsedRow, fields: dict[str, Any]) -> None:
        if "other_tags" not in fields:
            return
        out: list[str] = []
        for tag in fields["other_tags"]:
            name = self.tags.get(squash(tag))
            if name is None:
                p.problems.append(problem(p, "other_tags", "unknown_choice", self.entity, value=tag,
                                          choices=self.tag_choices))
            elif name not in out:
                out.append(name)
        fields["other_tags"] = out

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        if create_missing:
            self.ctx.write_pending(tx)
        session = tx.session
        highest = dict(((r, t), s or 0) for r, t, s in session.execute(
            select(Assignment.round_id, Assignment.team_id, func.max(Finding.seq_no))
            .join(Finding, Finding.assignment_id == Assignment.id).group_by(Assignment.round_id, Assignment.team_id)))
        codes = set(self.by_code)
        drafter, now = actor_ref(session, self.ws), self.ws.clock.now().replace(tzinfo=None)
        rounds = {r.id: r for r in self.ctx.rounds}
        teams = {t.id: t for t in self.ctx.teams.values()}
        by_team: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            if row.action != "add":
                continue
            values = dict(row.values)
            team_id, round_id, code = values.pop("_team_id"), values.pop("_round_id"), values.pop("code")
            seq = highest.get((round_id, team_id), 0) + 1
            round_, team = rounds[round_id], teams[team_id]
            while code is None:
                candidate = round_.code_format.format(year=round_.year, round_no=round_.round_no,
                                                      team_no=team.team_no, term_no=round_.term_no, seq=seq)
                if candidate in codes:
                    seq += 1
                else:
                    code = candidate
            highest[(round_id, team_id)] = seq
            codes.add(code)
            by_team[team_id].append({**values, "code": code, "seq_no": seq, "status": FindingStatus.DRAFT.value,
                                     "drafted_by": drafter, "drafted_at": now})
        added = 0
        total = sum(len(findings) for findings in by_team.values())
        for team_id, findings in by_team.items():
            for start in range(0, len(findings), WRITE_CHUNK):  # bounded memory, progress and cancel per chunk
                if cancel is not None:
                    cancel.check()
                chunk = findings[start:start + WRITE_CHUNK]
                tx.insert_many(Finding, chunk, scope_team_id=team_id)
                added += len(chunk)
                progress("writing", added, total)
        updated = self.update_all(tx, rows)
        return {"added": added, "updated": updated, "unchanged": sum(r.action == "unchanged" for r in rows)}


class RectificationResolver(Resolver):
    entity = "rectification_item"

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        super().__init__(session, ws)
        self.findings = {f.code: f for f in session.scalars(select(Finding).where(Finding.is_deleted.is_(False)))}
        self.items = {i.finding_id: i for i in session.scalars(
            select(RectificationItem).where(RectificationItem.is_deleted.is_(False)))}
        self.ctx = Context.load(session, ws)
        self.item_no: dict[str, int] = defaultdict(int)
        for item in self.items.values():
            self.item_no[item.org_id] = max(self.item_no[item.org_id], item.item_no)

    def row(self, p: ParsedRow) -> RowPlan:
        v, plan = p.values, RowPlan(p)
        code = v.get("code")
        plan.label = code or ""
        fields = {k: v[k] for k in RECT_FIELDS if k in v}
        if v.get("closed") and "status" not in fields:
            fields["status"] = RectStatus.CLOSED_OUT.value
        if not code:
            p.problems.append(problem(p, "code", "required", self.entity))
            return plan
        finding = self.findings.get(code)
        if finding is None:
            p.problems.append(problem(p, "code", "unknown_reference", self.entity, value=code))
            return plan
        org_name = v.get("org_name")
        org = self.ctx.orgs.get(finding.org_id)
        if org_name and org is not None and squash(org_name) != squash(org.name):
            p.problems.append(problem(p, "org_name", "invalid", self.entity, value=org_name))
        if not self.once(p, ("code", code), "code", code):
            return plan
        existing = self.items.get(finding.id)
        if existing is None:
            fields.setdefault("problem_text", finding.feedback_text or finding.description or finding.title)
            fields.setdefault("problem_category", finding.category_l2 or finding.category_l1)
            plan.values = {**fields, "finding_id": finding.id, "org_id": finding.org_id,
                           "_scope": finding.scope_team_id}
            return plan
        return matched(plan, existing, fields)

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        by_scope: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            if row.action == "add":
                values = dict(row.values)
                scope = values.pop("_scope")
                self.item_no[values["org_id"]] += 1
                by_scope[scope].append({**values, "item_no": self.item_no[values["org_id"]]})
        added = 0
        for scope, items in by_scope.items():
            if cancel is not None:
                cancel.check()
            tx.insert_many(RectificationItem, items, scope_team_id=scope)
            added += len(items)
            progress("writing", added, len(rows))
        updated = self.update_all(tx, rows)
        return {"added": added, "updated": updated, "unchanged": sum(r.action == "unchanged" for r in rows)}

