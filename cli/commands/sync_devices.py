"""``enroll-request``, ``enroll``, ``enroll-accept``, ``devices``, ``revoke``: enrollment by file, laptop present.

The team leader writes a request on the team laptop; HQ's administrator registers it to a team and writes a
signed grant; the team leader accepts the grant. Both sides print the fingerprints (4 groups of 5 characters)
for the two people to compare aloud before the grant is accepted.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.parsing import Commands, team_argument, workspace_argument
from cli.session import unlocked
from services.planning.lookup import find_round
from services.progress import CancelToken
from services.sync.devices.registry import DeviceInfo, list_devices, revoke
from services.sync.enrollment import accept_grant, make_request, read_grant, register_device

COMPARE = "请与对方屏幕上显示的指纹逐字核对，一致后再继续。"


def register(commands: Commands) -> None:
    request = commands.add("enroll-request", help="（组长）生成本机的入网申请文件，交巡察办登记",
                           handler=run_request, parents=[commands.unlock])
    workspace_argument(request)
    request.add_argument("--out", required=True, type=Path, metavar="FILE", help="申请文件名（.xcreq）")

    enroll = commands.add("enroll", help="（巡察办管理员）登记一台巡察组笔记本，生成签名的入网授权文件",
                          handler=run_enroll, parents=[commands.unlock])
    workspace_argument(enroll)
    enroll.add_argument("request", metavar="REQUEST_FILE", type=Path, help="巡察组交来的申请文件（.xcreq）")
    enroll.add_argument("--team", required=True, type=team_argument, metavar="N", help="登记到第 N 巡察组")
    enroll.add_argument("--round", dest="round_id", metavar="R",
                        help="巡察轮次：ID 或名称，如“十三届市委第三轮巡察”（省略时为含该组的最近一轮）")
    enroll.add_argument("--out", required=True, type=Path, metavar="GRANT_FILE", help="授权文件名（.xcgrant）")

    accept = commands.add("enroll-accept", help="（组长）核对指纹后接受巡察办的入网授权，载入本组基础数据",
                          handler=run_accept, parents=[commands.unlock])
    workspace_argument(accept)
    accept.add_argument("grant", metavar="GRANT_FILE", type=Path, help="巡察办交来的授权文件（.xcgrant）")

    devices = commands.add("devices", help="列出本工作区登记的设备（巡察办与各组笔记本）及其指纹",
                           handler=run_devices, parents=[commands.unlock])
    workspace_argument(devices)

    revoking = commands.add("revoke", help="（巡察办管理员）撤销一台设备：此后拒收它的数据包",
                            handler=run_revoke, parents=[commands.unlock])
    workspace_argument(revoking)
    revoking.add_argument("device", metavar="DEVICE_ID", help="设备 ID（见 devices 命令；可只写前 8 位）")
    revoking.add_argument("--reason", default="", metavar="TEXT", help="撤销原因（记入审计日志）")


def run_request(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        info = make_request(ws, args.out)
    lines = [f"已生成入网申请：{info.path}", f"本机设备 ID：{info.device_id}", f"本机指纹：{info.fingerprint}",
             "请携带本机到巡察办登记；登记时双方核对上面的指纹。"]
    console.result({"path": info.path, "device_id": info.device_id, "fingerprint": info.fingerprint}, lines)
    return 0


def run_enroll(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id = None
        if args.round_id:
            with ws.read() as session:
                round_id = find_round(session, args.round_id).id
        info = register_device(ws, args.request, team_no=args.team, round_id=round_id, out=args.out)
    lines = [f"已登记第 {info.team_no} 组设备 {info.device_id}（{info.round_title}）",
             f"该设备指纹：{info.device_fingerprint}", f"巡察办指纹：{info.hq_fingerprint}",
             COMPARE, f"已写出入网授权：{info.path}（含基础数据 {info.rows} 条）"]
    console.result({"path": info.path, "device_id": info.device_id, "team_no": info.team_no,
                    "round_id": info.round_id, "device_fingerprint": info.device_fingerprint,
                    "hq_fingerprint": info.hq_fingerprint, "rows": info.rows}, lines)
    return 0


def run_accept(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        read_grant(args.grant, ws)  # a wrong file is refused before anything else
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            info = accept_grant(ws, args.grant, progress, token)
    lines = [f"已接受入网授权：本机登记为第 {info.team_no} 组设备。",
             f"巡察办指纹：{info.hq_fingerprint}", f"本机指纹：{info.device_fingerprint}",
             "请与巡察办屏幕上显示的指纹逐字核对；如不一致，请勿导入任何数据包，立即联系巡察办。",
             f"已载入基础数据 {sum(info.rows.values())} 条。"]
    console.result(info.to_dict(), lines)
    return 0


def _device_data(device: DeviceInfo) -> dict[str, Any]:
    return {"device_id": device.device_id, "kind": device.kind, "team_no": device.team_no, "label": device.label,
            "fingerprint": device.fingerprint, "enrolled_at": device.enrolled_at, "revoked_at": device.revoked_at,
            "revoke_reason": device.revoke_reason, "self": device.is_self, "last_import_at": device.last_import_at,
            "last_export_at": device.last_export_at, "last_seq_in": device.last_seq_in,
            "last_seq_out": device.last_seq_out}


def _who(device: DeviceInfo) -> str:
    name = "巡察办" if device.kind == "hq" else f"第 {device.team_no} 组" if device.team_no else "巡察组"
    return name + ("（本机）" if device.is_self else "")


def run_devices(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        devices = list_devices(ws)
    rows = [["设备", "设备 ID", "计算机名", "指纹", "登记时间", "状态"]]
    rows += [[_who(d), d.device_id[:8], d.label, d.fingerprint, fmt.moment(d.enrolled_at),
              f"已撤销（{d.revoke_reason}）" if d.revoked_at and d.revoke_reason else "已撤销" if d.revoked_at
              else "有效"] for d in devices]
    lines = [*fmt.table(rows), f"共 {len(devices)} 台设备"] if devices else ["本工作区尚未登记任何设备（尚未入网）。"]
    console.result({"devices": [_device_data(d) for d in devices]}, lines)
    return 0


def run_revoke(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        wanted = args.device.strip()
        matches = [d.device_id for d in list_devices(ws) if d.device_id.startswith(wanted)] if len(wanted) >= 8 else []
        device_id = matches[0] if len(matches) == 1 else wanted
        revoke(ws, device_id, args.reason)
    lines = [f"已撤销设备 {device_id}。此后该设备的数据包一律拒收。"]
    console.result({"device_id": device_id, "revoked": True, "reason": args.reason}, lines)
    return 0
