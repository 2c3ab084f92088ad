<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptGrantDialog</name>
    <message>
        <source>Accept HQ&apos;s grant</source>
        <translation>Accept HQ&apos;s grant</translation>
    </message>
    <message>
        <source>Open the grant HQ saved for this laptop. Compare HQ&apos;s fingerprint below with the one on HQ&apos;s screen (read it aloud or by phone). Accept only if every character matches.</source>
        <translation>Open the grant HQ saved for this laptop. Compare HQ&apos;s fingerprint below with the one on HQ&apos;s screen (read it aloud or by phone). Accept only if every character matches.</translation>
    </message>
    <message>
        <source>Accept grant</source>
        <translation>Accept grant</translation>
    </message>
    <message>
        <source>The .xcgrant file from HQ</source>
        <translation>The .xcgrant file from HQ</translation>
    </message>
    <message>
        <source>Grant file:</source>
        <translation>Grant file:</translation>
    </message>
    <message>
        <source>Open an enrollment grant</source>
        <translation>Open an enrollment grant</translation>
    </message>
    <message>
        <source>Enrollment grants (*.xcgrant)</source>
        <translation>Enrollment grants (*.xcgrant)</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>Registered as:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>HQ&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>This laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>I compared the fingerprints with HQ</source>
        <translation>I compared the fingerprints with HQ</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Taking the team&apos;s reference data…</source>
        <translation>Taking the team&apos;s reference data…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Open workspace folder</source>
        <translation>Open workspace folder</translation>
    </message>
    <message numerus="yes">
        <source>The workspace was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>The workspace was locked after %n minute without activity.</numerusform>
            <numerusform>The workspace was locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Make a new recovery code</translation>
    </message>
    <message>
        <source>The recovery code made earlier will stop working. Make a new one?</source>
        <translation>The recovery code made earlier will stop working. Make a new one?</translation>
    </message>
    <message>
        <source>Verify workspace</source>
        <translation>Verify workspace</translation>
    </message>
    <message>
        <source>Verifying the workspace…</source>
        <translation>Verifying the workspace…</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is whole: database integrity, the audit trail and the change log all passed (%n change record(s) checked).</source>
        <translation>
            <numerusform>The workspace is whole: database integrity, the audit trail and the change log all passed (%n change record checked).</numerusform>
            <numerusform>The workspace is whole: database integrity, the audit trail and the change log all passed (%n change records checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Keep a copy of this workspace and tell the inspection office.</source>
        <translation>
            <numerusform>The check found %n problem. Keep a copy of this workspace and tell the inspection office.</numerusform>
            <numerusform>The check found %n problems. Keep a copy of this workspace and tell the inspection office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocking removed %n temporary file(s) (%1) that an interrupted export had left.</source>
        <translation>
            <numerusform>Unlocking removed %n temporary file (%1) that an interrupted export had left.</numerusform>
            <numerusform>Unlocking removed %n temporary files (%1) that an interrupted export had left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) (%1) of an interrupted export are in the workspace folder: %2. The next unlock or export removes them.</source>
        <translation>
            <numerusform>%n temporary file (%1) of an interrupted export are in the workspace folder: %2. The next unlock or export removes them.</numerusform>
            <numerusform>%n temporary files (%1) of an interrupted export are in the workspace folder: %2. The next unlock or export removes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the demo workspace</source>
        <translation>Create the demo workspace</translation>
    </message>
    <message>
        <source>Making the demo workspace…</source>
        <translation>Making the demo workspace…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Xuncha starts.</source>
        <translation>The new language takes effect the next time Xuncha starts.</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <source>Lock the workspace after this many minutes without activity:</source>
        <translation>Lock the workspace after this many minutes without activity:</translation>
    </message>
    <message>
        <source>About Xuncha</source>
        <translation>About Xuncha</translation>
    </message>
    <message>
        <source>Xuncha 0.1 — offline work of municipal party inspection teams and their office.
Data is encrypted at rest (SQLCipher); the program has no network code.</source>
        <translation>Xuncha 0.1 — offline work of municipal party inspection teams and their office.
Data is encrypted at rest (SQLCipher); the program has no network code.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Team %1 · %2</source>
        <translation>Team %1 · %2</translation>
    </message>
    <message>
        <source>Assign units</source>
        <translation>Assign units</translation>
    </message>
    <message>
        <source>Edit the assignment of %1</source>
        <translation>Edit the assignment of %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Tick the units this team inspects in the round. A village or community goes to the team of its township; greyed units are assigned already.</source>
        <translation>Tick the units this team inspects in the round. A village or community goes to the team of its township; greyed units are assigned already.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>A key object of this round</source>
        <translation>A key object of this round</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Period covered</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n unit(s)</source>
        <translation>
            <numerusform>Assign %n unit</numerusform>
            <numerusform>Assign %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Choose the problem category</source>
        <translation>Choose the problem category</translation>
    </message>
    <message>
        <source>Search by name or code, e.g. 三资, 公车, B4</source>
        <translation>Search by name or code, e.g. 三资, 公车, B4</translation>
    </message>
    <message>
        <source>No category matches the search.</source>
        <translation>No category matches the search.</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Completion standard</source>
        <translation>Completion standard</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>First responsible person</source>
        <translation>First responsible person</translation>
    </message>
    <message>
        <source>Supervising city leader</source>
        <translation>Supervising city leader</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source> (%1 days overdue)</source>
        <translation> (%1 days overdue)</translation>
    </message>
    <message>
        <source>Task %1 — %2</source>
        <translation>Task %1 — %2</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Evidence: </translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>Progress %1</translation>
    </message>
    <message>
        <source>Close-out requested %1</source>
        <translation>Close-out requested %1</translation>
    </message>
    <message>
        <source>Inspection office: </source>
        <translation>Inspection office: </translation>
    </message>
    <message>
        <source>Discipline commission: </source>
        <translation>Discipline commission: </translation>
    </message>
    <message>
        <source>Organisation department: </source>
        <translation>Organisation department: </translation>
    </message>
    <message>
        <source>Review %1 — %2</source>
        <translation>Review %1 — %2</translation>
    </message>
    <message>
        <source>Closed out %1</source>
        <translation>Closed out %1</translation>
    </message>
    <message>
        <source>%1 found %2</source>
        <translation>%1 found %2</translation>
    </message>
    <message>
        <source>Finding signed</source>
        <translation>Finding signed</translation>
    </message>
    <message>
        <source>Not fed back yet</source>
        <translation>Not fed back yet</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>Fed back %1</source>
        <translation>Fed back %1</translation>
    </message>
    <message>
        <source>received by %1 on %2</source>
        <translation>received by %1 on %2</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>no receipt yet</translation>
    </message>
    <message>
        <source>Handed over %1 to %2 (%3)</source>
        <translation>Handed over %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>feedback due %1</source>
        <translation>feedback due %1</translation>
    </message>
    <message>
        <source>Choose a task to see its problem from finding to close-out.</source>
        <translation>Choose a task to see its problem from finding to close-out.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Save the chart as</source>
        <translation>Save the chart as</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to “%1”.</source>
        <translation>The image could not be written to “%1”.</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close out a round</source>
        <translation>Close out a round</translation>
    </message>
    <message>
        <source>Closing out removes the round&apos;s records, attachments and confirmed change records from this laptop for good, once HQ has confirmed that it holds all of them. The removal is recorded in the audit trail and cannot be undone.</source>
        <translation>Closing out removes the round&apos;s records, attachments and confirmed change records from this laptop for good, once HQ has confirmed that it holds all of them. The removal is recorded in the audit trail and cannot be undone.</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>HQ&apos;s confirmation:</source>
        <translation>HQ&apos;s confirmation:</translation>
    </message>
    <message>
        <source>Round title:</source>
        <translation>Round title:</translation>
    </message>
    <message>
        <source>Close out round</source>
        <translation>Close out round</translation>
    </message>
    <message>
        <source>This workspace holds no round.</source>
        <translation>This workspace holds no round.</translation>
    </message>
    <message>
        <source>Only the team leader closes out a round.</source>
        <translation>Only the team leader closes out a round.</translation>
    </message>
    <message numerus="yes">
        <source>HQ has confirmed everything of this round (%n record(s)).</source>
        <translation>
            <numerusform>HQ has confirmed everything of this round (%n record).</numerusform>
            <numerusform>HQ has confirmed everything of this round (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet confirmed by HQ: %1 change(s), %2 clue change(s), %3 audit record(s). Export a package for HQ, import HQ&apos;s update package, then close out.</source>
        <translation>Not yet confirmed by HQ: %1 change(s), %2 clue change(s), %3 audit record(s). Export a package for HQ, import HQ&apos;s update package, then close out.</translation>
    </message>
    <message>
        <source>To confirm, type the round&apos;s title: %1</source>
        <translation>To confirm, type the round&apos;s title: %1</translation>
    </message>
    <message>
        <source>Closing out…</source>
        <translation>Closing out…</translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>Clue %1</source>
        <translation>Clue %1</translation>
    </message>
    <message>
        <source>New clue</source>
        <translation>New clue</translation>
    </message>
    <message>
        <source>Clue level (C3). Opening this clue was recorded in the audit trail.</source>
        <translation>Clue level (C3). Opening this clue was recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Clue level (C3): only the team leader, the clue officer and HQ&apos;s clue reviewers can see what you enter here.</source>
        <translation>Clue level (C3): only the team leader, the clue officer and HQ&apos;s clue reviewers can see what you enter here.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete clue…</source>
        <translation>Delete clue…</translation>
    </message>
    <message>
        <source>— choose the inspected unit —</source>
        <translation>— choose the inspected unit —</translation>
    </message>
    <message>
        <source>The clue has been dealt with (已办结)</source>
        <translation>The clue has been dealt with (已办结)</translation>
    </message>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>e.g. 2026-03-05</translation>
    </message>
    <message>
        <source>Linked findings and registers</source>
        <translation>Linked findings and registers</translation>
    </message>
    <message>
        <source>Link a finding…</source>
        <translation>Link a finding…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>The finding this clue comes from is linked when you save it; link more findings after saving.</source>
        <translation>The finding this clue comes from is linked when you save it; link more findings after saving.</translation>
    </message>
    <message>
        <source>Save the clue first, then link it to findings.</source>
        <translation>Save the clue first, then link it to findings.</translation>
    </message>
    <message>
        <source>Not linked to any finding yet.</source>
        <translation>Not linked to any finding yet.</translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation>Delete clue</translation>
    </message>
    <message>
        <source>Why is this clue deleted? The reason is kept with it.</source>
        <translation>Why is this clue deleted? The reason is kept with it.</translation>
    </message>
</context>
<context>
    <name>ClueFeedbackDialog</name>
    <message>
        <source>Result of %1</source>
        <translation>Result of %1</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>Closed (办结)</translation>
    </message>
</context>
<context>
    <name>ClueHandoverDialog</name>
    <message>
        <source>Hand clues over</source>
        <translation>Hand clues over</translation>
    </message>
    <message>
        <source>Clue level (C3). The receiving body&apos;s feedback is due three months after the handover unless you set a deadline; its receipt comes before any feedback.</source>
        <translation>Clue level (C3). The receiving body&apos;s feedback is due three months after the handover unless you set a deadline; its receipt comes before any feedback.</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
</context>
<context>
    <name>ClueHandoversTab</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>Handed</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Clues handed over to the discipline commission or another body, with the receipt and the result. Feedback past its deadline shows red.</source>
        <translation>Clues handed over to the discipline commission or another body, with the receipt and the result. Feedback past its deadline shows red.</translation>
    </message>
    <message>
        <source>Hand clues over…</source>
        <translation>Hand clues over…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Result…</translation>
    </message>
    <message>
        <source>No clue has been handed over yet.</source>
        <translation>No clue has been handed over yet.</translation>
    </message>
</context>
<context>
    <name>CluesArea</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clue no.</source>
        <translation>Clue no.</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>Person reflected on</source>
        <translation>Person reflected on</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>New clue…</source>
        <translation>New clue…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list and of each clue is recorded in the audit trail.</source>
        <translation>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list and of each clue is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>No clues registered yet. Use “New clue…” to register one, or register one from a finding a member passed on to you.</source>
        <translation>No clues registered yet. Use “New clue…” to register one, or register one from a finding a member passed on to you.</translation>
    </message>
    <message>
        <source>No finding is waiting. When a member marks a finding as a possible clue, it appears here until you register a clue from it or decide there is none.</source>
        <translation>No finding is waiting. When a member marks a finding as a possible clue, it appears here until you register a clue from it or decide there is none.</translation>
    </message>
    <message>
        <source>Register a clue from it…</source>
        <translation>Register a clue from it…</translation>
    </message>
    <message>
        <source>No clue in it</source>
        <translation>No clue in it</translation>
    </message>
    <message>
        <source>Findings members marked as possible clues. They see only that they passed a finding on, never what became of it.</source>
        <translation>Findings members marked as possible clues. They see only that they passed a finding on, never what became of it.</translation>
    </message>
    <message>
        <source>Passed on by members</source>
        <translation>Passed on by members</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Passed on by members (%1)</source>
        <translation>Passed on by members (%1)</translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation>Delete clue</translation>
    </message>
    <message>
        <source>Why is clue %1 deleted? The reason is kept with it.</source>
        <translation>Why is clue %1 deleted? The reason is kept with it.</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Finding no.</source>
        <translation>Finding no.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Passed on by</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <source>Passed on at</source>
        <translation>Passed on at</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s)</source>
        <translation>
            <numerusform>%n clue</numerusform>
            <numerusform>%n clues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Show resolved conflicts too</translation>
    </message>
    <message>
        <source>No conflicts are waiting. When a package brings a change that clashes with HQ&apos;s own, it is listed here and the record keeps HQ&apos;s value until someone decides.</source>
        <translation>No conflicts are waiting. When a package brings a change that clashes with HQ&apos;s own, it is listed here and the record keeps HQ&apos;s value until someone decides.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The team gave this record a number another record already has: keep its number or give it a free one.</source>
        <translation>The team gave this record a number another record already has: keep its number or give it a free one.</translation>
    </message>
    <message>
        <source>The team deleted this record while HQ edited it.</source>
        <translation>The team deleted this record while HQ edited it.</translation>
    </message>
    <message>
        <source>HQ deleted this record while the team edited it.</source>
        <translation>HQ deleted this record while the team edited it.</translation>
    </message>
    <message>
        <source>● marks the fields where the two sides differ.</source>
        <translation>● marks the fields where the two sides differ.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <source>Record that already has this number</source>
        <translation>Record that already has this number</translation>
    </message>
    <message>
        <source>Incoming record with the same number</source>
        <translation>Incoming record with the same number</translation>
    </message>
    <message>
        <source>HQ now (current)</source>
        <translation>HQ now (current)</translation>
    </message>
    <message>
        <source>Incoming from the team</source>
        <translation>Incoming from the team</translation>
    </message>
    <message>
        <source>Merged value (you may edit it)</source>
        <translation>Merged value (you may edit it)</translation>
    </message>
    <message>
        <source>New number for the incoming record</source>
        <translation>New number for the incoming record</translation>
    </message>
    <message>
        <source>Number for this record</source>
        <translation>Number for this record</translation>
    </message>
    <message>
        <source>Keep its number</source>
        <translation>Keep its number</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <source>Delete it as the team did</source>
        <translation>Delete it as the team did</translation>
    </message>
    <message>
        <source>Restore it with the team&apos;s changes</source>
        <translation>Restore it with the team&apos;s changes</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>Use this number</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Take incoming</translation>
    </message>
    <message>
        <source>Use edited value</source>
        <translation>Use edited value</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n conflict waiting for a decision.</numerusform>
            <numerusform>%n conflicts waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>No conflicts waiting.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>Resolved. The decision goes to the team with the next update package.</source>
        <translation>Resolved. The decision goes to the team with the next update package.</translation>
    </message>
    <message>
        <source>Only the HQ administrator resolves conflicts.</source>
        <translation>Only the HQ administrator resolves conflicts.</translation>
    </message>
    <message>
        <source>Give the incoming record a number that is not used yet.</source>
        <translation>Give the incoming record a number that is not used yet.</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Conflict inbox</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Both changed this field</source>
        <translation>Both changed this field</translation>
    </message>
    <message>
        <source>Team deleted, HQ edited</source>
        <translation>Team deleted, HQ edited</translation>
    </message>
    <message>
        <source>Team edited, HQ deleted</source>
        <translation>Team edited, HQ deleted</translation>
    </message>
    <message>
        <source>Number already used</source>
        <translation>Number already used</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>kept current</source>
        <translation>kept current</translation>
    </message>
    <message>
        <source>took incoming</source>
        <translation>took incoming</translation>
    </message>
    <message>
        <source>merged value</source>
        <translation>merged value</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Finding source</source>
        <translation>Finding source</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Document request</translation>
    </message>
    <message>
        <source>Requested document</source>
        <translation>Requested document</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>Rectification item</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>Clue link</source>
        <translation>Clue link</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>Clue handover</source>
        <translation>Clue handover</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation>From laptop</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your saved data is not affected; unsaved input in the open dialog may be lost.

