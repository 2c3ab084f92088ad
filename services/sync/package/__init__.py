"""The package file (docs/sync.md §3). Both sides.

- ``container``: prefix, clear header, payload sections, signature; writing and verifying a file.
- ``header``: the clear header (strict canonical JSON) and the sections' sealed data keys.
- ``payload_schema``, ``payload_write``, ``payload_read``: the SQLCipher payload databases a section holds.
- ``audit_chain``: the device's signed audit-chain head a package carries, and HQ's check that it extends.
- ``files``: what the two exports (team package, HQ update) share: file name and place, temp files, sections.
- ``rejections``: why a package is refused or held: stable reason codes.
"""
