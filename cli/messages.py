"""DomainError codes -> Chinese sentences for the console (the windows have their own table in ui/).

The services' English ``message`` is for developers; a person reads the sentence made here. Codes that
have no sentence yet still print, with their code, so a new error never goes silent.
"""

from __future__ import annotations

from cli.messages_hardening import HARDENING_TEMPLATES
from cli.messages_rectification import RECTIFICATION_PERMISSIONS, RECTIFICATION_REASONS
from models.enums import Role
from services.errors import DomainError, FieldProblem, InvalidFieldsError
from services.phrasing import Phrasebook, phrase_error, phrase_field_problem, phrase_problem

TEMPLATES: dict[str, str] = {
    "wrong_passphrase": "口令不正确。",
    "unknown_user": "此工作区没有名为“{user}”的用户（或该用户已停用）。",
    "locked": "工作区已锁定，请先解锁。",
    "workspace_busy": ("工作区“{path}”已被另一个程序打开，它正在写入数据（例如另一个巡察通窗口或命令）。"
                       "请等它完成或关闭它后再试。"),
    "not_permitted": "当前角色（{role}）无权执行此操作。",
    "workspace_not_found": "“{path}”不是巡察通工作区。",
    "workspace_exists": "“{path}”已存在且不是空文件夹，请选择新的或空的文件夹。",
    "workspace_damaged": "“{path}”中的工作区已损坏或被替换，无法打开。",
    "schema_too_new": "此工作区由更新版本的巡察通写入，请先升级程序。",
    "invalid_input": "输入未被接受。",
    "invalid_fields": "有 {count} 处填写不符合要求，未保存任何内容：",
    "verification_failed": "工作区校验未通过，发现 {count} 个问题：",
    "stale_edit": "该记录在您打开后已被他人修改，请重新读取后再改。",
    "cancelled": "已取消，未写入任何内容。",
    "usage": "命令行用法有误：{reason}",
    "internal_error": "程序内部错误（{kind}）。加 --debug 或设置 XUNCHA_DEBUG=1 可查看详细信息。",
    "self_test_failed": "自检未通过：{step}",
    "excel_xls": ("“{path}”是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请用 Excel 或 WPS 打开，"
                  "“另存为”Excel 工作簿（.xlsx）后再导入。"),
    "excel_encrypted": "“{path}”设有打开密码或不是 .xlsx 格式。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入。",
    "excel_not_xlsx": "“{path}”不是 Excel 工作簿（.xlsx/.xlsm），可能是改了扩展名的其他文件或已损坏。",
    "excel_csv_encoding": "无法识别“{path}”的文字编码，请另存为 UTF-8 或 Excel 工作簿后再导入。",
    "excel_empty": "“{path}”中没有任何数据。",
    "excel_unknown_kind": ("无法从表头识别“{path}”是哪种台账。请使用巡察办下发的模板，或用 --kind 指定："
                           "orgs（被巡察单位名单）、findings（问题清单）、rectification（整改台账）、"
                           "taxonomy（问题分类）、clues（线索清单）。"),
    "import_rejected": "有 {count} 行未通过检查，未导入任何内容：",
    # enrollment and the device registry (services/sync/devices/registry.EnrollmentError)
    "enrollment_refused": "入网未能完成。",
    "no_device_keys": "本工作区还没有设备密钥：请先由组长生成入网申请（enroll-request）。",
    "no_clue_key": "当前用户不持有线索密钥，不能生成入网申请；请以组长身份操作。",
    "already_enrolled": "本工作区已经入网，不能再次申请或接受入网授权。",
    "device_already_enrolled": ("该设备（{device}）已在巡察办登记过，不能重复登记；"
                                "如需更换，请先撤销后用新工作区重新申请。"),
    "workspace_not_empty": ("本工作区已录入数据（{count} 条），不能入网。入网须在录入任何数据之前完成："
                            "请新建一个工作区并先完成入网，或在录入数据前向巡察办申请入网授权。"),
    "bad_request": "该文件不是有效的入网申请（已损坏、被改动或签名不符）。",
    "team_mismatch": "组号不一致：申请来自第 {requested} 组的工作区，而登记的是第 {given} 组。",
    "demo_mismatch": "演示工作区只能与演示用的巡察办互相登记，正式工作区只能与正式巡察办登记。",
    "unknown_team": ("巡察办工作区中找不到第 {team_no} 组：请先用 round create、team create（或在“巡察计划”中）"
                     "建立巡察轮次和巡察组，或检查 --round。"),
    "not_a_grant": "该文件不是有效的入网授权（已损坏、被改动或签名不符）。",
    "grant_not_for_us": "该入网授权是发给另一台设备的，不能在本机接受。",
    "unknown_request": "该入网授权不对应本机发出的（尚未使用的）入网申请。请重新生成申请并交巡察办登记。",
    "team_workspace_only": "此操作只能在巡察组工作区中进行。",
    "hq_workspace_only": "此操作只能在巡察办工作区中进行。",
    "unknown_device": "找不到设备“{device}”（见 devices 命令列出的设备 ID）。",
    "already_revoked": "设备 {device} 已于 {at} 撤销。",
    # exporting packages (services/sync/package/files.py, updates/hq_export.py)
    "export_not_enrolled": ("本工作区尚未入网，不能导出数据包。请组长先生成入网申请（enroll-request）交巡察办登记，"
                            "再接受巡察办发回的入网授权（enroll-accept）。"),
    "export_folder_missing": "文件夹 {path} 不存在，请先插入 U 盘或选择已有的文件夹。",
    "export_inside_workspace": "数据包不能保存在工作区文件夹（{path}）内，请选择 U 盘或其他文件夹。",
    "export_file_exists": "文件 {path} 已存在，未覆盖。请选择其他文件夹。",
    "export_no_devices": "没有可发送更新包的已登记设备（检查组号或设备 ID，见 devices 命令）。",
}