The details were written to:
%1</source>
        <translation>Something went wrong inside the program. Your saved data is not affected; unsaved input in the open dialog may be lost.

The details were written to:
%1</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>A workspace is a folder holding the encrypted database of one team (or of the inspection office). You become its first user and administer it.</source>
        <translation>A workspace is a folder holding the encrypted database of one team (or of the inspection office). You become its first user and administer it.</translation>
    </message>
    <message>
        <source>Folder for the new workspace</source>
        <translation>Folder for the new workspace</translation>
    </message>
    <message>
        <source>e.g. 张组长</source>
        <translation>e.g. 张组长</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Team number:</source>
        <translation>Team number:</translation>
    </message>
    <message>
        <source>First user:</source>
        <translation>First user:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The first user administers the workspace; add the others later.</source>
        <translation>The first user administers the workspace; add the others later.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>At least %1 characters; a short sentence mixing Chinese characters, letters and digits is best. Nobody can recover a forgotten passphrase.</source>
        <translation>At least %1 characters; a short sentence mixing Chinese characters, letters and digits is best. Nobody can recover a forgotten passphrase.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Choose a folder for the workspace.</translation>
    </message>
    <message>
        <source>Enter the name of the first user.</source>
        <translation>Enter the name of the first user.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>e.g. 2026-03-05</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Create the demo workspace</source>
        <translation>Create the demo workspace</translation>
    </message>
    <message>
        <source>The demo workspace holds a made-up round: units, findings, registers, clues and rectification tasks, with several demo users. It takes a little while to make; you can cancel at any time.</source>
        <translation>The demo workspace holds a made-up round: units, findings, registers, clues and rectification tasks, with several demo users. It takes a little while to make; you can cancel at any time.</translation>
    </message>
    <message>
        <source>Folder for the demo workspace</source>
        <translation>Folder for the demo workspace</translation>
    </message>
    <message>
        <source>%1 (all four teams&apos; results)</source>
        <translation>%1 (all four teams&apos; results)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose a folder for the demo workspace.</source>
        <translation>Choose a folder for the demo workspace.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder.</source>
        <translation>This folder is not empty. Choose an empty or new folder.</translation>
    </message>
</context>
<context>
    <name>DocumentRequestDialog</name>
    <message>
        <source>The team leader signed the request</source>
        <translation>The team leader signed the request</translation>
    </message>
    <message>
        <source>Mark selected as returned today</source>
        <translation>Mark selected as returned today</translation>
    </message>
    <message>
        <source>Items requested (dates as 2026-09-03)</source>
        <translation>Items requested (dates as 2026-09-03)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <source>New document request</source>
        <translation>New document request</translation>
    </message>
    <message>
        <source>Document request %1</source>
        <translation>Document request %1</translation>
    </message>
</context>
<context>
    <name>EditTaskDialog</name>
    <message>
        <source>Edit task %1</source>
        <translation>Edit task %1</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>names, separated by 、</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EnrollRequestDialog</name>
    <message>
        <source>Enrollment request</source>
        <translation>Enrollment request</translation>
    </message>
    <message>
        <source>This makes the laptop&apos;s keys and a request file for HQ. Take the file and this laptop to HQ: there the person registering it compares the fingerprint shown here with the one on HQ&apos;s screen.</source>
        <translation>This makes the laptop&apos;s keys and a request file for HQ. Take the file and this laptop to HQ: there the person registering it compares the fingerprint shown here with the one on HQ&apos;s screen.</translation>
    </message>
    <message>
        <source>Make request</source>
        <translation>Make request</translation>
    </message>
    <message>
        <source>Save request as:</source>
        <translation>Save request as:</translation>
    </message>
    <message>
        <source>Save the enrollment request</source>
        <translation>Save the enrollment request</translation>
    </message>
    <message>
        <source>Enrollment requests (*.xcreq)</source>
        <translation>Enrollment requests (*.xcreq)</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>This laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Making the request…</source>
        <translation>Making the request…</translation>
    </message>
    <message>
        <source>The request was saved to %1.
Take it and this laptop to HQ, compare the fingerprint above with HQ&apos;s screen, and bring back the grant file.</source>
        <translation>The request was saved to %1.
Take it and this laptop to HQ, compare the fingerprint above with HQ&apos;s screen, and bring back the grant file.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>%n page(s)</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence %1</source>
        <translation>Evidence %1</translation>
    </message>
    <message>
        <source>e.g. the unit&apos;s finance office</source>
        <translation>e.g. the unit&apos;s finance office</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>Enter a date</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Save first to attach evidence.</source>
        <translation>Save first to attach evidence.</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>No evidence is attached.</translation>
    </message>
    <message>
        <source>No evidence yet.

Drag photos, PDF files or Office documents here, or click “Attach files…”.
They are stored encrypted inside the workspace.</source>
        <translation>No evidence yet.

Drag photos, PDF files or Office documents here, or click “Attach files…”.
They are stored encrypted inside the workspace.</translation>
    </message>
    <message>
        <source>Drop files on this list to attach them. Double-click to view.</source>
        <translation>Drop files on this list to attach them. Double-click to view.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Nothing was attached.</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Attached %1.</translation>
    </message>
    <message>
        <source>Same content as an earlier file: %1.</source>
        <translation>Same content as an earlier file: %1.</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>Decrypting the file…</source>
        <translation>Decrypting the file…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Writing the copy…</translation>
    </message>
    <message>
        <source>Saved a plaintext copy of %1 to “%2”.</source>
        <translation>Saved a plaintext copy of %1 to “%2”.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Evidence files (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.ofd *.txt *.rtf *.zip *.rar *.7z);;All files (*)</source>
        <translation>Evidence files (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.ofd *.txt *.rtf *.zip *.rar *.7z);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be shown inside the program. Save a copy to open it with another program?</source>
        <translation>“%1” cannot be shown inside the program. Save a copy to open it with another program?</translation>
    </message>
    <message>
        <source>“%1” is too large to be shown inside the program (%2; at most %3). Save a copy to open it with another program.</source>
        <translation>“%1” is too large to be shown inside the program (%2; at most %3). Save a copy to open it with another program.</translation>
    </message>
    <message>
        <source>Save a plaintext copy</source>
        <translation>Save a plaintext copy</translation>
    </message>
    <message>
        <source>The copy of %1 will NOT be encrypted: anyone who gets the file can read it.

Save it only where it must go, keep it safe, and delete it when it is no longer needed. Saving a copy is recorded in the audit trail.</source>
        <translation>The copy of %1 will NOT be encrypted: anyone who gets the file can read it.

Save it only where it must go, keep it safe, and delete it when it is no longer needed. Saving a copy is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Why is %1 “%2” being removed?
The reason is kept in the history; the number is not reused.</source>
        <translation>Why is %1 “%2” being removed?
The reason is kept in the history; the number is not reused.</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>File kind</source>
        <translation>File kind</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>This file cannot be shown inside the program (it may be damaged, protected by a password, or in a format the viewer does not read).
Save a copy to open it with another program.</source>
        <translation>This file cannot be shown inside the program (it may be damaged, protected by a password, or in a format the viewer does not read).
Save a copy to open it with another program.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ExcelExportDialog</name>
    <message>
        <source>Findings ledger</source>
        <translation>Findings ledger</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>Statistics summary</source>
        <translation>Statistics summary</translation>
    </message>
    <message>
        <source>Clue handover list (clue level)</source>
        <translation>Clue handover list (clue level)</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>Inspected units</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>Problem categories</translation>
    </message>
    <message>
        <source>Writing rows: %1 of %2</source>
        <translation>Writing rows: %1 of %2</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Save a blank Excel template</source>
        <translation>Save a blank Excel template</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>A blank sheet with the official headers, drop-down lists and a hint on every header. Headers may be renamed: a hidden sheet tells the import what each column holds.</source>
        <translation>A blank sheet with the official headers, drop-down lists and a hint on every header. Headers may be renamed: a hidden sheet tells the import what each column holds.</translation>
    </message>
    <message>
        <source>The file holds the data in plain text, in the office&apos;s official layout. Every page carries the classification marking and your name, and the export is recorded in the audit log. Keep the file as the confidentiality rules require.</source>
        <translation>The file holds the data in plain text, in the office&apos;s official layout. Every page carries the classification marking and your name, and the export is recorded in the audit log. Keep the file as the confidentiality rules require.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Clue level: only the team leader, the clue officer and the office&apos;s clue reviewers may hold this file.</source>
        <translation>Clue level: only the team leader, the clue officer and the office&apos;s clue reviewers may hold this file.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Marking:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>This folder is not on removable storage: the plain-text file stays on this computer. Prefer the office&apos;s encrypted USB storage.</source>
        <translation>This folder is not on removable storage: the plain-text file stays on this computer. Prefer the office&apos;s encrypted USB storage.</translation>
    </message>
    <message>
        <source>It is not known that this storage is encrypted: whoever holds it can read the file.</source>
        <translation>It is not known that this storage is encrypted: whoever holds it can read the file.</translation>
    </message>
    <message>
        <source>Save the Excel file as</source>
        <translation>Save the Excel file as</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The template was saved:
