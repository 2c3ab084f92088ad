"""The demo workspace: the seed round 十三届市委第三轮巡察, generated deterministically (see builder.py)."""

from services.demo.builder import DEMO_PASSPHRASE, DemoReport, create_demo_workspace, demo_users

__all__ = ["DEMO_PASSPHRASE", "DemoReport", "create_demo_workspace", "demo_users"]