# Why a package was refused (services/sync/package/rejections.REASONS) or held; nothing of a refused package is written.
PACKAGE_REASONS: dict[str, str] = {
    "package_rejected": "数据包未通过检查，未导入任何内容。",
    "package_held": ("数据包已暂存：缺少设备 {device} 的第 {missing_from}–{missing_to} 号变更。"
                     "请先导入其间的数据包，或请该组重新导出。"),
    "malformed_package": "该文件不是完整的巡察通数据包（已损坏、被截断或被改动）。",
    "unsupported_version": "数据包格式版本（{version}）不受本程序支持，请升级程序。",
    "file_unreadable": "无法读取该数据包文件。",
    "unknown_sender": "数据包来自未登记的设备（{device}），请先在巡察办登记该设备。",
    "revoked_sender": "发送数据包的设备（{device}）已被撤销，不再接受其数据包。",
    "key_mismatch": "数据包的签名密钥与登记的设备（{device}）不一致。",
    "not_for_this_workspace": "该数据包不是发给本工作区的。",
    "wrong_kind": "本工作区不能导入这类数据包（{kind}）。",
    "not_enrolled": "本工作区尚未登记（入网），不能导入数据包。",
    "bad_signature": "数据包签名不符：文件被改动，或不是由登记的设备签名。",
    "payload_damaged": "数据包内容已损坏或被改动。",
    "history_regressed": "设备（{device}）的历史倒退了：可能是用旧副本恢复的笔记本。请与巡察办联系。",
    "stale_sequence": "这是一个较旧的数据包（序号 {seq}，已导入到第 {last} 号），未导入。",
    "not_addressed_to_us": "数据包不是加密发给本工作区的，无法打开。",
    "needs_clue_key": "数据包含有线索，只有持有线索密钥的用户（巡察办管理员）才能导入。",
    "schema_mismatch": "数据包内部结构与预期不符（可能被篡改），未导入。",
    "newer_schema": "数据包由更新版本的巡察通生成，请先升级程序。",
    "blob_damaged": "数据包中的附件已损坏或被改动。",
    "blob_missing": "数据包缺少所需的附件。",
    "out_of_scope": "数据包中有变更超出了该组的范围，整个数据包未导入。",
    "hq_only_field": "数据包中有变更修改了只有巡察办才能修改的内容，整个数据包未导入。",
    "role_not_allowed": "数据包中有变更超出了作者角色的权限，整个数据包未导入。",
    "unknown_entity": "数据包中有变更涉及未知的数据类型，整个数据包未导入。",
    "unknown_field": "数据包中有变更涉及未知的字段，整个数据包未导入。",
    "bad_value": "数据包中有变更的取值不符合要求，整个数据包未导入。",
    "foreign_change": "数据包中有不属于发送设备的变更，整个数据包未导入。",
    "audit_chain_broken": "数据包的审计链衔接不上或被改动，未导入。",
    "audit_regressed": "数据包的审计链比巡察办已有的更短：可能是用旧副本恢复的笔记本。",
    "unaudited_change": "数据包中有变更没有对应的审计记录，未导入。",
    "range_mismatch": "数据包中的变更序号与包头不符，未导入。",
    "peer_ahead": "巡察办确认的数据多于本机现有的：本机可能是用旧副本恢复的。请与巡察办联系。",
    "import_failed": ("导入这个数据包时程序出错（{kind}），它没有写入任何内容；其余数据包照常导入。"
                      "请把错误日志交给技术支持。"),
}
TEMPLATES.update(PACKAGE_REASONS)
TEMPLATES.update(HARDENING_TEMPLATES)
# conflicts and close-out (services/sync/conflicts/inbox.py, closeout/wipe.py)
TEMPLATES.update({
    "conflict_not_found": "没有编号为“{conflict}”的冲突（见 conflicts list；线索冲突只有线索岗位可见）。",
    "conflict_closed": "该冲突已处理过（{resolution}），不能再次处理。",
    "resolution_not_allowed": ("这类冲突不能这样处理：编号重复的冲突须用 --value 为新记录填写一个不重复的编号；"
                               "删除与修改冲突只能 --keep current（保留现有）或 --keep incoming（采用新来的）。"),
    "round_not_found": "本工作区中没有编号为“{round}”的巡察轮次。",
    "round_not_acknowledged": ("巡察办尚未确认“{round}”的全部数据（未确认的变更 {changes} 条、"
                               "线索变更 {clue_changes} 条、审计记录 {audit} 条），不能清退。"
                               "请先导出数据包交巡察办导入，再导入巡察办发回的更新包，然后重试。"),
    "round_already_wiped": "该巡察轮次已清退。",
})
# A NotPermittedError whose ``reason`` names a case of its own gets this sentence instead of "not_permitted".
PERMISSION_TEMPLATES: dict[str, str] = {
    "clue_report": "问题线索移交清单只有组长、线索管理员和巡察办管理员可以导出或打印。当前角色：{role}。",
    "planned_by_hq": ("巡察计划（轮次、巡察组及成员、被巡察单位和巡察任务）只能由巡察办管理员在巡察办工作区制定；"
                      "巡察组工作区随入网授权和巡察办的更新包接收。当前角色：{role}。"),
}

