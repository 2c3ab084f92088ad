"""What kind of file an evidence file is: its MIME type (first bytes, then the extension), a coarse file kind
for lists, whether the program can show it, and the evidence type (证据类型) its name and kind suggest."""

from __future__ import annotations

from pathlib import PurePath

from models.enums import EvidenceType

OCTET_STREAM = "application/octet-stream"
PDF = "application/pdf"

# Magic numbers of the formats the viewer shows (it trusts these, not the file's extension).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", PDF),
)

_EXTENSIONS: dict[str, str] = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".bmp": "image/bmp",
    ".tif": "image/tiff", ".tiff": "image/tiff", ".webp": "image/webp", ".heic": "image/heic", ".pdf": PDF,
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".wps": "application/vnd.ms-works", ".et": "application/vnd.ms-excel", ".dps": "application/vnd.ms-powerpoint",
    ".ofd": "application/ofd", ".txt": "text/plain", ".csv": "text/csv", ".rtf": "application/rtf",
    ".zip": "application/zip", ".rar": "application/vnd.rar", ".7z": "application/x-7z-compressed",
    ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".wav": "audio/wav", ".amr": "audio/amr",
    ".mp4": "video/mp4", ".mov": "video/quicktime", ".avi": "video/x-msvideo",
}

# Images the viewer shows (Qt's built-in readers); others (HEIC) are listed and saved out only.
VIEWABLE_IMAGES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff"})

# Words in a file name that say what the evidence is, checked in this order.
_NAME_HINTS: tuple[tuple[tuple[str, ...], EvidenceType], ...] = (
    (("谈话", "笔录", "询问"), EvidenceType.INTERVIEW_RECORD),
    (("纪要", "会议记录", "会议"), EvidenceType.MINUTES),
    (("凭证", "发票", "报销", "账簿", "台账", "记账"), EvidenceType.VOUCHER),
    (("合同", "协议"), EvidenceType.CONTRACT),
    (("测评", "问卷", "调查"), EvidenceType.SURVEY_RESULT),
    (("调阅", "调取"), EvidenceType.REQUESTED_MATERIAL),
    (("照片", "图片", "截图", "现场"), EvidenceType.PHOTO),
)


def sniff_mime(file_name: str, head: bytes) -> str:
    """The MIME type by the first bytes for the formats the viewer shows, else by the extension."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    extension = PurePath(file_name).suffix.lower()
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:2] == b"BM" and extension == ".bmp":  # two bytes alone say too little
        return "image/bmp"
    mime = _EXTENSIONS.get(extension, OCTET_STREAM)
    if mime in VIEWABLE_IMAGES or mime == PDF:  # the extension claims a viewable format the bytes do not have
        return OCTET_STREAM
    return mime


def file_kind(mime: str | None, file_name: str) -> str:
    """A coarse kind for lists: image, pdf, word, excel, powerpoint, text, audio, video, archive or other."""
    mime = mime or OCTET_STREAM
    extension = PurePath(file_name).suffix.lower()
    if mime.startswith("image/"):
        return "image"
    if mime == PDF:
        return "pdf"
    if extension in (".doc", ".docx", ".wps", ".rtf") or "wordprocessing" in mime or mime == "application/msword":
        return "word"
    if extension in (".xls", ".xlsx", ".et", ".csv") or "spreadsheet" in mime or mime == "application/vnd.ms-excel":
        return "excel"
    if extension in (".ppt", ".pptx", ".dps") or "presentation" in mime or "powerpoint" in mime:
        return "powerpoint"
    for prefix in ("text", "audio", "video"):
        if mime.startswith(prefix + "/"):
            return prefix
    if extension in (".zip", ".rar", ".7z"):
        return "archive"
    return "other"


def viewable(mime: str | None) -> bool:
    """Whether the program shows this file itself (from memory); everything else can only be saved out."""
    return mime == PDF or mime in VIEWABLE_IMAGES


def guess_evidence_type(file_name: str, mime: str | None) -> EvidenceType:
    """The evidence type the file's name suggests, else photo for an image and document for anything else."""
    stem = PurePath(file_name).stem
    for words, kind in _NAME_HINTS:
        if any(word in stem for word in words):
            return kind
    return EvidenceType.PHOTO if (mime or "").startswith("image/") else EvidenceType.DOCUMENT
