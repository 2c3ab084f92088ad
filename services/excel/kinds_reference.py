"""Import of the smaller kinds: the organisation list with its hierarchy, the taxonomy tree and the clue list
(C3, clue roles only). Their rows go through WriteTx.insert one by one: they number in the hundreds."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.clue import Clue
from models.entities import InspectedOrg, TaxonomyNode
from models.enums import OrgLevel, WorkspaceKind
from services.changes import WriteTx
from services.excel.kinds import FindingResolver, RectificationResolver, Resolver, matched
from services.excel.resolve import Context
from services.excel.rows import ParsedRow, RowPlan, problem
from services.excel.values import squash
from services.finding_scope import scheme_names
from services.planning.rules import PARENT_LEVELS, VILLAGE_LEVELS
from services.progress import CancelToken, Progress
from services.workspace import WorkspaceSession

ORG_FIELDS = ("name", "short_name", "party_org_name", "party_org_type", "level", "division_code", "principal_name",
              "contact_name", "contact_phone", "village_class")
CLUE_FIELDS = ("reflected_person_name", "reflected_person_post", "reflected_person_level", "problem_text",
               "discipline", "clue_source", "accepted_at", "disposal_type", "proposed_receiver", "handover_mode",
               "feedback_due", "result", "closed")


def _level_zh(level: str | None) -> str:
    try:
        return OrgLevel(level).zh if level else ""
    except ValueError:
        return str(level)


def _write_simple(tx: WriteTx, rows: list[RowPlan], scope_of: Any, progress: Progress,
                  cancel: CancelToken | None) -> dict[str, int]:
    added = updated = 0
    for row in rows:
        if cancel is not None:
            cancel.check()
        if row.action == "add":
            tx.insert(row.target, scope_team_id=scope_of(row))
            added += 1
        elif row.action == "update":
            tx.update(row.target, **row.values)
            updated += 1
        progress("writing", added + updated, len(rows))
    return {"added": added, "updated": updated, "unchanged": sum(r.action == "unchanged" for r in rows)}


class OrgResolver(Resolver):
    entity = "inspected_org"

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        super().__init__(session, ws)
        self.orgs = list(session.scalars(select(InspectedOrg).where(InspectedOrg.is_deleted.is_(False))))

    def resolve(self, parsed: list[ParsedRow]) -> list[RowPlan]:
        # every name of the file first, so a village may come before its township
        self.names: dict[str, list[InspectedOrg]] = {}
        for org in self.orgs:
            self.names.setdefault(squash(org.name), []).append(org)
        self.new: dict[str, InspectedOrg] = {}
        for p in parsed:
            name = p.values.get("name")
            if name and squash(name) not in self.names and squash(name) not in self.new:
                self.new[squash(name)] = InspectedOrg(id=str(uuid.uuid4()), name=name, level="")
        plans = [self.row(replace(p, problems=list(p.problems))) for p in parsed]
        self._check_hierarchy(plans)
        return plans

    def _check_hierarchy(self, plans: list[RowPlan]) -> None:
        """The planning rule of the unit tree (services/planning/rules.PARENT_LEVELS: a village under a township,
        ...), checked once every row's level is known, so a village may come before its township in the sheet."""
        by_id = {o.id: o for o in self.orgs} | {o.id: o for o in self.new.values()}
        for plan in plans:
            if plan.parsed.problems or plan.target is None:
                continue
            org = plan.target
            level = str(plan.values.get("level", str(org.level or "")))
            parent_id = plan.values.get("parent_id", org.parent_id)
            parent = by_id.get(parent_id) if parent_id else None
            allowed = PARENT_LEVELS.get(level)
            parent_level = str(parent.level or "") if parent is not None else None
            if allowed is None or parent_level in allowed:
                continue
            if parent is None and self.ws.kind is WorkspaceKind.TEAM:
                continue  # a team's own list may name a village alone; HQ's plan places every unit in the tree
            reason = "village_outside_township" if level in VILLAGE_LEVELS else "parent_level"
            key = "parent_name" if "parent_name" in plan.parsed.values else "level"
            plan.parsed.problems.append(problem(
                plan.parsed, key, reason, self.entity, value=parent.name if parent is not None else "",
                level=_level_zh(level), parent_level=_level_zh(parent_level)))

    def _named(self, name: str, parent_id: str | None = None) -> InspectedOrg | None:
        found = self.names.get(squash(name), [])
        if parent_id is not None and len(found) > 1:
            found = [o for o in found if o.parent_id == parent_id] or found
        if len(found) == 1:
            return found[0]
        return self.new.get(squash(name)) if not found else None

    def row(self, p: ParsedRow) -> RowPlan:
        v, plan = p.values, RowPlan(p)
        name = v.get("name")
        plan.label = name or ""
        if not name:
            p.problems.append(problem(p, "name", "required", self.entity))
            return plan
        parent = None
        if v.get("parent_name"):
            parent = self._named(v["parent_name"])
            if parent is None:
                p.problems.append(problem(p, "parent_name", "unknown_reference", self.entity, value=v["parent_name"]))
                return plan
        if not self.once(p, (squash(name), parent.id if parent else None), "name", name):
            return plan
        fields = {k: v[k] for k in ORG_FIELDS if k in v}
        if parent is not None:
            fields["parent_id"] = parent.id
        existing = self._named(name, parent.id if parent else None)
        if existing is None or existing.level == "":
            if "level" not in v:
                p.problems.append(problem(p, "level", "required", self.entity))
                return plan
            org = existing or InspectedOrg(id=str(uuid.uuid4()))
            for key, value in fields.items():
                setattr(org, key, value)
            plan.target = org
            return plan
        return matched(plan, existing, fields)

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        return _write_simple(tx, rows, lambda row: HQ_SCOPE, progress, cancel)