# Rejected input, by field and by the parameter that tells the case apart.
FIELD_TEMPLATES: dict[tuple[str, str | None], str] = {
    ("passphrase", "minimum"): "口令太短：至少需要 {minimum} 个字符。",
    ("passphrase", "mismatch"): "两次输入的口令不一致。",
    ("passphrase", None): "此口令不能使用（新口令不能与旧口令相同），请另选一个。",
    ("passphrase_file", "path"): "无法读取口令文件“{path}”，或其第一行为空。",
    ("user", "user"): "已存在名为“{user}”的用户。",
    ("user", None): "请填写用户名。",
    ("team", None): "巡察组工作区需要组号（--team N）。",
    ("org", "value"): ("本工作区中没有名为“{value}”的被巡察单位（请用单位全称或简称，"
                       "见 findings list 的“被巡察单位”列）。"),
    ("finding", "value"): "本工作区中没有编号为“{value}”的问题（编号如 [2026]3巡-2组-15号，见 findings list）。",
    ("keep", None): ("请选择保留现有值（--keep current）、采用新来的值（--keep incoming）"
                     "或填写合并值（--value），三者选一。"),
    ("role", None): ("角色“{role}”不能用于此处：巡察组工作区可用 组长/副组长/组员/线索管理员，巡察办工作区可用 "
                     "巡察办管理员/组员/线索管理员；新工作区的第一个用户须为组长或巡察办管理员。"),
}

