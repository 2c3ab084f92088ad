"""DomainError codes become Chinese sentences, with the row, column and field they name."""

from __future__ import annotations

from services.errors import (
    DomainError,
    NotPermittedError,
    ValidationError,
    WorkspaceExistsError,
    WrongPassphraseError,
)
from ui.messages import message_for


class TemplateMismatchError(DomainError):
    code = "template_mismatch"


def test_known_codes_read_as_chinese_sentences() -> None:
    assert message_for(WrongPassphraseError("wrong")) == "口令不正确。"
    assert message_for(NotPermittedError("no", role="member")) == "您的角色（组员）无权进行此操作。"
    exists = message_for(WorkspaceExistsError("x", path="/tmp/ws"))
    assert exists == "“/tmp/ws”已存在且不是空文件夹。请选择一个空文件夹或新文件夹。"


def test_rejected_input_says_what_to_do() -> None:
    assert message_for(ValidationError("short", field="passphrase", minimum=8)) == "口令至少需要 8 个字符。"
    assert message_for(ValidationError("taken", field="user", user="李组员")) == "已有名为“李组员”的用户。"
    assert message_for(ValidationError("empty", field="user")) == "请输入用户名。"


def test_row_and_column_are_part_of_the_message() -> None:
    text = message_for(TemplateMismatchError("bad cell", row=12, column="问题标题"))
    assert text.splitlines() == ["操作未能完成（错误代码：template_mismatch）。", "位置：第 12 行，“问题标题”列"]
    text = message_for(ValidationError("odd", field="amount", row=3))
    assert text.splitlines() == ["输入的内容未被接受。", "位置：第 3 行，“amount”一项"]