%1</source>
        <translation>The template was saved:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to:</source>
        <translation>
            <numerusform>%n row exported to:</numerusform>
            <numerusform>%n rows exported to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked “%1”; the export was recorded in the audit log.</source>
        <translation>Marked “%1”; the export was recorded in the audit log.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Stopped. No file was written.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Recognise from the headers</source>
        <translation>Recognise from the headers</translation>
    </message>
    <message>
        <source>Findings ledger</source>
        <translation>Findings ledger</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>Inspected units</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>Problem categories</translation>
    </message>
    <message>
        <source>Clue list (clue level)</source>
        <translation>Clue list (clue level)</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: %count hidden row(s) were read as usual.</source>
        <translation>Sheet “%sheet”: %count hidden row(s) were read as usual.</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: too many empty rows from row %row; nothing after them was read.</source>
        <translation>Sheet “%sheet”: too many empty rows from row %row; nothing after them was read.</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: %count total row(s) skipped.</source>
        <translation>Sheet “%sheet”: %count total row(s) skipped.</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” is not recognised and was ignored.</source>
        <translation>Sheet “%sheet”: column %column “%header” is not recognised and was ignored.</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” repeats an earlier column and was ignored.</source>
        <translation>Sheet “%sheet”: column %column “%header” repeats an earlier column and was ignored.</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” is written by exports and not read back.</source>
        <translation>Sheet “%sheet”: column %column “%header” is written by exports and not read back.</translation>
    </message>
    <message>
        <source>Sheet “%sheet” lacks required columns: %headers.</source>
        <translation>Sheet “%sheet” lacks required columns: %headers.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>its headers are not a ledger&apos;s</source>
        <translation>its headers are not a ledger&apos;s</translation>
    </message>
    <message>
        <source>another kind of ledger</source>
        <translation>another kind of ledger</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm) or a .csv file</source>
        <translation>An Excel workbook (.xlsx, .xlsm) or a .csv file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Read and check</source>
        <translation>Read and check</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Choose a ledger file, then read it. Nothing is written until you press Import; a file with a rejected row is never imported in part.</source>
        <translation>Choose a ledger file, then read it. Nothing is written until you press Import; a file with a rejected row is never imported in part.</translation>
    </message>
    <message>
        <source>Also create the rounds, teams and units this workspace lacks</source>
        <translation>Also create the rounds, teams and units this workspace lacks</translation>
    </message>
    <message>
        <source>Save the row report as Excel…</source>
        <translation>Save the row report as Excel…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a ledger</source>
        <translation>Choose a ledger</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was read.</source>
        <translation>Reading stopped; nothing was read.</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>Reading rows: %1</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Checking %1 rows…</translation>
    </message>
    <message>
        <source>Writing: %1</source>
        <translation>Writing: %1</translation>
    </message>
    <message>
        <source>%1 · sheet(s): %2</source>
        <translation>%1 · sheet(s): %2</translation>
    </message>
    <message>
        <source>To add: %1 · To update: %2 · Unchanged, skipped: %3 · Rejected: %4</source>
        <translation>To add: %1 · To update: %2 · Unchanged, skipped: %3 · Rejected: %4</translation>
    </message>
    <message>
        <source>%1 row(s) name a round, team or unit this workspace lacks: tick the box below to create them with the import.</source>
        <translation>%1 row(s) name a round, team or unit this workspace lacks: tick the box below to create them with the import.</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing can be imported. Correct them in the file (save the row report to see them marked) and read it again.</source>
        <translation>Rows were rejected, so nothing can be imported. Correct them in the file (save the row report to see them marked) and read it again.</translation>
    </message>
    <message>
        <source>Everything in this file is already in the workspace; importing changes nothing.</source>
        <translation>Everything in this file is already in the workspace; importing changes nothing.</translation>
    </message>
    <message>
        <source>Also create what this workspace lacks: %1</source>
        <translation>Also create what this workspace lacks: %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>To add (%1)</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>To update (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Will be created (%1)</source>
        <translation>Will be created (%1)</translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation>Missing (%1)</translation>
    </message>
    <message>
        <source>Sheet “%1” skipped: %2</source>
        <translation>Sheet “%1” skipped: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>Save the row report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Row report saved: %1</source>
        <translation>Row report saved: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Import stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged; %4 created.</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged; %4 created.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Packing attachments: %1 of %2</source>
        <translation>Packing attachments: %1 of %2</translation>
    </message>
    <message>
        <source>Update packages: %1 of %2 devices</source>
        <translation>Update packages: %1 of %2 devices</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <source>Writing the package file…</source>
        <translation>Writing the package file…</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>Collecting the changes…</translation>
    </message>
    <message>
        <source>Export update packages</source>
        <translation>Export update packages</translation>
    </message>
    <message>
        <source>Export a package for HQ</source>
        <translation>Export a package for HQ</translation>
    </message>
    <message>
        <source>One package per enrolled team laptop: HQ&apos;s corrections, rectification status and new assignments for that team only, and the acknowledgement of what HQ received. Each package is encrypted for its laptop and signed by HQ.</source>
        <translation>One package per enrolled team laptop: HQ&apos;s corrections, rectification status and new assignments for that team only, and the acknowledgement of what HQ received. Each package is encrypted for its laptop and signed by HQ.</translation>
    </message>
    <message>
        <source>The package holds every change HQ has not confirmed yet, the audit trail since then and the attachments those changes need. It is encrypted for HQ and signed by this laptop. Until HQ confirms receipt, every new package carries them again, so a lost stick loses nothing.</source>
        <translation>The package holds every change HQ has not confirmed yet, the audit trail since then and the attachments those changes need. It is encrypted for HQ and signed by this laptop. Until HQ confirms receipt, every new package carries them again, so a lost stick loses nothing.</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Save in:</translation>
    </message>
    <message>
        <source>Every enrolled team</source>
        <translation>Every enrolled team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>You do not hold the clue key: clue changes are not included. The team leader or the clue officer exports them.</source>
        <translation>You do not hold the clue key: clue changes are not included. The team leader or the clue officer exports them.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose the folder (for example the USB stick) to save the package in.</source>
        <translation>Choose the folder (for example the USB stick) to save the package in.</translation>
    </message>
    <message numerus="yes">
        <source>%n update package(s) written to %1:</source>
        <translation>
            <numerusform>%n update package written to %1:</numerusform>
            <numerusform>%n update packages written to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>• Team %1, laptop %2: %3 record(s), %4 attachment(s), %5</source>
        <translation>• Team %1, laptop %2: %3 record(s), %4 attachment(s), %5</translation>
    </message>
    <message>
        <source>Give each team its own files; each opens only on its laptop.</source>
        <translation>Give each team its own files; each opens only on its laptop.</translation>
    </message>
    <message>
        <source>Package no. %1 was written:</source>
        <translation>Package no. %1 was written:</translation>
    </message>
    <message>
        <source>%1 change(s), %2 clue change(s), %3 audit record(s), %4 attachment(s) (%5); file size %6.</source>
        <translation>%1 change(s), %2 clue change(s), %3 audit record(s), %4 attachment(s) (%5); file size %6.</translation>
    </message>
    <message>
        <source>It includes %1 of attachments sent before that HQ has not confirmed yet.</source>
        <translation>It includes %1 of attachments sent before that HQ has not confirmed yet.</translation>
    </message>
    <message>
        <source>Clue changes are not included (you do not hold the clue key).</source>
        <translation>Clue changes are not included (you do not hold the clue key).</translation>
    </message>
    <message>
        <source>Take the file to HQ; it is encrypted and signed.</source>
        <translation>Take the file to HQ; it is encrypted and signed.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary file(s) (%1) that an interrupted export had left.</source>
        <translation>
            <numerusform>Removed %n temporary file (%1) that an interrupted export had left.</numerusform>
            <numerusform>Removed %n temporary files (%1) that an interrupted export had left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stopped. No package was written.</source>
        <translation>Stopped. No package was written.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feed back to a unit</source>
        <translation>Feed back to a unit</translation>
    </message>
    <message>
        <source>Tick the signed problems fed back to the unit. Each becomes a rectification task (due in two months unless you set a deadline); the unit&apos;s plan is due in one month and its report in two.</source>
        <translation>Tick the signed problems fed back to the unit. Each becomes a rectification task (due in two months unless you set a deadline); the unit&apos;s plan is due in one month and its report in two.</translation>
    </message>
</context>
<context>
    <name>FieldVisitDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>e.g. a village group, a project site</source>
        <translation>e.g. a village group, a project site</translation>
    </message>
    <message>
        <source>New field visit</source>
        <translation>New field visit</translation>
    </message>
    <message>
        <source>Field visit %1</source>
        <translation>Field visit %1</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Refer to the clue officer…</source>
        <translation>Refer to the clue officer…</translation>
    </message>
    <message>
        <source>New working paper</source>
        <translation>New working paper</translation>
    </message>
    <message>
        <source>Passes this working paper to the clue officer, who decides whether it holds a clue. Nothing about the clue is written here.</source>
        <translation>Passes this working paper to the clue officer, who decides whether it holds a clue. Nothing about the clue is written here.</translation>
    </message>
    <message>
        <source>Last passed to the clue officer on %1.</source>
        <translation>Last passed to the clue officer on %1.</translation>
    </message>
    <message>
        <source>Refer to the clue officer</source>
        <translation>Refer to the clue officer</translation>
    </message>
    <message>
        <source>Pass this working paper to the clue officer for a decision on a possible clue?

Only the paper&apos;s number is passed on; put what you know in the paper itself.</source>
        <translation>Pass this working paper to the clue officer for a decision on a possible clue?

Only the paper&apos;s number is passed on; put what you know in the paper itself.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This working paper has unsaved changes. Save them?</source>
        <translation>This working paper has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>FindingFilterBar</name>
    <message>
        <source>Search title, description, legal basis, persons…</source>
        <translation>Search title, description, legal basis, persons…</translation>
    </message>
    <message>
        <source>Words separated by spaces must all appear (in the title, description, legal basis or persons involved); one or two characters are enough. Ctrl+F comes here.</source>
        <translation>Words separated by spaces must all appear (in the title, description, legal basis or persons involved); one or two characters are enough. Ctrl+F comes here.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>More filters ({count})…</source>
        <translation>More filters ({count})…</translation>
    </message>
    <message>
        <source>More filters…</source>
        <translation>More filters…</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>Choose the inspected unit</source>
        <translation>Choose the inspected unit</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>in 10,000 yuan, e.g. 12.5</source>
        <translation>in 10,000 yuan, e.g. 12.5</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Time, place, persons, what happened, amounts: the facts as found.</source>
        <translation>Time, place, persons, what happened, amounts: the facts as found.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The regulation and article, e.g. 《中国共产党纪律处分条例》第X条</source>
        <translation>The regulation and article, e.g. 《中国共产党纪律处分条例》第X条</translation>
    </message>
    <message>
        <source>Principal, first-responsible, leadership, direct and supervisory responsibility, with names</source>
        <translation>Principal, first-responsible, leadership, direct and supervisory responsibility, with names</translation>
    </message>
    <message>
        <source>The wording sent to the unit at feedback (原汁原味)</source>
        <translation>The wording sent to the unit at feedback (原汁原味)</translation>
    </message>
    <message>
        <source>Tags, persons, sources</source>
        <translation>Tags, persons, sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
</context>
<context>
    <name>FindingPicker</name>
    <message>
        <source>Link a finding</source>
        <translation>Link a finding</translation>
    </message>
    <message>
        <source>Type part of the finding&apos;s code or title</source>
        <translation>Type part of the finding&apos;s code or title</translation>
    </message>
    <message>
        <source>Show findings of every unit</source>
        <translation>Show findings of every unit</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No finding matches. Tick “Show findings of every unit” to look wider.</source>
        <translation>No finding matches. Tick “Show findings of every unit” to look wider.</translation>
    </message>
    <message>
        <source>No finding matches.</source>
        <translation>No finding matches.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them down.</source>
        <translation>The first %1 matches; type more to narrow them down.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) match.</source>
        <translation>
            <numerusform>%n finding match.</numerusform>
            <numerusform>%n findings match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsArea</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>No findings have been recorded in this workspace yet.

Click “New finding” to write the first working paper.</source>
        <translation>No findings have been recorded in this workspace yet.

Click “New finding” to write the first working paper.</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Click to sort; right-click to choose the columns</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>{total} findings in all, {shown} match</source>
        <translation>{total} findings in all, {shown} match</translation>
    </message>
    <message>
        <source>No finding matches the search and filters.

Change them, or clear the filters to see every finding again.</source>
        <translation>No finding matches the search and filters.

