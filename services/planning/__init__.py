"""巡察计划: HQ plans a round — the round, its teams and members, the inspected units and the assignments.

Every edit is a WriteTx (row, change record and audit event together) by HQ's administrator on an HQ workspace;
a team receives these rows in its enrollment grant and in HQ's updates and may never change them (the sync policy
refuses them: services/sync/merge/policy.py ``HQ_ONLY_ENTITIES``). Modules:

- ``rounds``: create, edit, status (planned → stationed → reported → rectifying → closed), delete;
- ``teams``: teams of a round and their members (duty roles, recusals 回避);
- ``orgs``: the inspected units and their hierarchy 市 → 县（市、区） → 乡镇（街道） → 村（社区）;
- ``assignments``: round × team × unit with the mode and the period; copying a previous round's unit list;
- ``rules``: the checks several of them share (recusals, leaders, the village/township rule);
- ``lookup``: a round by id or title, a team by number, a unit by name (for the CLI and the Excel import).

Rejected input is an InvalidFieldsError whose FieldProblems name the entity and field (reason codes in the
faces' REASONS tables). Reads for the window and the CLI are in services/queries/planning.py.
"""
