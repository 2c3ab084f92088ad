"""Chinese sentences for issue 15's errors (hostile files, key recovery and rotation, failed unlocks), merged
into cli/messages.TEMPLATES; kept apart so the shared table changes by one line."""

from __future__ import annotations

from typing import Any

HARDENING_TEMPLATES: dict[str, str] = {
    # key recovery and rotation (services/accounts.py, services/rekey.py)
    "wrong_recovery_code": "恢复密钥不正确。请核对打印或抄写的恢复密钥（不区分大小写，空格和连字符可省略）。",
    "no_recovery_slot": ("此工作区没有恢复密钥（建于恢复密钥功能之前，或从未生成）。"
                         "请由组长或巡察办管理员用 python main.py passwd WS --make-recovery 生成。"),
    # failed unlocks (services/unlock_failures.py)
    "unlock_throttled": ("自上次成功解锁以来已连续 {attempts} 次解锁失败。为防止有人猜测口令，"
                         "请等待 {seconds} 秒（约 {minutes} 分钟）后再试。"),
    # hostile or damaged workbooks (services/excel/package_guard.py, reading.py)
    "excel_damaged": "“{path}”已损坏或不完整（例如复制中断、下载未完成），无法读取，未导入任何内容。请重新获取该文件。",
    "excel_no_workbook": "“{path}”是压缩文件，但其中没有 Excel 工作簿，未导入任何内容。",
    "excel_bad_entry_name": ("“{path}”中有不合规的条目名“{part}”（含“..”、绝对路径或控制字符），"
                             "可能是恶意构造的文件，未读取。"),
    "excel_duplicate_entry": "“{path}”中的条目“{part}”出现了不止一次，可能是恶意构造的文件，未读取。",
    "excel_unsupported_compression": "“{path}”的条目“{part}”使用了 Excel 不使用的压缩方式，未读取。",
    "excel_too_large": "“{path}”的“{part}”解压后超过 {limit_mb} MB，远大于任何台账（可能是“压缩炸弹”），未读取。",
    "excel_too_many_parts": "“{path}”含有 {count} 个条目，超过上限 {limit} 个，未读取。",
    "excel_unsafe_xml": ("“{path}”的“{part}”含有 DTD/实体声明或不常见的文字编码。Excel 和 WPS 不会写出这种内容，"
                         "这可能是恶意构造的文件，为安全起见未读取。"
                         "如确需导入，请在 Excel 或 WPS 中打开后另存为新的 .xlsx。"),
    "excel_too_many_merges": "“{path}”的工作表“{sheet}”中合并单元格超过 {limit} 处，未读取。",
    "excel_cell_ref": ("“{path}”的工作表“{sheet}”中有超出 Excel 范围的单元格位置“{cell}”（最多 1048576 行、"
                       "16384 列），文件已损坏或被改动，未读取。"),
    "excel_too_complex": "“{path}”的工作表“{sheet}”第 {cell} 行附近结构异常（元素过多），文件已损坏或被改动，未读取。",
    "excel_bad_number": ("“{path}”的工作表“{sheet}”单元格 {cell} 中的数值“{value}”不是 Excel 能保存的数"
                         "（非数、无穷大或超出范围），文件已损坏或被改动，未读取。"),
    "excel_formula_no_value": ("“{path}”的工作表“{sheet}”单元格 {cell} 是公式，但文件中没有保存它的计算结果"
                               "（常见于由其他程序生成、未经 Excel 计算的文件）。"
                               "请在 Excel 或 WPS 中打开并保存后再导入。"),
    "excel_shared_string": ("“{path}”的工作表“{sheet}”单元格 {cell} 引用了不存在的共享文本（第 {index} 项，"
                            "文件中只有 {count} 项），文件已损坏，未读取。"),
    "excel_csv_malformed": "“{path}”第 {line} 行无法按 CSV 读取（字段过长、含空字符或引号不配对），未导入任何内容。",
}


def failed_unlocks_note(detail: dict[str, Any]) -> str:
    """Said after an unlock that folded earlier failed attempts into the audit log."""
    text = f"注意：自上次成功解锁以来有 {detail.get('attempts', 0)} 次失败的解锁尝试"
    if detail.get("last_at"):
        text += f"（最近一次：{str(detail['last_at'])[:19].replace('T', ' ')}）"
    return text + "，已记入审计日志。"
