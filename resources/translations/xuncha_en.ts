<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>Person reflected on</source>
        <translation>Person reflected on</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>Cadre level</translation>
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
        <source>Proposed receiver</source>
        <translation>Proposed receiver</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message>
        <source>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list is recorded in the audit trail.</source>
        <translation>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>No clues registered yet.</source>
        <translation>No clues registered yet.</translation>
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
    <name>FindingsArea</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings have been recorded in this workspace yet.

Entering findings in the windows is not available in this version yet; open the demo workspace to see how the list looks with data.</source>
        <translation>No findings have been recorded in this workspace yet.

Entering findings in the windows is not available in this version yet; open the demo workspace to see how the list looks with data.</translation>
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
        <source>&amp;Verify workspace…</source>
        <translation>&amp;Verify workspace…</translation>
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
    <message>
        <source>Locked · %1</source>
        <translation>Locked · %1</translation>
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
        <source>This role cannot be chosen here.</source>
        <translation>This role cannot be chosen here.</translation>
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
</context>
<context>
    <name>PackagesArea</name>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Package exchange with HQ is not available in this version yet.

A later version will export this workspace&apos;s changes as a signed, encrypted package for a USB stick, and import HQ&apos;s packages. Until then nothing leaves this computer.</source>
        <translation>Package exchange with HQ is not available in this version yet.

A later version will export this workspace&apos;s changes as a signed, encrypted package for a USB stick, and import HQ&apos;s packages. Until then nothing leaves this computer.</translation>
    </message>
</context>
<context>
    <name>RectificationArea</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>Finding code</translation>
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
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</source>
        <translation>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not finished</source>
        <translation>
            <numerusform>, %n not finished</numerusform>
            <numerusform>, %n not finished</numerusform>
        </translation>
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
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
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
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message>
        <source>Findings by status</source>
        <translation>Findings by status</translation>
    </message>
    <message>
        <source>Live records only; deleted ones are not counted.</source>
        <translation>Live records only; deleted ones are not counted.</translation>
    </message>
    <message>
        <source>Units inspected: %1; problems found: %2; clues: %3.</source>
        <translation>Units inspected: %1; problems found: %2; clues: %3.</translation>
    </message>
    <message>
        <source>Units inspected: %1; problems found: %2.</source>
        <translation>Units inspected: %1; problems found: %2.</translation>
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