FIELD_NAMES: dict[str, str] = {
    "passphrase": "口令", "user": "用户名", "team": "组号", "role": "角色", "path": "文件夹",
    "passphrase_file": "口令文件", "reason": "理由",
}

# Why a field was rejected (services.errors.FieldProblem.reason); {field} is the field's official name.
REASONS: dict[str, str] = {
    "required": "“{field}”不能为空。",
    "too_long": "“{field}”过长：最多 {maximum} 个字，现有 {length} 个字。",
    "too_few": "“{field}”至少需要 {minimum} 项，现有 {count} 项。",
    "not_a_number": "“{field}”应为数字，“{value}”不是数字。",
    "not_an_amount": "“{field}”应为金额（万元，最多六位小数），“{value}”无法识别。",
    "negative": "“{field}”不能为负数。",
    "out_of_range": "“{field}”应在 {minimum} 至 {maximum} 之间。",
    "not_a_date": "“{field}”应为日期（如 2026-03-05 或 2026年3月5日），“{value}”无法识别。",
    "date_order": "“{field}”不能早于“{other}”。",
    "in_future": "“{field}”不能晚于今天。",
    "unknown_choice": "“{field}”只能是：{choices}；“{value}”不在其中。",
    "unknown_reference": "“{field}”中的“{value}”在本工作区中不存在。",
    "not_assigned": "“{value}”不在本组的巡察任务中，“{field}”只能选本组负责的单位。",
    "assigned_by_hq": ("“{field}”：“{value}”不在巡察办下发给本组的任务中。"
                       "巡察轮次、巡察组和被巡察单位由巡察办分配，请向巡察办索取更新包。"),
    "duplicate": "“{field}”为“{value}”的记录已存在。",
    "inactive": "“{field}”中的“{value}”已停用，请另选。",
    "not_a_yes_no": "“{field}”应为 是/否，“{value}”无法识别。",
    "same_person": "“{field}”不能与“{other}”为同一人。",
    "ambiguous": "“{field}”为“{value}”的记录不止一条（{choices}），请写完整。",
    "invalid": "“{field}”的值“{value}”不符合要求。",
    "file_unreadable": "无法读取文件“{value}”。",
    "file_empty": "文件“{value}”是空的。",
    "file_too_large": "文件“{value}”过大：最大 {maximum}。",
    "file_changed": "读取文件“{value}”期间文件发生了变化，请关闭正在编辑它的程序后重试。",
    "inside_workspace": "明文副本不能保存在工作区文件夹内（“{value}”），请另选文件夹。",
    "not_writable": "无法写入“{value}”，请另选文件名或文件夹。",
    "file_exists": "文件“{value}”已存在，未覆盖（加 --force 可覆盖）。",
    "person_name_missing": "“{field}”第 {line} 行填了职务，但没有填姓名。",
    "wrong_status": "“{field}”为“{value}”，此步骤需要“{expected}”。",
    "duplicate_row": "“{field}”为“{value}”，与第 {other} 行重复。",
    "not_draft": "“{value}”已是“{status}”状态，不能通过导入修改；请先在程序中退回审核。",
    "other_team": "“{field}”为“{value}”，不是本组（第 {team} 组）的数据；巡察组工作区只能导入本组的数据。",
    # planning a round (services/planning/)
    "status_backwards": "轮次状态只能向后推进，或退回上一阶段更正；当前为“{current}”，不能改为“{value}”。",
    "round_without_teams": "“{value}”还没有巡察组，不能进驻；请先组建巡察组并分配单位。",
    "leader_missing": "{value}（第 {team} 组）还没有组长。",
    "team_without_units": "{value}（第 {team} 组）还没有分配被巡察单位。",
    "round_has_teams": "“{value}”还有 {count} 个巡察组，不能删除；请先删除巡察组。",
    "team_has_units": "{value}还负责 {count} 个被巡察单位，不能删除；请先取消分配。",
    "one_leader": "第 {team} 组已有组长“{value}”，一个组只能有一名组长。",
    "recused_member": "{value}须回避“{org}”，不能参加巡察该单位的第 {team} 组；请调整人员或改派其他组。",
    "org_assigned": "“{value}”已分配给 {count} 个巡察任务，不能删除。",
    "org_has_children": "“{value}”下还有 {count} 个单位，不能删除。",
    "parent_cycle": "“{field}”不能是“{value}”：它在本单位之下。",
    "village_outside_township": "村（社区）必须属于一个乡镇（街道）；“{field}”“{value}”不是乡镇（街道）。",
    "parent_level": "{level}不能隶属于{parent_level}“{value}”。",
    "assigned_twice": "“{value}”在本轮已分配给第 {team} 组，一个单位一轮只能分配一次。",
    "village_other_team": ("“{value}”属于“{township}”，该乡镇已由第 {team} 组巡察；"
                           "村（社区）应由巡察其所在乡镇的组一并巡察。"),
    "other_round": "“{value}”不属于本轮。",
    "assignment_has_work": "“{value}”下已有第 {team} 组录入的 {count} 条问题、登记或整改记录，不能取消或改派。",
    # the command line's own (cli/commands/planning_common.py, finding_edits.py)
    "not_in_round": "“{value}”在本轮没有分配给任何巡察组。",
    "not_a_field": "没有可修改的字段“{value}”。可用：{choices}。",
    "not_a_setting": "“{value}”应写成 字段=值，如 title=新的标题。",
}
REASONS.update(RECTIFICATION_REASONS)
PERMISSION_TEMPLATES.update(RECTIFICATION_PERMISSIONS)