class TaxonomyResolver(Resolver):
    entity = "taxonomy_node"

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        super().__init__(session, ws)
        self.nodes = {(n.scheme, n.code): n for n in session.scalars(select(TaxonomyNode))}
        self.kinds = {n.scheme: n.kind for n in self.nodes.values()}
        self.schemes: dict[str, str] = {}
        for scheme, name in scheme_names().items():
            self.schemes[squash(scheme)] = self.schemes[squash(name)] = scheme
        for scheme in self.kinds:
            self.schemes.setdefault(squash(scheme), scheme)

    def resolve(self, parsed: list[ParsedRow]) -> list[RowPlan]:
        self.file_nodes: dict[tuple[str, str], TaxonomyNode] = {}
        for p in parsed:
            scheme = self.schemes.get(squash(str(p.values.get("scheme", ""))))
            code = p.values.get("code")
            if scheme and code and (scheme, code) not in self.nodes:
                self.file_nodes.setdefault((scheme, code), TaxonomyNode(id=str(uuid.uuid4()), scheme=scheme,
                                                                        code=code))
        return [self.row(replace(p, problems=list(p.problems))) for p in parsed]

    def row(self, p: ParsedRow) -> RowPlan:
        v, plan = p.values, RowPlan(p)
        for key in ("scheme", "code", "name", "level"):
            if key not in v:
                p.problems.append(problem(p, key, "required", self.entity))
        if p.problems:
            return plan
        scheme = self.schemes.get(squash(v["scheme"]))
        if scheme is None:
            p.problems.append(problem(p, "scheme", "unknown_choice", self.entity, value=v["scheme"],
                                      choices="、".join(scheme_names().values())))
            return plan
        code = v["code"]
        plan.label = f"{code} {v['name']}"
        fields: dict[str, Any] = {"name": v["name"], "level": v["level"], "parent_id": None}
        if "order_no" in v:
            fields["order_no"] = v["order_no"]
        parent_code = v.get("parent_code")
        if parent_code:
            parent = self.nodes.get((scheme, parent_code)) or self.file_nodes.get((scheme, parent_code))
            if parent is None:
                p.problems.append(problem(p, "parent_code", "unknown_reference", self.entity, value=parent_code))
                return plan
            fields["parent_id"] = parent.id
            parent_level = parent.level if parent.level is not None else None
            if parent_level is not None and v["level"] != parent_level + 1:
                p.problems.append(problem(p, "level", "invalid", self.entity, value=v["level"]))
        elif v["level"] != 1:
            p.problems.append(problem(p, "parent_code", "required", self.entity))
        if not self.once(p, (scheme, code), "code", code):
            return plan
        existing = self.nodes.get((scheme, code))
        if existing is None:
            node = self.file_nodes[(scheme, code)]
            node.kind = self.kinds.get(scheme, "category")
            for key, value in fields.items():
                setattr(node, key, value)
            plan.target = node
            return plan
        return matched(plan, existing, fields)

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        ordered = sorted(rows, key=lambda r: r.parsed.values.get("level") or 0)
        return _write_simple(tx, ordered, lambda row: HQ_SCOPE, progress, cancel)


class ClueResolver(FindingResolver):
    """Clues share the findings' context columns (round, team, organisation)."""

    entity = "clue"

    def __init__(self, session: Session, ws: WorkspaceSession) -> None:
        Resolver.__init__(self, session, ws)

        self.ctx = Context.load(session, ws)
        self.clues = {c.clue_no: c for c in session.scalars(select(Clue))}

    def row(self, p: ParsedRow) -> RowPlan:
        v, plan = p.values, RowPlan(p)
        misses: list[Any] = []
        where = self.ctx.where(v, misses)
        for miss in misses:
            (plan.needs if miss.creatable else p.problems).append(
                problem(p, miss.key, miss.reason, self.entity, **miss.params))
        for key in ("clue_no", "reflected_person_name", "problem_text"):
            if key not in v:
                p.problems.append(problem(p, key, "required", self.entity))
        clue_no = v.get("clue_no")
        plan.label = clue_no or ""
        if not clue_no or not self.once(p, ("clue_no", clue_no), "clue_no", clue_no):
            return plan
        fields = {k: v[k] for k in CLUE_FIELDS if k in v}
        if where is not None:
            fields.update(assignment_id=where.assignment.id, org_id=where.org.id)
        existing = self.clues.get(clue_no)
        if existing is None:
            person, text = v.get("reflected_person_name", ""), v.get("problem_text", "")
            name = f"关于{person}{text.split('。')[0][:40]}的问题线索"
            plan.target = Clue(id=str(uuid.uuid4()), clue_no=clue_no, clue_name=name[:200],
                               reflected_unit=where.org.name if where else None, **fields)
            plan.values = {"_scope": where.team.id if where else None}
            return plan
        if existing.is_deleted:
            p.problems.append(problem(p, "clue_no", "duplicate", self.entity, value=clue_no))
            return plan
        return matched(plan, existing, fields)

    def write(self, tx: WriteTx, rows: list[RowPlan], create_missing: bool, progress: Progress,
              cancel: CancelToken | None) -> dict[str, int]:
        if create_missing:
            self.ctx.write_pending(tx)
        return _write_simple(tx, rows, lambda row: row.values.get("_scope"), progress, cancel)


RESOLVERS: dict[str, type[Resolver]] = {
    "findings": FindingResolver, "rectification": RectificationResolver, "orgs": OrgResolver,
    "taxonomy": TaxonomyResolver, "clues": ClueResolver,
}


def make_resolver(session: Session, ws: WorkspaceSession, kind: str) -> Resolver:
    return RESOLVERS[kind](session, ws)