Change them, or clear the filters to see every finding again.</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Category (level 1)</source>
        <translation>Category (level 1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>Amount (10k yuan)</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Category (level 2)</source>
        <translation>Category (level 2)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Discovered by</translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation>Key problem</translation>
    </message>
    <message>
        <source>Common problem</source>
        <translation>Common problem</translation>
    </message>
    <message>
        <source>Fixed at once</source>
        <translation>Fixed at once</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings whose sources include this entry. A finding found here can be drafted straight from it, or an existing finding can name it as a source.</source>
        <translation>Findings whose sources include this entry. A finding found here can be drafted straight from it, or an existing finding can name it as a source.</translation>
    </message>
    <message>
        <source>New finding from this…</source>
        <translation>New finding from this…</translation>
    </message>
    <message>
        <source>Link to finding…</source>
        <translation>Link to finding…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Double-click a finding to open its working paper.</source>
        <translation>Double-click a finding to open its working paper.</translation>
    </message>
    <message>
        <source>Save the entry first; then findings can be drafted from it or linked to it.</source>
        <translation>Save the entry first; then findings can be drafted from it or linked to it.</translation>
    </message>
    <message>
        <source>No finding names this entry as a source yet.</source>
        <translation>No finding names this entry as a source yet.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Perfunctory or false rectification: %1</source>
        <translation>Perfunctory or false rectification: %1</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>names, separated by 、</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over by kind</source>
        <translation>Hand over by kind</translation>
    </message>
    <message>
        <source>default: 市纪委监委 / 市委组织部; a department must be named</source>
        <translation>default: 市纪委监委 / 市委组织部; a department must be named</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>HandoverFeedbackDialog</name>
    <message>
        <source>Feedback on %1</source>
        <translation>Feedback on %1</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>Closed (办结)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1; reason: %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Fields: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HqPackagesPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.

A team laptop makes an enrollment request file; register it here with &quot;Register device…&quot;, compare the fingerprints with the person who brought it, and give them the grant file.</source>
        <translation>No team laptop is enrolled yet.

A team laptop makes an enrollment request file; register it here with &quot;Register device…&quot;, compare the fingerprints with the person who brought it, and give them the grant file.</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>Register device…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>Export updates…</source>
        <translation>Export updates…</translation>
    </message>
    <message>
        <source>Only the HQ administrator may import, export, register or revoke.</source>
        <translation>Only the HQ administrator may import, export, register or revoke.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled</source>
        <translation>
            <numerusform>%n device enrolled</numerusform>
            <numerusform>%n devices enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open conflict(s)</source>
        <translation>
            <numerusform>, %n open conflict</numerusform>
            <numerusform>, %n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint: %1 — a team laptop shows the same after accepting its grant; compare them together.</source>
        <translation>HQ&apos;s fingerprint: %1 — a team laptop shows the same after accepting its grant; compare them together.</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are made when the first team laptop is registered.</source>
        <translation>HQ&apos;s keys are made when the first team laptop is registered.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>Packages from %1 of %2 will be refused from now on. This cannot be undone.

Reason:</source>
        <translation>Packages from %1 of %2 will be refused from now on. This cannot be undone.

Reason:</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The workspace was locked because the system suspended the program.</source>
        <translation>The workspace was locked because the system suspended the program.</translation>
    </message>
    <message>
        <source>The workspace was locked because the computer went to sleep.</source>
        <translation>The workspace was locked because the computer went to sleep.</translation>
    </message>
    <message>
        <source>The workspace was locked because the program was in the background, or the session was locked, for %n minute(s).</source>
        <translation>The workspace was locked because the program was in the background, or the session was locked, for %n minute(s).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add the package files (.xcpkg) or the folders holding them, from one or several USB sticks, then press Import. Packages of one laptop are imported in order; a damaged or altered package is rejected and writes nothing.</source>
        <translation>Add the package files (.xcpkg) or the folders holding them, from one or several USB sticks, then press Import. Packages of one laptop are imported in order; a damaged or altered package is rejected and writes nothing.</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Save JSON…</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Packages and folders to import:</source>
        <translation>Packages and folders to import:</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <source>Xuncha packages (*.xcpkg);;All files (*)</source>
        <translation>Xuncha packages (*.xcpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder holding packages</source>
        <translation>Choose a folder holding packages</translation>
    </message>
    <message>
        <source>Add a package or a folder first.</source>
        <translation>Add a package or a folder first.</translation>
    </message>
    <message>
        <source>Package %1 of %2…</source>
        <translation>Package %1 of %2…</translation>
    </message>
    <message>
        <source>%1 package(s) addressed to another workspace (such as the team&apos;s other laptop) were skipped.</source>
        <translation>%1 package(s) addressed to another workspace (such as the team&apos;s other laptop) were skipped.</translation>
    </message>
    <message>
        <source>No package (*.xcpkg) was found in what you chose.</source>
        <translation>No package (*.xcpkg) was found in what you chose.</translation>
    </message>
    <message>
        <source>%1 package(s): %2 imported, %3 already imported, %4 held, %5 rejected.</source>
        <translation>%1 package(s): %2 imported, %3 already imported, %4 held, %5 rejected.</translation>
    </message>
    <message>
        <source>%1 conflict(s) wait in the conflict inbox.</source>
        <translation>%1 conflict(s) wait in the conflict inbox.</translation>
    </message>
    <message>
        <source>Rejected packages wrote nothing; the reason is in the last column.</source>
        <translation>Rejected packages wrote nothing; the reason is in the last column.</translation>
    </message>
    <message>
        <source>Stopped: the remaining packages were not touched.</source>
        <translation>Stopped: the remaining packages were not touched.</translation>
    </message>
    <message>
        <source>Stopped; the package being imported wrote nothing.</source>
        <translation>Stopped; the package being imported wrote nothing.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Imported after the gap closed</source>
        <translation>Imported after the gap closed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The sender confirms more of HQ&apos;s updates than HQ sent (forged, or HQ restored from an older backup): that confirmation was ignored and HQ keeps sending.</source>
        <translation>The sender confirms more of HQ&apos;s updates than HQ sent (forged, or HQ restored from an older backup): that confirmation was ignored and HQ keeps sending.</translation>
    </message>
    <message>
        <source>The sender&apos;s clock is more than a day ahead; flagged (the merge does not depend on it).</source>
        <translation>The sender&apos;s clock is more than a day ahead; flagged (the merge does not depend on it).</translation>
    </message>
    <message>
        <source>An earlier import stopped half-way; this one completed it.</source>
        <translation>An earlier import stopped half-way; this one completed it.</translation>
    </message>
    <message>
        <source>The clue part waits for a user holding the clue key; the rest was imported.</source>
        <translation>The clue part waits for a user holding the clue key; the rest was imported.</translation>
    </message>
    <message>
        <source>Imported before on %1; nothing changed.</source>
        <translation>Imported before on %1; nothing changed.</translation>
    </message>
    <message>
        <source>%1 waiting change(s) were refused and not applied: they named another team&apos;s records (see the audit log, remote_change_refused).</source>
        <translation>%1 waiting change(s) were refused and not applied: they named another team&apos;s records (see the audit log, remote_change_refused).</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>HQ</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>Fast-forwarded</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Reason / note</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>The interviewee read and signed the record</source>
        <translation>The interviewee read and signed the record</translation>
    </message>
    <message>
        <source>(choose the recorder)</source>
        <translation>(choose the recorder)</translation>
    </message>
    <message>
        <source>The team of this unit has no members registered.</source>
        <translation>The team of this unit has no members registered.</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Interview %1 — %2</source>
        <translation>Interview %1 — %2</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The workspace is locked</source>
        <translation>The workspace is locked</translation>
    </message>
    <message>
        <source>Its keys were removed from memory. Unlock it with your passphrase to go on.</source>
        <translation>Its keys were removed from memory. Unlock it with your passphrase to go on.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Close workspace</source>
        <translation>Close workspace</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Xuncha</source>
        <translation>Xuncha</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Create the &amp;demo workspace…</source>
        <translation>Create the &amp;demo workspace…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Close workspace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Export ledger to Excel…</source>
        <translation>&amp;Export ledger to Excel…</translation>
    </message>
    <message>
        <source>Save a blank Excel &amp;template…</source>
        <translation>Save a blank Excel &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Verify workspace…</source>
        <translation>&amp;Verify workspace…</translation>
    </message>
    <message>
        <source>Problem &amp;categories…</source>
        <translation>Problem &amp;categories…</translation>
    </message>
    <message>
        <source>Make a new recovery cod&amp;e…</source>
        <translation>Make a new recovery cod&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the workspace now (Ctrl+L)</source>
        <translation>Lock the workspace now (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Idle lock after…</source>
        <translation>&amp;Idle lock after…</translation>
    </message>
    <message>
        <source>&amp;About Xuncha</source>
        <translation>&amp;About Xuncha</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source> · team %1</source>
        <translation> · team %1</translation>
    </message>
    <message>
        <source> · demo data</source>
        <translation> · demo data</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Xuncha — %1</source>
        <translation>Xuncha — %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary file(s) (%1) that an interrupted export had left in the workspace folder.</source>
        <translation>
            <numerusform>Removed %n temporary file (%1) that an interrupted export had left in the workspace folder.</numerusform>
            <numerusform>Removed %n temporary files (%1) that an interrupted export had left in the workspace folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no recovery code: if every passphrase is forgotten it cannot be opened. Workspace → Make a new recovery code…</source>
        <translation>This workspace has no recovery code: if every passphrase is forgotten it cannot be opened. Workspace → Make a new recovery code…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since the last unlock (the last at %1); recorded in the audit log.</source>
        <translation>
            <numerusform>%n failed unlock attempt since the last unlock (the last at %1); recorded in the audit log.</numerusform>
            <numerusform>%n failed unlock attempts since the last unlock (the last at %1); recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked · %1</source>
        <translation>Locked · %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member of %1</source>
        <translation>New member of %1</translation>
    </message>
    <message>
        <source>Edit member of %1</source>
        <translation>Edit member of %1</translation>
    </message>
    <message>
        <source>Serves part-time</source>
        <translation>Serves part-time</translation>
    </message>
    <message>
        <source>Search the units this person must stay away from…</source>
        <translation>Search the units this person must stay away from…</translation>
    </message>
    <message>
        <source>Tick the units this person must be recused from (回避): a recusal covers the units under it too, and the person cannot be on a team that inspects one of them.</source>
        <translation>Tick the units this person must be recused from (回避): a recusal covers the units under it too, and the person cannot be on a team that inspects one of them.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <source>There is no user named “{user}” in this workspace.</source>
        <translation>There is no user named “{user}” in this workspace.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it to go on.</source>
        <translation>The workspace is locked. Unlock it to go on.</translation>
    </message>
    <message>
        <source>The workspace “{path}” is open in another program, which is writing to it (another Xuncha window or command, for instance). Wait until it has finished, or close it, and try again.</source>
        <translation>The workspace “{path}” is open in another program, which is writing to it (another Xuncha window or command, for instance). Wait until it has finished, or close it, and try again.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation>Your role ({role}) may not do this.</translation>
    </message>
    <message>
        <source>“{path}” is not a Xuncha workspace.</source>
        <translation>“{path}” is not a Xuncha workspace.</translation>
    </message>
    <message>
        <source>“{path}” already exists and is not empty. Choose an empty or new folder.</source>
        <translation>“{path}” already exists and is not empty. Choose an empty or new folder.</translation>
    </message>
    <message>
        <source>The workspace in “{path}” is damaged or was replaced and cannot be opened.</source>
        <translation>The workspace in “{path}” is damaged or was replaced and cannot be opened.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Xuncha. Please update the program.</source>
        <translation>This workspace was written by a newer version of Xuncha. Please update the program.</translation>
    </message>
    <message>
        <source>The input was not accepted.</source>
        <translation>The input was not accepted.</translation>
    </message>
    <message>
        <source>{count} value(s) need correcting; nothing was saved.</source>
        <translation>{count} value(s) need correcting; nothing was saved.</translation>
    </message>
    <message>
        <source>The check found problems.</source>
        <translation>The check found problems.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this record after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>“{path}” is an old Excel 97-2003 workbook (.xls) and cannot be read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>“{path}” is an old Excel 97-2003 workbook (.xls) and cannot be read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</translation>
    </message>
    <message>
        <source>“{path}” has an opening password or is not an .xlsx file. Remove the password in Excel or WPS and save it as .xlsx.</source>
        <translation>“{path}” has an opening password or is not an .xlsx file. Remove the password in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>“{path}” is not an Excel workbook (.xlsx/.xlsm); it may be another file renamed, or damaged.</source>
        <translation>“{path}” is not an Excel workbook (.xlsx/.xlsm); it may be another file renamed, or damaged.</translation>
    </message>
    <message>
        <source>The text encoding of “{path}” is not recognised. Save it as UTF-8 or as an Excel workbook.</source>
        <translation>The text encoding of “{path}” is not recognised. Save it as UTF-8 or as an Excel workbook.</translation>
    </message>
    <message>
        <source>“{path}” holds no data.</source>
        <translation>“{path}” holds no data.</translation>
    </message>
    <message>
        <source>The headers of “{path}” do not match any ledger this program knows. Use HQ&apos;s template, or choose the kind of ledger.</source>
        <translation>The headers of “{path}” do not match any ledger this program knows. Use HQ&apos;s template, or choose the kind of ledger.</translation>
    </message>
    <message>
        <source>{count} row(s) did not pass the check; nothing was imported.</source>
        <translation>{count} row(s) did not pass the check; nothing was imported.</translation>
    </message>
    <message>
        <source>The package did not pass the check; nothing of it was imported.</source>
        <translation>The package did not pass the check; nothing of it was imported.</translation>
    </message>
    <message>
        <source>The package is held: changes #{missing_from}–#{missing_to} of device {device} are missing. Import the packages in between, or ask the team for a fresh export.</source>
        <translation>The package is held: changes #{missing_from}–#{missing_to} of device {device} are missing. Import the packages in between, or ask the team for a fresh export.</translation>
    </message>
    <message>
        <source>This file is not a complete Xuncha package (damaged, cut short or altered).</source>
        <translation>This file is not a complete Xuncha package (damaged, cut short or altered).</translation>
    </message>
    <message>
        <source>This program does not support the package format version ({version}). Update the program.</source>
        <translation>This program does not support the package format version ({version}). Update the program.</translation>
    </message>
    <message>
        <source>The package file cannot be read.</source>
        <translation>The package file cannot be read.</translation>
    </message>
    <message>
        <source>The package comes from a device that is not registered ({device}). Register the device first.</source>
        <translation>The package comes from a device that is not registered ({device}). Register the device first.</translation>
    </message>
    <message>
        <source>The device that sent the package ({device}) was revoked; its packages are no longer accepted.</source>
        <translation>The device that sent the package ({device}) was revoked; its packages are no longer accepted.</translation>
    </message>
    <message>
        <source>The package&apos;s signing key does not match the registered device ({device}).</source>
        <translation>The package&apos;s signing key does not match the registered device ({device}).</translation>
    </message>
    <message>
        <source>This package is not addressed to this workspace.</source>
        <translation>This package is not addressed to this workspace.</translation>
    </message>
    <message>
        <source>This workspace cannot import this kind of package ({kind}).</source>
        <translation>This workspace cannot import this kind of package ({kind}).</translation>
    </message>
    <message>
        <source>This workspace is not enrolled yet and cannot import packages.</source>
        <translation>This workspace is not enrolled yet and cannot import packages.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match: the file was altered or not signed by a registered device.</source>
        <translation>The package&apos;s signature does not match: the file was altered or not signed by a registered device.</translation>
    </message>
    <message>
        <source>The package&apos;s content is damaged or was altered.</source>
        <translation>The package&apos;s content is damaged or was altered.</translation>
    </message>
    <message>
        <source>The history of device {device} went backwards: the laptop may have been restored from an old copy. Contact HQ.</source>
        <translation>The history of device {device} went backwards: the laptop may have been restored from an old copy. Contact HQ.</translation>
    </message>
    <message>
        <source>This is an older package (number {seq}; imported up to number {last}); it was not imported.</source>
        <translation>This is an older package (number {seq}; imported up to number {last}); it was not imported.</translation>
    </message>
    <message>
        <source>The package is not encrypted for this workspace and cannot be opened.</source>
        <translation>The package is not encrypted for this workspace and cannot be opened.</translation>
    </message>
    <message>
        <source>The package holds clues; only a user holding the clue key (HQ administrator) can import it.</source>
        <translation>The package holds clues; only a user holding the clue key (HQ administrator) can import it.</translation>
    </message>
    <message>
        <source>The package&apos;s inner structure is not as expected (it may have been tampered with).</source>
        <translation>The package&apos;s inner structure is not as expected (it may have been tampered with).</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Xuncha. Update the program first.</source>
        <translation>The package was made by a newer version of Xuncha. Update the program first.</translation>
    </message>
    <message>
        <source>An attachment in the package is damaged or was altered.</source>
        <translation>An attachment in the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>The package lacks an attachment it needs.</source>
        <translation>The package lacks an attachment it needs.</translation>
    </message>
    <message>
        <source>A change in the package is outside the team&apos;s scope; the whole package was not imported.</source>
        <translation>A change in the package is outside the team&apos;s scope; the whole package was not imported.</translation>
    </message>
    <message>
        <source>A change in the package alters what only HQ may change; the whole package was not imported.</source>
        <translation>A change in the package alters what only HQ may change; the whole package was not imported.</translation>
    </message>
    <message>
        <source>A change in the package goes beyond its author&apos;s role; the whole package was not imported.</source>
        <translation>A change in the package goes beyond its author&apos;s role; the whole package was not imported.</translation>
    </message>
    <message>
        <source>A change in the package concerns an unknown kind of record; the whole package was not imported.</source>
        <translation>A change in the package concerns an unknown kind of record; the whole package was not imported.</translation>
    </message>
    <message>
        <source>A change in the package concerns an unknown field; the whole package was not imported.</source>
        <translation>A change in the package concerns an unknown field; the whole package was not imported.</translation>
    </message>
    <message>
        <source>A change in the package holds a value that is not accepted; the whole package was not imported.</source>
        <translation>A change in the package holds a value that is not accepted; the whole package was not imported.</translation>
    </message>
    <message>
        <source>The package holds a change that does not belong to the sending device; the whole package was not imported.</source>
        <translation>The package holds a change that does not belong to the sending device; the whole package was not imported.</translation>
    </message>
    <message>
        <source>The package&apos;s audit trail does not link up or was altered; it was not imported.</source>
        <translation>The package&apos;s audit trail does not link up or was altered; it was not imported.</translation>
    </message>
    <message>
        <source>The package&apos;s audit trail is shorter than the one HQ holds: the laptop may have been restored from an old copy.</source>
        <translation>The package&apos;s audit trail is shorter than the one HQ holds: the laptop may have been restored from an old copy.</translation>
    </message>
    <message>
        <source>A change in the package has no audit entry; it was not imported.</source>
        <translation>A change in the package has no audit entry; it was not imported.</translation>
    </message>
    <message>
        <source>The change numbers in the package do not match its header; it was not imported.</source>
        <translation>The change numbers in the package do not match its header; it was not imported.</translation>
    </message>
    <message>
        <source>HQ has confirmed more than this laptop holds: it may have been restored from an old copy. Contact HQ.</source>
        <translation>HQ has confirmed more than this laptop holds: it may have been restored from an old copy. Contact HQ.</translation>
    </message>
    <message>
        <source>The program failed while importing this package ({kind}); nothing of it was written, and the other packages were imported as usual. Give the error log to technical support.</source>
        <translation>The program failed while importing this package ({kind}); nothing of it was written, and the other packages were imported as usual. Give the error log to technical support.</translation>
    </message>
    <message>
        <source>There is no conflict “{conflict}”.</source>
        <translation>There is no conflict “{conflict}”.</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>This conflict was resolved already.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way: a duplicate number needs a new number typed in; a delete conflict is settled by keeping the current state or taking the incoming one.</source>
        <translation>This conflict cannot be resolved that way: a duplicate number needs a new number typed in; a delete conflict is settled by keeping the current state or taking the incoming one.</translation>
    </message>
    <message>
        <source>There is no such inspection round in this workspace.</source>
        <translation>There is no such inspection round in this workspace.</translation>
    </message>
    <message>
        <source>HQ has not yet confirmed everything of “{round}” ({changes} change(s), {clue_changes} clue change(s), {audit} audit record(s) unconfirmed), so it cannot be closed out. Export a package for HQ, import HQ&apos;s update package, then try again.</source>
        <translation>HQ has not yet confirmed everything of “{round}” ({changes} change(s), {clue_changes} clue change(s), {audit} audit record(s) unconfirmed), so it cannot be closed out. Export a package for HQ, import HQ&apos;s update package, then try again.</translation>
    </message>
    <message>
        <source>This round has been closed out already.</source>
        <translation>This round has been closed out already.</translation>
    </message>
    <message>
        <source>Enrollment could not be completed.</source>
        <translation>Enrollment could not be completed.</translation>
    </message>
    <message>
        <source>This workspace has no device keys yet: the team leader makes an enrollment request first.</source>
        <translation>This workspace has no device keys yet: the team leader makes an enrollment request first.</translation>
    </message>
    <message>
        <source>The current user does not hold the clue key and cannot make an enrollment request; act as the team leader.</source>
        <translation>The current user does not hold the clue key and cannot make an enrollment request; act as the team leader.</translation>
    </message>
    <message>
        <source>This workspace is already enrolled; it cannot request or accept another grant.</source>
        <translation>This workspace is already enrolled; it cannot request or accept another grant.</translation>
    </message>
    <message>
        <source>This device ({device}) is already registered at HQ. To replace it, revoke it and make a new request from a new workspace.</source>
        <translation>This device ({device}) is already registered at HQ. To replace it, revoke it and make a new request from a new workspace.</translation>
    </message>
    <message>
        <source>This workspace already holds data ({count} records) and cannot be enrolled. Enroll before entering any data: create a new workspace and enroll it first, or ask HQ for a grant before entering data.</source>
        <translation>This workspace already holds data ({count} records) and cannot be enrolled. Enroll before entering any data: create a new workspace and enroll it first, or ask HQ for a grant before entering data.</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment request (damaged, altered, or its signature does not match).</source>
        <translation>This file is not a valid enrollment request (damaged, altered, or its signature does not match).</translation>
    </message>
    <message>
        <source>The team numbers differ: the request comes from a team {requested} workspace, but team {given} was chosen.</source>
        <translation>The team numbers differ: the request comes from a team {requested} workspace, but team {given} was chosen.</translation>
    </message>
    <message>
        <source>A demo workspace can only enroll with a demo HQ, and a real one only with a real HQ.</source>
        <translation>A demo workspace can only enroll with a demo HQ, and a real one only with a real HQ.</translation>
    </message>
    <message>
        <source>Team {team_no} does not exist in this HQ workspace. Set up the round and its teams first in the Planning area.</source>
        <translation>Team {team_no} does not exist in this HQ workspace. Set up the round and its teams first in the Planning area.</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment grant (damaged, altered, or its signature does not match).</source>
        <translation>This file is not a valid enrollment grant (damaged, altered, or its signature does not match).</translation>
    </message>
    <message>
        <source>This grant is for another device and cannot be accepted on this laptop.</source>
        <translation>This grant is for another device and cannot be accepted on this laptop.</translation>
    </message>
    <message>
        <source>This grant does not answer an unused enrollment request of this laptop. Make a new request and have HQ register it.</source>
        <translation>This grant does not answer an unused enrollment request of this laptop. Make a new request and have HQ register it.</translation>
    </message>
    <message>
        <source>This can only be done in a team workspace.</source>
        <translation>This can only be done in a team workspace.</translation>
    </message>
    <message>
        <source>This can only be done in the HQ workspace.</source>
        <translation>This can only be done in the HQ workspace.</translation>
    </message>
    <message>
        <source>There is no device “{device}”.</source>
        <translation>There is no device “{device}”.</translation>
    </message>
    <message>
        <source>Device {device} was already revoked on {at}.</source>
        <translation>Device {device} was already revoked on {at}.</translation>
    </message>
    <message>
        <source>This workspace is not enrolled with HQ yet, so it cannot export a package. The team leader first makes an enrollment request for HQ, then accepts the grant HQ sends back.</source>
        <translation>This workspace is not enrolled with HQ yet, so it cannot export a package. The team leader first makes an enrollment request for HQ, then accepts the grant HQ sends back.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Plug in the USB stick or choose an existing folder.</source>
        <translation>The folder {path} does not exist. Plug in the USB stick or choose an existing folder.</translation>
    </message>
    <message>
        <source>A package cannot be saved inside the workspace folder ({path}). Choose a USB stick or another folder.</source>
        <translation>A package cannot be saved inside the workspace folder ({path}). Choose a USB stick or another folder.</translation>
    </message>
    <message>
        <source>The file {path} exists already and was not replaced.</source>
        <translation>The file {path} exists already and was not replaced.</translation>
    </message>
    <message>
        <source>No enrolled device to send an update to (check the team number or the device).</source>
        <translation>No enrolled device to send an update to (check the team number or the device).</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>The passphrase needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose another one.</source>
        <translation>This passphrase cannot be used. Choose another one.</translation>
    </message>
    <message>
        <source>A user named “{user}” already exists.</source>
        <translation>A user named “{user}” already exists.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A team workspace needs its team number.</source>
        <translation>A team workspace needs its team number.</translation>
    </message>
    <message>
        <source>Keep the current value, take the incoming one, or enter a merged value.</source>
        <translation>Keep the current value, take the incoming one, or enter a merged value.</translation>
    </message>
    <message>
        <source>This role cannot be chosen here.</source>
        <translation>This role cannot be chosen here.</translation>
    </message>
    <message>
        <source>“{field}” must be filled in.</source>
        <translation>“{field}” must be filled in.</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {maximum} characters, now {length}.</source>
        <translation>“{field}” is too long: at most {maximum} characters, now {length}.</translation>
    </message>
    <message>
        <source>“{field}” needs at least {minimum}, now {count}.</source>
        <translation>“{field}” needs at least {minimum}, now {count}.</translation>
    </message>
    <message>
        <source>“{field}” must be a number; “{value}” is not.</source>
        <translation>“{field}” must be a number; “{value}” is not.</translation>
    </message>
    <message>
        <source>“{field}” must be an amount in 10,000 yuan (up to six decimals); “{value}” is not.</source>
        <translation>“{field}” must be an amount in 10,000 yuan (up to six decimals); “{value}” is not.</translation>
    </message>
    <message>
        <source>“{field}” cannot be negative.</source>
        <translation>“{field}” cannot be negative.</translation>
    </message>
    <message>
        <source>“{field}” must be between {minimum} and {maximum}.</source>
        <translation>“{field}” must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>“{field}” must be a date (such as 2026-03-05); “{value}” is not.</source>
        <translation>“{field}” must be a date (such as 2026-03-05); “{value}” is not.</translation>
    </message>
    <message>
        <source>“{field}” cannot be earlier than “{other}”.</source>
        <translation>“{field}” cannot be earlier than “{other}”.</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than today.</source>
        <translation>“{field}” cannot be later than today.</translation>
    </message>
    <message>
        <source>“{field}” must be one of {choices}; “{value}” is not.</source>
        <translation>“{field}” must be one of {choices}; “{value}” is not.</translation>
    </message>
    <message>
        <source>“{field}”: “{value}” does not exist in this workspace.</source>
        <translation>“{field}”: “{value}” does not exist in this workspace.</translation>
    </message>
    <message>
        <source>“{value}” is not among your team&apos;s assignments; “{field}” must be one of them.</source>
        <translation>“{value}” is not among your team&apos;s assignments; “{field}” must be one of them.</translation>
    </message>
    <message>
        <source>“{field}”: “{value}” is not among what HQ assigned to this team. Rounds, teams and inspected units are assigned by HQ; ask HQ for an update package.</source>
        <translation>“{field}”: “{value}” is not among what HQ assigned to this team. Rounds, teams and inspected units are assigned by HQ; ask HQ for an update package.</translation>
    </message>
    <message>
        <source>A record with “{field}” “{value}” already exists.</source>
        <translation>A record with “{field}” “{value}” already exists.</translation>
    </message>
    <message>
        <source>“{field}”: “{value}” is no longer in use; choose another.</source>
        <translation>“{field}”: “{value}” is no longer in use; choose another.</translation>
    </message>
    <message>
        <source>“{field}” must be yes or no; “{value}” is neither.</source>
        <translation>“{field}” must be yes or no; “{value}” is neither.</translation>
    </message>
    <message>
        <source>“{field}” cannot be the same person as “{other}”.</source>
        <translation>“{field}” cannot be the same person as “{other}”.</translation>
    </message>
    <message>
        <source>More than one record has “{field}” “{value}” ({choices}); give it in full.</source>
        <translation>More than one record has “{field}” “{value}” ({choices}); give it in full.</translation>
    </message>
    <message>
        <source>“{field}”: the value “{value}” is not accepted.</source>
        <translation>“{field}”: the value “{value}” is not accepted.</translation>
    </message>
    <message>
        <source>The file “{value}” cannot be read.</source>
        <translation>The file “{value}” cannot be read.</translation>
    </message>
    <message>
        <source>The file “{value}” is empty.</source>
        <translation>The file “{value}” is empty.</translation>
    </message>
    <message>
        <source>The file “{value}” is too large: at most {maximum}.</source>
        <translation>The file “{value}” is too large: at most {maximum}.</translation>
    </message>
    <message>
        <source>The file “{value}” changed while it was being read. Close the program editing it and try again.</source>
        <translation>The file “{value}” changed while it was being read. Close the program editing it and try again.</translation>
    </message>
    <message>
        <source>A plaintext copy cannot be saved inside the workspace folder (“{value}”). Choose another folder.</source>
        <translation>A plaintext copy cannot be saved inside the workspace folder (“{value}”). Choose another folder.</translation>
    </message>
    <message>
        <source>“{value}” cannot be written. Choose another file name or folder.</source>
        <translation>“{value}” cannot be written. Choose another file name or folder.</translation>
    </message>
    <message>
        <source>The file “{value}” already exists and was not replaced.</source>
        <translation>The file “{value}” already exists and was not replaced.</translation>
    </message>
    <message>
        <source>“{field}”, line {line}: a post is given but no name.</source>
        <translation>“{field}”, line {line}: a post is given but no name.</translation>
    </message>
    <message>
        <source>“{field}” is “{value}”; this step needs “{expected}”.</source>
        <translation>“{field}” is “{value}”; this step needs “{expected}”.</translation>
    </message>
    <message>
        <source>“{field}” “{value}” repeats row {other}.</source>
        <translation>“{field}” “{value}” repeats row {other}.</translation>
    </message>
    <message>
        <source>“{value}” is already “{status}” and cannot be changed by an import; revert its review first.</source>
        <translation>“{value}” is already “{status}” and cannot be changed by an import; revert its review first.</translation>
    </message>
    <message>
        <source>“{field}” is “{value}”, not your team (team {team}); a team workspace imports only its own data.</source>
        <translation>“{field}” is “{value}”, not your team (team {team}); a team workspace imports only its own data.</translation>
    </message>
    <message>
        <source>A round moves forward, or back one stage to correct a mistake; it is “{current}” and cannot become “{value}”.</source>
        <translation>A round moves forward, or back one stage to correct a mistake; it is “{current}” and cannot become “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” has no team yet and cannot be stationed; form the teams and assign the units first.</source>
        <translation>“{value}” has no team yet and cannot be stationed; form the teams and assign the units first.</translation>
    </message>
    <message>
        <source>{value} (team {team}) has no leader yet.</source>
        <translation>{value} (team {team}) has no leader yet.</translation>
    </message>
    <message>
        <source>{value} (team {team}) has no inspected unit assigned yet.</source>
        <translation>{value} (team {team}) has no inspected unit assigned yet.</translation>
    </message>
    <message>
        <source>“{value}” still has {count} team(s) and cannot be removed; remove the teams first.</source>
        <translation>“{value}” still has {count} team(s) and cannot be removed; remove the teams first.</translation>
    </message>
    <message>
        <source>{value} still inspects {count} unit(s) and cannot be removed; unassign them first.</source>
        <translation>{value} still inspects {count} unit(s) and cannot be removed; unassign them first.</translation>
    </message>
    <message>
        <source>Team {team} already has the leader “{value}”; a team has one leader.</source>
        <translation>Team {team} already has the leader “{value}”; a team has one leader.</translation>
    </message>
    <message>
        <source>{value} is recused from “{org}” and cannot be on team {team}, which inspects it; change the members or assign another team.</source>
        <translation>{value} is recused from “{org}” and cannot be on team {team}, which inspects it; change the members or assign another team.</translation>
    </message>
    <message>
        <source>“{value}” is assigned in {count} assignment(s) and cannot be removed.</source>
        <translation>“{value}” is assigned in {count} assignment(s) and cannot be removed.</translation>
    </message>
    <message>
        <source>“{value}” has {count} unit(s) under it and cannot be removed.</source>
        <translation>“{value}” has {count} unit(s) under it and cannot be removed.</translation>
    </message>
    <message>
        <source>“{field}” cannot be “{value}”: it lies under this unit.</source>
        <translation>“{field}” cannot be “{value}”: it lies under this unit.</translation>
    </message>
    <message>
        <source>A village or community belongs to a township; “{field}” “{value}” is not a township.</source>
        <translation>A village or community belongs to a township; “{field}” “{value}” is not a township.</translation>
    </message>
    <message>
        <source>A {level} cannot belong to the {parent_level} “{value}”.</source>
        <translation>A {level} cannot belong to the {parent_level} “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is already assigned to team {team} in this round; a unit is assigned once per round.</source>
        <translation>“{value}” is already assigned to team {team} in this round; a unit is assigned once per round.</translation>
    </message>
    <message>
        <source>“{value}” belongs to “{township}”, which team {team} inspects; a village goes to the team of its township.</source>
        <translation>“{value}” belongs to “{township}”, which team {team} inspects; a village goes to the team of its township.</translation>
    </message>
    <message>
        <source>“{value}” is not of this round.</source>
        <translation>“{value}” is not of this round.</translation>
    </message>
    <message>
        <source>Team {team} has filed {count} finding(s), register entries or rectification items under “{value}”; it cannot be unassigned or moved.</source>
        <translation>Team {team} has filed {count} finding(s), register entries or rectification items under “{value}”; it cannot be unassigned or moved.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>team number</source>
        <translation>team number</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Audit entry #{seq} was altered.</source>
        <translation>Audit entry #{seq} was altered.</translation>
    </message>
    <message>
        <source>Audit entry #{seq} is missing (the next one is #{next}).</source>
        <translation>Audit entry #{seq} is missing (the next one is #{next}).</translation>
    </message>
    <message>
        <source>Audit entry #{seq} does not link to the entry before it.</source>
        <translation>Audit entry #{seq} does not link to the entry before it.</translation>
    </message>
    <message>
        <source>The append-only guard {name} is missing.</source>
        <translation>The append-only guard {name} is missing.</translation>
    </message>
    <message>
        <source>The {log_label} sequence breaks at #{expected} (found #{found}).</source>
        <translation>The {log_label} sequence breaks at #{expected} (found #{found}).</translation>
    </message>
    <message>
        <source>{count} change(s) in the {log_label} have no audit entry; the first is {first}.</source>
        <translation>{count} change(s) in the {log_label} have no audit entry; the first is {first}.</translation>
    </message>
    <message>
        <source>Database integrity ({schema_label}): {detail}</source>
        <translation>Database integrity ({schema_label}): {detail}</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>change log</translation>
    </message>
    <message>
        <source>clue change log</source>
        <translation>clue change log</translation>
    </message>
    <message>
        <source>main database</source>
        <translation>main database</translation>
    </message>
    <message>
        <source>clue database</source>
        <translation>clue database</translation>
    </message>
    <message>
        <source>Device {device}: {text}</source>
        <translation>Device {device}: {text}</translation>
    </message>
    <message>
        <source>The operation could not be completed (error code {code}).</source>
        <translation>The operation could not be completed (error code {code}).</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <source>field “{field}”</source>
        <translation>field “{field}”</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>Where: {where}</translation>
    </message>
    <message>
        <source>Xuncha</source>
        <translation>Xuncha</translation>
    </message>
    <message>
        <source>The recovery code is not correct. Check the printed or written code (case, spaces and dashes do not matter).</source>
        <translation>The recovery code is not correct. Check the printed or written code (case, spaces and dashes do not matter).</translation>
    </message>
    <message>
        <source>This workspace has no recovery code (it was made before recovery codes, or none was ever made). The team leader or HQ administrator can make one.</source>
        <translation>This workspace has no recovery code (it was made before recovery codes, or none was ever made). The team leader or HQ administrator can make one.</translation>
    </message>
    <message>
        <source>{attempts} unlock attempts have failed since the last successful unlock. So that nobody can guess the passphrase, wait {seconds} seconds (about {minutes} min) and try again.</source>
        <translation>{attempts} unlock attempts have failed since the last successful unlock. So that nobody can guess the passphrase, wait {seconds} seconds (about {minutes} min) and try again.</translation>
    </message>
    <message>
        <source>“{path}” is damaged or incomplete (a copy or download cut short) and cannot be read; nothing was imported. Get the file again.</source>
        <translation>“{path}” is damaged or incomplete (a copy or download cut short) and cannot be read; nothing was imported. Get the file again.</translation>
    </message>
    <message>
        <source>“{path}” is a zip file but holds no Excel workbook; nothing was imported.</source>
        <translation>“{path}” is a zip file but holds no Excel workbook; nothing was imported.</translation>
    </message>
    <message>
        <source>“{path}” has an entry named “{part}” (with “..”, an absolute path or control characters); it may be a crafted file and was not read.</source>
        <translation>“{path}” has an entry named “{part}” (with “..”, an absolute path or control characters); it may be a crafted file and was not read.</translation>
    </message>
    <message>
        <source>The entry “{part}” appears more than once in “{path}”; it may be a crafted file and was not read.</source>
        <translation>The entry “{part}” appears more than once in “{path}”; it may be a crafted file and was not read.</translation>
    </message>
    <message>
        <source>The entry “{part}” of “{path}” uses a compression Excel never uses; the file was not read.</source>
        <translation>The entry “{part}” of “{path}” uses a compression Excel never uses; the file was not read.</translation>
    </message>
    <message>
        <source>“{part}” of “{path}” expands to more than {limit_mb} MB, far more than any ledger (perhaps a zip bomb); the file was not read.</source>
        <translation>“{part}” of “{path}” expands to more than {limit_mb} MB, far more than any ledger (perhaps a zip bomb); the file was not read.</translation>
    </message>
    <message>
        <source>“{path}” has {count} entries, more than the {limit} allowed; the file was not read.</source>
        <translation>“{path}” has {count} entries, more than the {limit} allowed; the file was not read.</translation>
    </message>
    <message>
        <source>“{part}” of “{path}” has a DTD or entity declarations, or an unusual text encoding. Excel and WPS never write these; the file may be crafted and was not read. If you need it, open it in Excel or WPS and save it as a new .xlsx.</source>
        <translation>“{part}” of “{path}” has a DTD or entity declarations, or an unusual text encoding. Excel and WPS never write these; the file may be crafted and was not read. If you need it, open it in Excel or WPS and save it as a new .xlsx.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” has more than {limit} merged ranges; the file was not read.</source>
        <translation>Sheet “{sheet}” of “{path}” has more than {limit} merged ranges; the file was not read.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” has a cell position “{cell}” beyond Excel&apos;s limits (1,048,576 rows, 16,384 columns); the file is damaged or altered and was not read.</source>
        <translation>Sheet “{sheet}” of “{path}” has a cell position “{cell}” beyond Excel&apos;s limits (1,048,576 rows, 16,384 columns); the file is damaged or altered and was not read.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” is malformed near row {cell} (too many elements); the file is damaged or altered and was not read.</source>
        <translation>Sheet “{sheet}” of “{path}” is malformed near row {cell} (too many elements); the file is damaged or altered and was not read.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” holds “{value}”, which is not a number Excel can store (not a number, infinite or out of range); the file was not read.</source>
        <translation>Cell {cell} of sheet “{sheet}” in “{path}” holds “{value}”, which is not a number Excel can store (not a number, infinite or out of range); the file was not read.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” is a formula whose result was not saved (common in files made by other programs). Open the file in Excel or WPS, save it, and import it again.</source>
        <translation>Cell {cell} of sheet “{sheet}” in “{path}” is a formula whose result was not saved (common in files made by other programs). Open the file in Excel or WPS, save it, and import it again.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” refers to shared text no. {index}, but the file has only {count}; the file is damaged and was not read.</source>
        <translation>Cell {cell} of sheet “{sheet}” in “{path}” refers to shared text no. {index}, but the file has only {count}; the file is damaged and was not read.</translation>
    </message>
    <message>
        <source>Line {line} of “{path}” cannot be read as CSV (a field too long, a NUL character or an unclosed quote); nothing was imported.</source>
        <translation>Line {line} of “{path}” cannot be read as CSV (a field too long, a NUL character or an unclosed quote); nothing was imported.</translation>
    </message>
    <message>
        <source>The problem “{value}” is “{status}”: only signed (or reported) problems are fed back to a unit.</source>
        <translation>The problem “{value}” is “{status}”: only signed (or reported) problems are fed back to a unit.</translation>
    </message>
    <message>
        <source>The problem “{value}” is not one of “{org}”&apos;s and cannot be in its feedback.</source>
        <translation>The problem “{value}” is not one of “{org}”&apos;s and cannot be in its feedback.</translation>
    </message>
    <message>
        <source>The problem “{value}” has been fed back already and has its tasks.</source>
        <translation>The problem “{value}” has been fed back already and has its tasks.</translation>
    </message>
    <message>
        <source>The task “{value}” is closed out and can no longer change; if it proves false, flag it first.</source>
        <translation>The task “{value}” is closed out and can no longer change; if it proves false, flag it first.</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” was requested and waits for review: its state cannot change.</source>
        <translation>Close-out of the task “{value}” was requested and waits for review: its state cannot change.</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” was requested already and waits for HQ&apos;s review.</source>
        <translation>Close-out of the task “{value}” was requested already and waits for HQ&apos;s review.</translation>
    </message>
    <message>
        <source>The task “{value}” has no evidence yet: it cannot be closed out without. Attach the evidence to a progress report first.</source>
        <translation>The task “{value}” has no evidence yet: it cannot be closed out without. Attach the evidence to a progress report first.</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” has not been requested: request it before the review.</source>
        <translation>Close-out of the task “{value}” has not been requested: request it before the review.</translation>
    </message>
    <message>
        <source>“{value}” is not a task of this ledger&apos;s unit: a unit&apos;s ledger updates that unit&apos;s tasks only.</source>
        <translation>“{value}” is not a task of this ledger&apos;s unit: a unit&apos;s ledger updates that unit&apos;s tasks only.</translation>
    </message>
    <message>
        <source>“{value}” has not been fed back yet and has no task.</source>
        <translation>“{value}” has not been fed back yet and has no task.</translation>
    </message>
    <message>
        <source>The handover “{value}” has no receipt yet: record who received it and when first.</source>
        <translation>The handover “{value}” has no receipt yet: record who received it and when first.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>The unit&apos;s plan or report</source>
        <translation>The unit&apos;s plan or report</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Key problems only</source>
        <translation>Key problems only</translation>
    </message>
    <message>
        <source>Common problems only</source>
        <translation>Common problems only</translation>
    </message>
    <message>
        <source>Fixed at once only</source>
        <translation>Fixed at once only</translation>
    </message>
    <message>
        <source>Unit level</source>
        <translation>Unit level</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>Amount (10k yuan)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>(none: directly under the city)</source>
        <translation>(none: directly under the city)</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>Search units by name or short name…</source>
        <translation>Search units by name or short name…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>PackagesArea</name>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
</context>
<context>
    <name>PersonsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <source>The petitioner did not give a name</source>
        <translation>The petitioner did not give a name</translation>
    </message>
    <message>
        <source>The person reflected on is a party member or cadre</source>
        <translation>The person reflected on is a party member or cadre</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Yes, within the remit</source>
        <translation>Yes, within the remit</translation>
    </message>
    <message>
        <source>No, outside the remit</source>
        <translation>No, outside the remit</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <source>Petitioner (clue level)</source>
        <translation>Petitioner (clue level)</translation>
    </message>
    <message>
        <source>Who petitioned is clue-level information: only the team leader and the clue officer can record or see it. Tell them the petitioner&apos;s name and contact.</source>
        <translation>Who petitioned is clue-level information: only the team leader and the clue officer can record or see it. Tell them the petitioner&apos;s name and contact.</translation>
    </message>
    <message>
        <source>Clue level (C3). Showing the petitioner is recorded in the audit trail.</source>
        <translation>Clue level (C3). Showing the petitioner is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Show the petitioner</source>
        <translation>Show the petitioner</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>New petition</translation>
    </message>
    <message>
        <source>Petition %1</source>
        <translation>Petition %1</translation>
    </message>
</context>
<context>
    <name>PlanningArea</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Units by mode</source>
        <translation>Units by mode</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>No round is planned yet.

Click “New round…” to plan the first one: its teams, their members and the units.</source>
        <translation>No round is planned yet.

Click “New round…” to plan the first one: its teams, their members and the units.</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <source>Copy the previous round&apos;s units</source>
        <translation>Copy the previous round&apos;s units</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>The plan comes from HQ with the enrollment grant and HQ&apos;s updates; this laptop shows its own round, team and units and cannot change them.</source>
        <translation>The plan comes from HQ with the enrollment grant and HQ&apos;s updates; this laptop shows its own round, team and units and cannot change them.</translation>
    </message>
    <message>
        <source>Only HQ&apos;s administrator plans the rounds; you see the plan as it stands.</source>
        <translation>Only HQ&apos;s administrator plans the rounds; you see the plan as it stands.</translation>
    </message>
    <message>
        <source>Rounds and teams</source>
        <translation>Rounds and teams</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>Inspected units</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign the units of “%1” in this round, to the teams of the same numbers.</source>
        <translation>Assign the units of “%1” in this round, to the teams of the same numbers.</translation>
    </message>
    <message>
        <source>There is no earlier round to copy from.</source>
        <translation>There is no earlier round to copy from.</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Remove round</translation>
    </message>
    <message>
        <source>Remove %1? Only a round without teams can be removed: remove its teams first.</source>
        <translation>Remove %1? Only a round without teams can be removed: remove its teams first.</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n unit(s) of “%1” in “%2”?

Each goes to the team of the same number (a missing team is formed, without members) with the same mode. Units this round has already are skipped, and the periods are left for you to set. If one unit is refused, nothing is copied.</source>
        <translation>
            <numerusform>Assign the %n unit of “%1” in “%2”?

Each goes to the team of the same number (a missing team is formed, without members) with the same mode. Units this round has already are skipped, and the periods are left for you to set. If one unit is refused, nothing is copied.</numerusform>
            <numerusform>Assign the %n units of “%1” in “%2”?

Each goes to the team of the same number (a missing team is formed, without members) with the same mode. Units this round has already are skipped, and the periods are left for you to set. If one unit is refused, nothing is copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the units…</source>
        <translation>Copying the units…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assigned.</source>
        <translation>
            <numerusform>%n unit assigned.</numerusform>
            <numerusform>%n units assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams formed (without members yet): %1.</source>
        <translation>Teams formed (without members yet): %1.</translation>
    </message>
    <message>
        <source>Already in this round, skipped: %1.</source>
        <translation>Already in this round, skipped: %1.</translation>
    </message>
</context>
<context>
    <name>PlanningDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Inspection proposal</source>
        <translation>Inspection proposal</translation>
    </message>
    <message>
        <source>A proposal to the responsible department for special governance, resting on the problems found. Record its answer with Feedback… on the Handovers tab; it is due in three months unless you set a deadline.</source>
        <translation>A proposal to the responsible department for special governance, resting on the problems found. Record its answer with Feedback… on the Handovers tab; it is due in three months unless you set a deadline.</translation>
    </message>
    <message>
        <source>e.g. 市财政局</source>
        <translation>e.g. 市财政局</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Problems it rests on</source>
        <translation>Problems it rests on</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt of %1</source>
        <translation>Receipt of %1</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <source>Enter the recovery code made with this workspace and a new passphrase for the user. The old passphrase stops working; this is recorded in the audit log.</source>
        <translation>Enter the recovery code made with this workspace and a new passphrase for the user. The old passphrase stops working; this is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Empty: the workspace&apos;s default user</source>
        <translation>Empty: the workspace&apos;s default user</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation>Set new passphrase and unlock</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>Enter the recovery code.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write down or print this recovery code now</source>
        <translation>Write down or print this recovery code now</translation>
    </message>
    <message>
        <source>If every passphrase of this workspace is forgotten, this code is the only way back in: with it a new passphrase can be set (File → Unlock → Forgot passphrase…, or passwd --recover). It is shown only this once and is not stored anywhere. Keep it with the office&apos;s confidential papers, never with the laptop or its USB stick.</source>
        <translation>If every passphrase of this workspace is forgotten, this code is the only way back in: with it a new passphrase can be set (File → Unlock → Forgot passphrase…, or passwd --recover). It is shown only this once and is not stored anywhere. Keep it with the office&apos;s confidential papers, never with the laptop or its USB stick.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
</context>
<context>
    <name>RectificationArea</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Problem fed back</source>
        <translation>Problem fed back</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation>Supervising leader</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source> %1 d</source>
        <translation> %1 d</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Rectification is supervised at HQ. This laptop shows its units&apos; tasks and their status as HQ&apos;s updates brought them, read-only.</source>
        <translation>Rectification is supervised at HQ. This laptop shows its units&apos; tasks and their status as HQ&apos;s updates brought them, read-only.</translation>
    </message>
    <message>
        <source>Only HQ&apos;s administrator records rectification; you see it as it stands.</source>
        <translation>Only HQ&apos;s administrator records rectification; you see it as it stands.</translation>
    </message>
    <message>
        <source>Search task, unit, problem, leader…</source>
        <translation>Search task, unit, problem, leader…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Feed back…</source>
        <translation>Feed back…</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progress…</translation>
    </message>
    <message>
        <source>Request close-out</source>
        <translation>Request close-out</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>Flag…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Another task…</source>
        <translation>Another task…</translation>
    </message>
    <message>
        <source>Edit task…</source>
        <translation>Edit task…</translation>
    </message>
    <message>
        <source>Plan or report…</source>
        <translation>Plan or report…</translation>
    </message>
    <message>
        <source>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</source>
        <translation>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>Handed</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Proposal…</source>
        <translation>Proposal…</translation>
    </message>
    <message>
        <source>Common-problem report…</source>
        <translation>Common-problem report…</translation>
    </message>
    <message>
        <source>The findings flagged common across units, grouped by category, written as a text document (C1) to send round.</source>
        <translation>The findings flagged common across units, grouped by category, written as a text document (C1) to send round.</translation>
    </message>
    <message>
        <source>Chain of the problem</source>
        <translation>Chain of the problem</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation>By supervisor</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n closed out</source>
        <translation>
            <numerusform>, %n closed out</numerusform>
            <numerusform>, %n closed out</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposal: %1</translation>
    </message>
    <message>
        <source>Save the common-problem report</source>
        <translation>Save the common-problem report</translation>
    </message>
    <message>
        <source>common-problems.txt</source>
        <translation>common-problems.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Common-problem report saved to %1 (%2 problem(s)).</source>
        <translation>Common-problem report saved to %1 (%2 problem(s)).</translation>
    </message>
    <message>
        <source>Record the unit&apos;s request to close out %1? HQ then reviews it.</source>
        <translation>Record the unit&apos;s request to close out %1? HQ then reviews it.</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <source>Register a team laptop</source>
        <translation>Register a team laptop</translation>
    </message>
    <message>
        <source>Open the request the team brought, compare the fingerprint below with the one on the laptop&apos;s screen, choose its team and save the grant. The grant carries the team&apos;s round, members, units and the problem categories, encrypted for that laptop only.</source>
        <translation>Open the request the team brought, compare the fingerprint below with the one on the laptop&apos;s screen, choose its team and save the grant. The grant carries the team&apos;s round, members, units and the problem categories, encrypted for that laptop only.</translation>
    </message>
    <message>
        <source>Register and save grant</source>
        <translation>Register and save grant</translation>
    </message>
    <message>
        <source>The .xcreq file from the team</source>
        <translation>The .xcreq file from the team</translation>
    </message>
    <message>
        <source>Request file:</source>
        <translation>Request file:</translation>
    </message>
    <message>
        <source>Open an enrollment request</source>
        <translation>Open an enrollment request</translation>
    </message>
    <message>
        <source>Enrollment requests (*.xcreq)</source>
        <translation>Enrollment requests (*.xcreq)</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation>Laptop:</translation>
    </message>
    <message>
        <source>Laptop&apos;s fingerprint:</source>
        <translation>Laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Team %1 · %2</source>
        <translation>Team %1 · %2</translation>
    </message>
    <message>
        <source>No teams yet: set up the round and its teams first</source>
        <translation>No teams yet: set up the round and its teams first</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Save grant as:</source>
        <translation>Save grant as:</translation>
    </message>
    <message>
        <source>Save the enrollment grant</source>
        <translation>Save the enrollment grant</translation>
    </message>
    <message>
        <source>Enrollment grants (*.xcgrant)</source>
        <translation>Enrollment grants (*.xcgrant)</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the laptop&apos;s screen</source>
        <translation>I compared this fingerprint with the laptop&apos;s screen</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>HQ&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>%1 · team %2 · device %3</source>
        <translation>%1 · team %2 · device %3</translation>
    </message>
    <message>
        <source>Writing the grant…</source>
        <translation>Writing the grant…</translation>
    </message>
    <message>
        <source>Team %1&apos;s laptop is registered; the grant (%2 records) was saved to %3.
Give it to the team leader, who compares HQ&apos;s fingerprint above before accepting it.</source>
        <translation>Team %1&apos;s laptop is registered; the grant (%2 records) was saved to %3.
Give it to the team leader, who compares HQ&apos;s fingerprint above before accepting it.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This workspace has no inspected unit assigned to its team yet; entries need one.</source>
        <translation>This workspace has no inspected unit assigned to its team yet; entries need one.</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Close without saving your changes?</translation>
    </message>
</context>
<context>
    <name>RegistersArea</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Signed by interviewee</source>
        <translation>Signed by interviewee</translation>
    </message>
    <message>
        <source>Petition no.</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Unit reflected on</source>
        <translation>Unit reflected on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>Materials requested</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Signed by leader</source>
        <translation>Signed by leader</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>No interviews registered yet.</source>
        <translation>No interviews registered yet.</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>No petitions registered yet.</source>
        <translation>No petitions registered yet.</translation>
    </message>
    <message>
        <source>Document requests</source>
        <translation>Document requests</translation>
    </message>
    <message>
        <source>No document requests registered yet.</source>
        <translation>No document requests registered yet.</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>No field visits registered yet.</source>
        <translation>No field visits registered yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the four registers</source>
        <translation>
            <numerusform>%n entry in the four registers</numerusform>
            <numerusform>%n entries in the four registers</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Why is this entry deleted? It disappears from the register but stays in the history with your reason; links from findings to it are removed.</source>
        <translation>Why is this entry deleted? It disappears from the register but stays in the history with your reason; links from findings to it are removed.</translation>
    </message>
    <message>
        <source>Nothing was deleted: give a reason.</source>
        <translation>Nothing was deleted: give a reason.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>e.g. entered by mistake</source>
        <translation>e.g. entered by mistake</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Round summary report</source>
        <translation>Round summary report</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>Clue handover list (clue level)</source>
        <translation>Clue handover list (clue level)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Laying out rows: %1 of %2</source>
        <translation>Laying out rows: %1 of %2</translation>
    </message>
    <message>
        <source>Drawing pages: %1 of %2</source>
        <translation>Drawing pages: %1 of %2</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Print a report</translation>
    </message>
    <message>
        <source>The round in the committee&apos;s words, or one of its lists, as printed pages: every page carries the classification marking, the page number, who printed it and when, and your name as a light watermark. Saving, printing and previewing the clue list are recorded in the audit log.</source>
        <translation>The round in the committee&apos;s words, or one of its lists, as printed pages: every page carries the classification marking, the page number, who printed it and when, and your name as a light watermark. Saving, printing and previewing the clue list are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Marking:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>No round has units assigned in this workspace yet: there is nothing to report.</source>
        <translation>No round has units assigned in this workspace yet: there is nothing to report.</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to:</source>
        <translation>
            <numerusform>%n page saved to:</numerusform>
            <numerusform>%n pages saved to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked “%1”; the export was recorded in the audit log.</source>
        <translation>Marked “%1”; the export was recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer; the printing was recorded in the audit log.</source>
        <translation>
            <numerusform>%n page sent to the printer; the printing was recorded in the audit log.</numerusform>
            <numerusform>%n pages sent to the printer; the printing was recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent to the printer.</source>
        <translation>Stopped. Nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Stopped. No file was written.</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Withdraw the signature</source>
        <translation>Withdraw the signature</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Send back to draft</translation>
    </message>
    <message>
        <source>The signature will be withdrawn and the paper returns to “reviewed”. Why?</source>
        <translation>The signature will be withdrawn and the paper returns to “reviewed”. Why?</translation>
    </message>
    <message>
        <source>The review will be undone and the paper returns to “draft” for editing. Why?</source>
        <translation>The review will be undone and the paper returns to “draft” for editing. Why?</translation>
    </message>
    <message>
        <source>The reason is kept in the paper&apos;s history.</source>
        <translation>The reason is kept in the paper&apos;s history.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Pass review</source>
        <translation>Pass review</translation>
    </message>
    <message>
        <source>Deputy leader&apos;s review: the paper is checked and may go to the leader for signature.</source>
        <translation>Deputy leader&apos;s review: the paper is checked and may go to the leader for signature.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Leader&apos;s signature on the reviewed paper.</source>
        <translation>Leader&apos;s signature on the reviewed paper.</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Take the paper back one step (needs a reason).</source>
        <translation>Take the paper back one step (needs a reason).</translation>
    </message>
    <message>
        <source>New working paper (not saved yet)</source>
        <translation>New working paper (not saved yet)</translation>
    </message>
    <message>
        <source>Save it first; then it can be reviewed and signed.</source>
        <translation>Save it first; then it can be reviewed and signed.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Drafted by %1 %2</source>
        <translation>Drafted by %1 %2</translation>
    </message>
    <message>
        <source>reviewed by %1 %2</source>
        <translation>reviewed by %1 %2</translation>
    </message>
    <message>
        <source>signed by %1 %2</source>
        <translation>signed by %1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Withdraw signature…</source>
        <translation>Withdraw signature…</translation>
    </message>
    <message>
        <source>A reviewed paper is not edited: send it back to draft first.</source>
        <translation>A reviewed paper is not edited: send it back to draft first.</translation>
    </message>
    <message>
        <source>A reviewed paper is not edited; the deputy leader or the leader can send it back.</source>
        <translation>A reviewed paper is not edited; the deputy leader or the leader can send it back.</translation>
    </message>
    <message>
        <source>This paper has left the review and is read-only here.</source>
        <translation>This paper has left the review and is read-only here.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Close-out review of %1</source>
        <translation>Close-out review of %1</translation>
    </message>
    <message>
        <source>A three-party check: the inspection office&apos;s opinion with those of the discipline commission and the organisation department. Returning needs only the reason.</source>
        <translation>A three-party check: the inspection office&apos;s opinion with those of the discipline commission and the organisation department. Returning needs only the reason.</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Close out</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Edit round</translation>
    </message>
    <message>
        <source>A new round starts as “planned”. Form its teams and assign the units, then move it to “stationed” when the teams go out.</source>
        <translation>A new round starts as “planned”. Form its teams and assign the units, then move it to “stationed” when the teams go out.</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Period covered</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Team / member</source>
        <translation>Team / member</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Home unit and post</source>
        <translation>Home unit and post</translation>
    </message>
    <message>
        <source>Recused from</source>
        <translation>Recused from</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>No unit is assigned in this round yet.</source>
        <translation>No unit is assigned in this round yet.</translation>
    </message>
    <message>
        <source>Assign units…</source>
        <translation>Assign units…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Unassign…</translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation>Teams and members</translation>
    </message>
    <message>
        <source>Assigned units</source>
        <translation>Assigned units</translation>
    </message>
    <message>
        <source>No round chosen</source>
        <translation>No round chosen</translation>
    </message>
    <message>
        <source>Term %1, %2, round %3</source>
        <translation>Term %1, %2, round %3</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>focus: %1</source>
        <translation>focus: %1</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>no leader</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>stationed %1 to %2</source>
        <translation>stationed %1 to %2</translation>
    </message>
    <message>
        <source>Form a team first: units are assigned to a team.</source>
        <translation>Form a team first: units are assigned to a team.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The record stays in the history, marked removed, with your reason.</source>
        <translation>Remove %1 from %2? The record stays in the history, marked removed, with your reason.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Remove team</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n member(s)? A team that still inspects units cannot be removed: unassign them first.</source>
        <translation>
            <numerusform>Remove %1 and its %n member? A team that still inspects units cannot be removed: unassign them first.</numerusform>
            <numerusform>Remove %1 and its %n members? A team that still inspects units cannot be removed: unassign them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign unit</source>
        <translation>Unassign unit</translation>
    </message>
    <message>
        <source>Take %1 off this round (team %2)? Refused while the team has filed work under it.</source>
        <translation>Take %1 off this round (team %2)? Refused while the team has filed work under it.</translation>
    </message>
</context>
<context>
    <name>RoundStatusDialog</name>
    <message>
        <source>Change the stage of %1</source>
        <translation>Change the stage of %1</translation>
    </message>
    <message>
        <source>A round moves forward through its stages, or back one stage to correct a mistake. It can be stationed once every team has its leader and at least one unit.</source>
        <translation>A round moves forward through its stages, or back one stage to correct a mistake. It can be stationed once every team has its leader and at least one unit.</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>SourcePickDialog</name>
    <message>
        <source>Add sources</source>
        <translation>Add sources</translation>
    </message>
    <message>
        <source>Search by number or content</source>
        <translation>Search by number or content</translation>
    </message>
    <message>
        <source>The chosen unit has no interview, petition, document request or field visit that is not linked already.</source>
        <translation>The chosen unit has no interview, petition, document request or field visit that is not linked already.</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Document request</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Add source…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>Units inspected</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Amount involved (10k yuan)</source>
        <translation>Amount involved (10k yuan)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Document requests</source>
        <translation>Document requests</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>Rectification tasks</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>By category (level 1)</source>
        <translation>By category (level 1)</translation>
    </message>
    <message>
        <source>By category (level 2)</source>
        <translation>By category (level 2)</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>By org level</source>
        <translation>By org level</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>By team</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Closed-out share</source>
        <translation>Closed-out share</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Amount recovered (10k yuan)</source>
        <translation>Amount recovered (10k yuan)</translation>
    </message>
    <message>
        <source>Rules made</source>
        <translation>Rules made</translation>
    </message>
    <message>
        <source>People held accountable</source>
        <translation>People held accountable</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Handovers with overdue feedback</source>
        <translation>Handovers with overdue feedback</translation>
    </message>
    <message>
        <source>Overdue: past the deadline and not finished. People held accountable: the distinct people named in the perfunctory and false rectification flags.</source>
        <translation>Overdue: past the deadline and not finished. People held accountable: the distinct people named in the perfunctory and false rectification flags.</translation>
    </message>
    <message>
        <source>{n} unit(s)</source>
        <translation>{n} unit(s)</translation>
    </message>
    <message>
        <source>{n} township(s)</source>
        <translation>{n} township(s)</translation>
    </message>
    <message>
        <source>{n} village(s)</source>
        <translation>{n} village(s)</translation>
    </message>
    <message>
        <source>{n} community(ies)</source>
        <translation>{n} community(ies)</translation>
    </message>
    <message>
        <source>{mode} inspection of {objects}</source>
        <translation>{mode} inspection of {objects}</translation>
    </message>
    <message>
        <source>{findings} problem(s) found</source>
        <translation>{findings} problem(s) found</translation>
    </message>
    <message>
        <source>{findings} problem(s) and {clues} clue(s) found</source>
        <translation>{findings} problem(s) and {clues} clue(s) found</translation>
    </message>
    <message>
        <source>{part}: {found}</source>
        <translation>{part}: {found}</translation>
    </message>
    <message>
        <source>{modes}.</source>
        <translation>{modes}.</translation>
    </message>
    <message>
        <source>No unit has been assigned for inspection yet; {found}.</source>
        <translation>No unit has been assigned for inspection yet; {found}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation>Problems by unit</translation>
    </message>
    <message>
        <source>Problems by category (level 1)</source>
        <translation>Problems by category (level 1)</translation>
    </message>
    <message>
        <source>Routine and upgraded inspection: problems found</source>
        <translation>Routine and upgraded inspection: problems found</translation>
    </message>
    <message>
        <source>Rectification progress (tasks)</source>
        <translation>Rectification progress (tasks)</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <source>Withdrawn findings are not counted; deleted records neither.</source>
        <translation>Withdrawn findings are not counted; deleted records neither.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category (level 1)</source>
        <translation>Category (level 1)</translation>
    </message>
    <message>
        <source>Category (level 2)</source>
        <translation>Category (level 2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Org level</source>
        <translation>Org level</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Under level 1</source>
        <translation>Under level 1</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>Amount (10k yuan)</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Another task for %1</source>
        <translation>Another task for %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Checking the database files…</source>
        <translation>Checking the database files…</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <source>Checking the change log…</source>
        <translation>Checking the change log…</translation>
    </message>
    <message>
        <source>Checking the clue compartment…</source>
        <translation>Checking the clue compartment…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
    </message>
    <message>
        <source>Installing the problem categories…</source>
        <translation>Installing the problem categories…</translation>
    </message>
    <message>
        <source>Writing the inspected units…</source>
        <translation>Writing the inspected units…</translation>
    </message>
    <message>
        <source>Writing the round…</source>
        <translation>Writing the round…</translation>
    </message>
    <message>
        <source>Writing the teams…</source>
        <translation>Writing the teams…</translation>
    </message>
    <message>
        <source>Writing the assignments…</source>
        <translation>Writing the assignments…</translation>
    </message>
    <message>
        <source>Writing the registers…</source>
        <translation>Writing the registers…</translation>
    </message>
    <message>
        <source>Writing the findings…</source>
        <translation>Writing the findings…</translation>
    </message>
    <message>
        <source>Storing the evidence files…</source>
        <translation>Storing the evidence files…</translation>
    </message>
    <message>
        <source>Writing the rectification ledger…</source>
        <translation>Writing the rectification ledger…</translation>
    </message>
    <message>
        <source>Writing the clues…</source>
        <translation>Writing the clues…</translation>
    </message>
    <message>
        <source>Adding the demo users…</source>
        <translation>Adding the demo users…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Encrypting and storing the file…</source>
        <translation>Encrypting and storing the file…</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Writing the copy…</translation>
    </message>
    <message>
        <source>Checking HQ&apos;s confirmation…</source>
        <translation>Checking HQ&apos;s confirmation…</translation>
    </message>
    <message>
        <source>Removing confirmed change records…</source>
        <translation>Removing confirmed change records…</translation>
    </message>
    <message>
        <source>Removing the round&apos;s records…</source>
        <translation>Removing the round&apos;s records…</translation>
    </message>
    <message>
        <source>Removing attachments…</source>
        <translation>Removing attachments…</translation>
    </message>
    <message>
        <source>Tidying the search index…</source>
        <translation>Tidying the search index…</translation>
    </message>
    <message>
        <source>Rewriting the database files…</source>
        <translation>Rewriting the database files…</translation>
    </message>
    <message>
        <source>Checking the passphrase (this takes a moment by design)…</source>
        <translation>Checking the passphrase (this takes a moment by design)…</translation>
    </message>
    <message>
        <source>Opening the encrypted database…</source>
        <translation>Opening the encrypted database…</translation>
    </message>
    <message>
        <source>Checking the database version…</source>
        <translation>Checking the database version…</translation>
    </message>
    <message>
        <source>Recording the unlock in the audit log…</source>
        <translation>Recording the unlock in the audit log…</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Problem categories</source>
        <translation>Problem categories</translation>
    </message>
    <message>
        <source>Search categories and tags…</source>
        <translation>Search categories and tags…</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Offer this entry (and what was deactivated with it) for new findings again</source>
        <translation>Offer this entry (and what was deactivated with it) for new findings again</translation>
    </message>
    <message>
        <source>A finding keeps the category it was filed under, with its wording at that time. Deactivated entries (grey) stay on old findings but are no longer offered for new ones.</source>
        <translation>A finding keeps the category it was filed under, with its wording at that time. Deactivated entries (grey) stay on old findings but are no longer offered for new ones.</translation>
    </message>
    <message>
        <source>Only the inspection office&apos;s administrator changes the shared tree; a team leader may add team items under it. You can search and read it.</source>
        <translation>Only the inspection office&apos;s administrator changes the shared tree; a team leader may add team items under it. You can search and read it.</translation>
    </message>
    <message>
        <source>The shared tree belongs to the inspection office: you can add your team&apos;s own items under it, and change those.</source>
        <translation>The shared tree belongs to the inspection office: you can add your team&apos;s own items under it, and change those.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Team item</source>
        <translation>Team item</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>Deactivate “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) under it are deactivated too.</source>
        <translation>
            <numerusform>The %n item under it are deactivated too.</numerusform>
            <numerusform>The %n items under it are deactivated too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings already filed under it keep it; new findings can no longer choose it until it is reactivated.</source>
        <translation>Findings already filed under it keep it; new findings can no longer choose it until it is reactivated.</translation>
    </message>
    <message>
        <source>“%1” is still deactivated: reactivate it first.</source>
        <translation>“%1” is still deactivated: reactivate it first.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Edit team</translation>
    </message>
</context>
<context>
    <name>TeamPackagesPage</name>
    <message>
        <source>Request enrollment…</source>
        <translation>Request enrollment…</translation>
    </message>
    <message>
        <source>Accept grant…</source>
        <translation>Accept grant…</translation>
    </message>
    <message>
        <source>Enrollment with HQ</source>
        <translation>Enrollment with HQ</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>This laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>HQ&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Import update…</translation>
    </message>
    <message>
        <source>Close out round…</source>
        <translation>Close out round…</translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation>Exchange with HQ</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by HQ:</source>
        <translation>Changes not yet acknowledged by HQ:</translation>
    </message>
    <message>
        <source>Clue changes not yet acknowledged:</source>
        <translation>Clue changes not yet acknowledged:</translation>
    </message>
    <message>
        <source>Audit events not yet acknowledged:</source>
        <translation>Audit events not yet acknowledged:</translation>
    </message>
    <message>
        <source>Packages sent to HQ:</source>
        <translation>Packages sent to HQ:</translation>
    </message>
    <message>
        <source>Last package exported:</source>
        <translation>Last package exported:</translation>
    </message>
    <message>
        <source>Last update from HQ imported:</source>
        <translation>Last update from HQ imported:</translation>
    </message>
    <message>
        <source>HQ holds these edits of yours and a person there decides on each; until then this laptop shows HQ&apos;s values. As of the last update imported.</source>
        <translation>HQ holds these edits of yours and a person there decides on each; until then this laptop shows HQ&apos;s values. As of the last update imported.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Shown now (HQ&apos;s)</source>
        <translation>Shown now (HQ&apos;s)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>Not enrolled with HQ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged by HQ</source>
        <translation>
            <numerusform>%n change not yet acknowledged by HQ</numerusform>
            <numerusform>%n changes not yet acknowledged by HQ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n edit(s) waiting in HQ&apos;s conflict inbox</source>
        <translation>
            <numerusform>; %n edit waiting in HQ&apos;s conflict inbox</numerusform>
            <numerusform>; %n edits waiting in HQ&apos;s conflict inbox</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ. Packages it exports can only be opened by HQ, and it accepts updates only from the HQ below.</source>
        <translation>This laptop is enrolled with HQ. Packages it exports can only be opened by HQ, and it accepts updates only from the HQ below.</translation>
    </message>
    <message>
        <source>An enrollment request was made. Take the request file to HQ; when HQ returns a grant file, accept it here after comparing fingerprints.</source>
        <translation>An enrollment request was made. Take the request file to HQ; when HQ returns a grant file, accept it here after comparing fingerprints.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enroll it before entering data: request enrollment, take the request file to HQ, then accept the grant file HQ gives back.</source>
        <translation>This laptop is not enrolled with HQ yet. Enroll it before entering data: request enrollment, take the request file to HQ, then accept the grant file HQ gives back.</translation>
    </message>
    <message>
        <source>%1, acknowledged up to #%2</source>
        <translation>%1, acknowledged up to #%2</translation>
    </message>
    <message>
        <source>Only the team leader may do this.</source>
        <translation>Only the team leader may do this.</translation>
    </message>
    <message numerus="yes">
        <source>Your edits waiting in HQ&apos;s conflict inbox (%n)</source>
        <translation>
            <numerusform>Your edits waiting in HQ&apos;s conflict inbox (%n)</numerusform>
            <numerusform>Your edits waiting in HQ&apos;s conflict inbox (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>The units are shared by every round. A village or community sits under its township; a township under its county or directly under the city.</source>
        <translation>The units are shared by every round. A village or community sits under its township; a township under its county or directly under the city.</translation>
    </message>
    <message>
        <source>In the chosen round</source>
        <translation>In the chosen round</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>New unit…</translation>
    </message>
    <message>
        <source>New unit under the chosen one…</source>
        <translation>New unit under the chosen one…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Team %1 · %2</source>
        <translation>Team %1 · %2</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Remove unit</translation>
    </message>
    <message>
        <source>Remove %1? A unit that is assigned in a round, or has units under it, cannot be removed.</source>
        <translation>Remove %1? A unit that is assigned in a round, or has units under it, cannot be removed.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This is a demo workspace. Passphrase for every demo user: %1</source>
        <translation>This is a demo workspace. Passphrase for every demo user: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Users: %1</translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation>Unlock workspace</translation>
    </message>
    <message>
        <source>Empty: the workspace&apos;s default user</source>
        <translation>Empty: the workspace&apos;s default user</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Forgot passphrase…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Please try again (failed attempts: %1).</source>
        <translation>The passphrase is not correct. Please try again (failed attempts: %1).</translation>
    </message>
    <message>
        <source>There is no user named “%1” in this workspace.</source>
        <translation>There is no user named “%1” in this workspace.</translation>
    </message>
</context>
<context>
    <name>WaitingEdits</name>
    <message>
        <source>Your change of “%1” to “%2” waits in HQ&apos;s conflict inbox: HQ had changed it too. Until HQ decides, HQ&apos;s value “%3” is shown.</source>
        <translation>Your change of “%1” to “%2” waits in HQ&apos;s conflict inbox: HQ had changed it too. Until HQ decides, HQ&apos;s value “%3” is shown.</translation>
    </message>
    <message>
        <source>Your “%1” “%2” is used at HQ by another record: your record waits in HQ&apos;s conflict inbox until HQ gives one of them another number.</source>
        <translation>Your “%1” “%2” is used at HQ by another record: your record waits in HQ&apos;s conflict inbox until HQ gives one of them another number.</translation>
    </message>
    <message>
        <source>Your deletion of this record waits in HQ&apos;s conflict inbox: HQ had edited it. Until HQ decides, the record stays.</source>
        <translation>Your deletion of this record waits in HQ&apos;s conflict inbox: HQ had edited it. Until HQ decides, the record stays.</translation>
    </message>
    <message>
        <source>Your edit of this record waits in HQ&apos;s conflict inbox: HQ had deleted it.</source>
        <translation>Your edit of this record waits in HQ&apos;s conflict inbox: HQ had deleted it.</translation>
    </message>
    <message>
        <source>Waiting in HQ&apos;s conflict inbox (as of the last update from HQ):</source>
        <translation>Waiting in HQ&apos;s conflict inbox (as of the last update from HQ):</translation>
    </message>
    <message>
        <source>HQ changed it too</source>
        <translation>HQ changed it too</translation>
    </message>
    <message>
        <source>number used at HQ</source>
        <translation>number used at HQ</translation>
    </message>
    <message>
        <source>you deleted it, HQ edited it</source>
        <translation>you deleted it, HQ edited it</translation>
    </message>
    <message>
        <source>you edited it, HQ deleted it</source>
        <translation>you edited it, HQ deleted it</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Xuncha</source>
        <translation>Xuncha</translation>
    </message>
    <message>
        <source>Offline work of an inspection team: findings, registers, clues and rectification. Everything is encrypted on this computer; nothing goes over a network.</source>
        <translation>Offline work of an inspection team: findings, registers, clues and rectification. Everything is encrypted on this computer; nothing goes over a network.</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <source>Start a team&apos;s or the office&apos;s encrypted workspace</source>
        <translation>Start a team&apos;s or the office&apos;s encrypted workspace</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <source>Choose a workspace folder on this computer or a USB disk</source>
        <translation>Choose a workspace folder on this computer or a USB disk</translation>
    </message>
    <message>
        <source>Create the demo workspace…</source>
        <translation>Create the demo workspace…</translation>
    </message>
    <message>
        <source>Made-up data to try the program out</source>
        <translation>Made-up data to try the program out</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation>Workspaces you open appear here.</translation>
    </message>
    <message>
        <source>Open selected</source>
        <translation>Open selected</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(not found)</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Demo data — every name, unit and figure in this workspace is made up, for trying the program out. Do not enter real cases here.</source>
        <translation>Demo data — every name, unit and figure in this workspace is made up, for trying the program out. Do not enter real cases here.</translation>
    </message>
</context>
</TS>