USAGE_REASONS: dict[str, str] = {
    "no_recovery_code": ("需要恢复密钥，但标准输入不是终端、无法提示输入。请用 --recovery-code-file 指定文件，"
                         "或设置环境变量 XUNCHA_RECOVERY_CODE。"),
    "no_passphrase": ("需要口令，但标准输入不是终端、无法提示输入。请设置环境变量 XUNCHA_PASSPHRASE，"
                      "或用 --passphrase-file 文件（取第一行）。"),
    "no_new_passphrase": ("需要新口令，但标准输入不是终端、无法提示输入。请设置环境变量 XUNCHA_NEW_PASSPHRASE，"
                          "或用 --new-passphrase-file 文件（取第一行）。"),
    "no_command": "请给出命令，例如 info、verify、init；用 -h 查看全部命令。",
    "team_and_hq": "--hq（巡察办工作区）不能与 --team 同用。",
    "team_missing": "巡察组工作区需要组号 --team N；创建巡察办工作区请用 --hq。",
}

STAGES: dict[str, str] = {
    "integrity": "数据库完整性", "audit": "审计链", "changes": "变更日志", "clues": "线索", "done": "完成",
    "workspace": "新建工作区", "taxonomy": "问题分类", "organisations": "被巡察单位", "round": "巡察轮次",
    "teams": "巡察组", "assignments": "巡察任务", "registers": "谈话、信访、调阅与走访", "findings": "问题底稿",
    "evidence": "佐证材料", "rectification": "整改事项", "users": "用户",
    "reading": "读取表格（行）", "checking": "检查", "writing": "写入",
    "evidence_read": "读取文件（KB）", "evidence_store": "加密存入工作区（KB）", "evidence_save": "写出副本（KB）",
    "wipe_changes": "清除已确认的变更记录", "wipe_rows": "清除本轮数据", "wipe_blobs": "清除附件",
    "wipe_index": "整理全文索引", "compact": "压缩并覆写数据库文件",
    "export_rows": "导出记录", "export_save": "写入 Excel 文件", "export_statistics": "汇总统计",
    "packages": "数据包", "package_verify": "校验数据包", "package_apply": "写入数据包内容",
    "export_blobs": "打包附件", "export_devices": "生成更新包（设备）",
    "report_content": "读取报告内容", "report_layout": "排版（行）", "report_pages": "绘制页面",
    "report_write": "写入 PDF 文件",
}

