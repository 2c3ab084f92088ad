"""Packages and sync (docs/sync.md, docs/security.md §5): team laptops and HQ exchange sealed, signed package files.

The entry points sit at the top; each sub-package is one step of the story, and a module's name says which side
runs it (``hq_``: HQ's workspace, ``team_``: a team laptop; no prefix: both). Imports go downwards only
(the import-linter contract "Inside services/sync" in pyproject.toml):

- ``batch_import``: import many packages at once (files and folders; per sender, in sequence order). HQ and team.
- ``importer``: import one package: steps 1-8 verify and read only, step 9 writes in one transaction (HQ merges a
  team package; a team laptop applies HQ's update). ``import_records``: what step 9 writes besides the merge.
- ``exporter``: a team laptop's package to HQ (its changes HQ has not acknowledged). HQ's updates to a team:
  ``updates.hq_export``.
- ``enrollment``: enrollment by file (team request, HQ registration and grant, team acceptance).
- ``closeout``: a team leader wipes a round HQ has fully acknowledged (清退).
- ``verify``: the import's read-only checks (content, acknowledgements, replay/order/gaps).
- ``updates``: HQ -> team: which rows a device gets (``hq_rows``), the update package (``hq_export``), the laptop
  applying it (``team_apply``).
- ``conflicts``: HQ's conflict inbox (``inbox``, ``display``, ``values``) and the laptop's list of its edits
  waiting there (``waiting_edits``).
- ``merge``: HQ merging a team's changes: the pure decision (``decision``), who may send what (``policy``,
  ``policy_refs``), applying in batches (``apply``, ``context``, ``writer``), change-record values (``values``).
- ``devices``: this workspace's key pairs, the devices it knows, per-peer state, revocation.
- ``package``: the package file: clear header, container and signature, payload databases, the audit chain it
  carries, and the reasons a package is refused (``rejections``).
- ``crypto``: the primitives: key pairs, sealing, streaming AES-GCM, signatures, canonical JSON, their errors.
- ``report``: what an import, export or enrollment did, as the CLI and the windows show it.
"""