# Tables by their names (counts of rows written, e.g. by the demo).
TABLE_LABELS: dict[str, str] = {
    "taxonomy_node": "分类节点", "inspection_round": "巡察轮次", "inspection_team": "巡察组",
    "team_member": "巡察组成员",
    "inspected_org": "被巡察单位", "assignment": "巡察任务", "interview": "个别谈话", "petition": "信访件",
    "document_request": "调阅资料", "document_request_item": "调阅清单条目", "field_visit": "下沉走访",
    "finding": "问题底稿", "finding_source": "问题来源关联", "evidence": "佐证材料", "blob": "附件文件",
    "rectification_item": "整改事项", "handover": "移交", "handover_item": "移交条目", "clue": "问题线索",
    "clue_link": "线索关联", "petitioner_identity": "信访人身份", "clue_handover": "线索移交", "users": "用户",
}

COUNT_LABELS: dict[str, str] = {
    "rounds": "巡察轮次", "teams": "巡察组", "orgs": "被巡察单位", "assignments": "巡察任务", "findings": "问题底稿",
    "evidence": "佐证材料", "interviews": "个别谈话", "petitions": "信访件", "document_requests": "调阅资料",
    "field_visits": "下沉走访", "rectification_items": "整改事项",
}

# verify's problems (models/audit.Problem codes) in Chinese; an unknown code prints its English text.
PROBLEMS = {
    "audit_entry_altered": "审计记录 #{seq} 被改动",
    "audit_entry_missing": "审计记录 #{seq} 缺失（下一条为 #{next}）",
    "audit_link_broken": "审计记录 #{seq} 与前一条记录衔接不上",
    "trigger_missing": "只追加保护触发器 {name} 缺失",
    "sequence_broken": "{log_label}序号在 #{expected} 处断开（实为 #{found}）",
    "unaudited_changes": "{log_label}中有 {count} 条变更没有对应的审计记录，第一条为 {first}",
    "integrity": "数据库完整性（{schema_label}）：{detail}",
}
LABELS = {"change_log": "变更日志", "clue_change_log": "线索变更日志", "main": "主库", "clues": "线索库"}


def role_label(value: object) -> str:
    try:
        return Role(str(value)).zh
    except ValueError:
        return str(value)


BOOK = Phrasebook(
    templates=TEMPLATES, field_templates=FIELD_TEMPLATES, field_names=FIELD_NAMES, problems=PROBLEMS,
    labels=LABELS, unknown="操作未能完成（错误代码 {code}）。", at_row="第 {row} 行", at_column="“{column}”列",
    at_field="字段“{field}”", on_device="设备 {device}：{text}", role_label=role_label,
    reasons=REASONS,
)


def message_for(error: DomainError) -> str:
    """The Chinese sentence for ``error`` (without its details), naming the row, column or field it names."""
    params = dict(error.params)
    params.setdefault("count", len(error.details))
    if error.code == "usage" and "reason" in params:
        params["reason"] = USAGE_REASONS.get(str(params["reason"]), str(params["reason"]))
    if error.code == "not_permitted" and str(params.get("reason")) in PERMISSION_TEMPLATES:
        params["role"] = role_label(params.get("role", ""))
        return PERMISSION_TEMPLATES[str(params["reason"])].format_map(params)
    phrased = phrase_error(error.code, params, BOOK)
    text = phrased.text + ("（位置：" + "，".join(phrased.where) + "）" if phrased.where else "")
    if isinstance(error, InvalidFieldsError):
        text += "".join("\n  " + field_problem_text(problem) for problem in error.problems[:50])
        if len(error.problems) > 50:
            text += f"\n  ……另有 {len(error.problems) - 50} 处"
    return text


def field_problem_text(problem: FieldProblem) -> str:
    """One rejected field in Chinese, with the sheet row and column when it came from one."""
    phrased = phrase_field_problem(problem, BOOK)
    return ("，".join(phrased.where) + "：" if phrased.where else "") + phrased.text


def problem_text(problem: str) -> str:
    """One verification problem in Chinese, from its code and parameters (see models.audit.Problem)."""
    return phrase_problem(problem, BOOK)


def stage_label(stage: str) -> str:
    return STAGES.get(stage, stage)
