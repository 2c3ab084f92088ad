"""Static data of the demo round 十三届市委第三轮巡察: units, places, teams, people and text pools.

Every person and company here is invented. 攸县 and 醴陵市 are real counties; the townships and villages
under them are invented names, so no real place is tied to the invented problems.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import InspectionType, Role

TERM_NO, YEAR, ROUND_NO = 13, 2026, 3
ROUND_TITLE = "十三届市委第三轮巡察（演示数据）"
CODE_FORMAT = "[{year}]{round_no}巡-{team_no}组-{seq}号"
ROUND_THEME = "常规巡察：正生态、强责任、促发展、惠民生；提级巡察：强基层、促发展、惠民生、助振兴"
ROUND_START, ROUND_END = date(2026, 3, 9), date(2026, 5, 15)
PERIOD_FROM, PERIOD_TO = date(2023, 1, 1), date(2026, 2, 28)
FEEDBACK_DATE = date(2026, 6, 18)


@dataclass(frozen=True)
class Unit:
    """A municipal unit inspected routinely, with what the templates need to talk about it."""

    name: str
    short: str
    principal: str
    duty: str
    fund: str
    project: str
    departments: tuple[str, ...]
    finance: str = "计划财务科"


UNITS = (
    Unit("市人力资源和社会保障局", "市人社局", "欧阳国强", "就业创业补贴审核发放", "就业补助资金",
         "人力资源市场信息系统升级改造项目",
         ("就业促进科", "社会保险基金监督科", "劳动保障监察支队", "职业能力建设科")),
    Unit("市财政局", "市财政局", "蒋卫东", "预算绩效管理", "预算绩效评价专项经费",
         "财政一体化系统运维项目", ("预算科", "国库科", "政府采购管理科", "资产管理科"), "财务审计科"),
    Unit("市住房和城乡建设局", "市住建局", "龙海涛", "保障性住房分配管理", "城镇老旧小区改造资金",
         "市政道路提质改造工程", ("建筑市场监管科", "房地产市场监管科", "城市建设科", "住房保障科")),
    Unit("市教育局", "市教育局", "肖文静", "学生资助资金发放", "学生资助资金",
         "中小学智慧校园建设项目", ("基础教育科", "学生资助管理中心", "督导室", "职业教育科")),
    Unit("市卫生健康委员会", "市卫健委", "贺志明", "基层医疗卫生机构建设", "基本公共卫生服务补助资金",
         "基层医疗机构设备采购项目", ("医政医管科", "基层卫生健康科", "疾病预防控制科", "药械科"), "规划财务科"),
    Unit("市民政局", "市民政局", "邓丽华", "养老服务机构运营补贴", "养老服务体系建设资金",
         "社区居家养老服务中心建设项目", ("社会救助科", "养老服务科", "社会组织管理科", "区划地名科")),
    Unit("市农业农村局", "市农业农村局", "曾庆林", "高标准农田建设", "高标准农田建设补助资金",
         "农业产业园基础设施建设项目", ("乡村产业发展科", "农田建设管理科", "农村合作经济指导科", "种植业科")),
    Unit("市自然资源和规划局", "市自然资源和规划局", "袁振华", "违法用地整治", "耕地保护补偿资金",
         "国土空间规划编制项目", ("国土空间规划科", "耕地保护监督科", "不动产登记中心", "执法监察支队"), "财务审计科"),
    Unit("市交通运输局", "市交通运输局", "罗建新", "农村公路建设养护", "农村公路养护资金",
         "农村公路安全生命防护工程", ("综合规划科", "建设管理科", "运输服务科", "公路养护中心")),
    Unit("市市场监督管理局", "市市场监管局", "文利民", "食品安全监管", "食品安全抽检经费",
         "智慧监管平台建设项目",
         ("登记注册科", "食品安全协调科", "价格监督检查和反不正当竞争科", "特种设备安全监察科")),
    Unit("市医疗保障局", "市医保局", "周晓燕", "医保基金监管", "医疗救助资金",
         "医保信息平台运维项目", ("待遇保障科", "医药服务管理科", "基金监管科", "医疗救助科"), "规划财务和法规科"),
    Unit("市城市管理和综合执法局", "市城管执法局", "胡国平", "城市生活垃圾分类", "城市环境综合整治资金",
         "城区环卫作业市场化服务项目", ("市容环境卫生科", "市政公用科", "执法督察科", "园林绿化科")),
)

TOWNSHIP_DEPARTMENTS = ("党政综合办公室", "财政所", "经济发展办公室", "社会事务办公室", "农业综合服务中心")


@dataclass(frozen=True)
class Village:
    name: str
    township: str
    principal: str
    village_class: str
    population: int
    households: int
    collective_income: str  # 万元, as text: JSON holds no Decimal
    party_org_type: str = "general_branch"


@dataclass(frozen=True)
class Township:
    name: str
    county: str
    principal: str
    division_code: str
    inspected: bool = False


COUNTIES = (("攸县", "430223000000", "攸县县委"), ("醴陵市", "430281000000", "醴陵市委"))
TOWNSHIPS = (
    Township("云岭镇", "攸县", "谢光辉", "430223101000", inspected=True),
    Township("桃水镇", "攸县", "管振宇", "430223105000"),
    Township("瓷源镇", "醴陵市", "钟海波", "430281102000"),
    Township("渌江镇", "醴陵市", "丁晓峰", "430281106000"),
)
VILLAGES = (
    Village("石门村", "云岭镇", "刘德胜", "重点", 2856, 812, "38.6"),
    Village("枫林村", "云岭镇", "谭红军", "关注", 1934, 566, "21.2", "branch"),
    Village("新塘村", "云岭镇", "易建平", "一般", 2410, 701, "45.0"),
    Village("白沙村", "桃水镇", "陈桂生", "重点", 3120, 905, "17.8"),
    Village("龙泉村", "桃水镇", "黄志勇", "一般", 1688, 472, "26.4", "branch"),
    Village("花园村", "瓷源镇", "彭国华", "关注", 3504, 1018, "62.3"),
    Village("高桥村", "瓷源镇", "李春生", "重点", 2275, 640, "12.5"),
    Village("双溪村", "渌江镇", "袁长青", "一般", 2963, 855, "33.9"),
    Village("大塘村", "渌江镇", "汤正明", "关注", 1842, 530, "9.6", "branch"),
)


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # models.enums.TeamRole code
    source_unit: str
    post: str


@dataclass(frozen=True)
class Team:
    team_no: int
    name: str
    inspection_type: InspectionType
    members: tuple[Person, ...]
    phone: str


def _team(no: int, name: str, kind: InspectionType, phone: str, people: tuple[tuple[str, str, str, str], ...]) -> Team:
    return Team(no, name, kind, tuple(Person(*p) for p in people), phone)


TEAMS = (
    _team(1, "市委第一巡察组", InspectionType.ROUTINE, "0731-2836 1101", (
        ("陈志刚", "leader", "市委巡察办", "副主任（正处级）"),
        ("刘建华", "deputy", "市纪委监委", "第三监督检查室副主任"),
        ("周敏", "member", "市审计局", "经济责任审计科科长"),
        ("谭伟", "member", "市委组织部", "干部监督科副科长"),
        ("易婷", "member", "市委巡察办", "一级主任科员"),
        ("彭丽", "clue_officer", "市委巡察办", "二级主任科员"),
    )),
    _team(2, "市委第二巡察组", InspectionType.ROUTINE, "0731-2836 1102", (
        ("张建国", "leader", "市委巡察办", "巡察专员"),
        ("王海燕", "deputy", "市纪委监委", "案件审理室副主任"),
        ("李明", "member", "市财政局", "财务会计科副科长"),
        ("赵晓东", "member", "市委组织部", "组织科一级主任科员"),
        ("吴静", "member", "市审计局", "财政审计科二级主任科员"),
        ("黄磊", "clue_officer", "市委巡察办", "一级主任科员"),
    )),
    _team(3, "市委第三巡察组", InspectionType.ROUTINE, "0731-2836 1103", (
        ("杨卫红", "leader", "市委巡察办", "巡察专员"),
        ("郭振华", "deputy", "市纪委监委", "第五监督检查室副主任"),
        ("马丽娟", "member", "市审计局", "投资审计科科长"),
        ("唐志勇", "member", "市委宣传部", "理论科副科长"),
        ("孙悦", "member", "市委巡察办", "三级主任科员"),
        ("许文斌", "clue_officer", "市委巡察办", "一级主任科员"),
    )),
    _team(4, "市委第四巡察组", InspectionType.UPGRADED, "0731-2836 1104", (
        ("何光明", "leader", "市委巡察办", "副主任（正处级）"),
        ("田秀兰", "deputy", "市纪委监委", "党风政风监督室副主任"),
        ("邹建军", "member", "市农业农村局", "农村合作经济指导科副科长"),
        ("蔡亮", "member", "市审计局", "农业农村审计科科员"),
        ("石晓静", "petition_officer", "市信访局", "一级主任科员"),
        ("范志强", "clue_officer", "市委巡察办", "二级主任科员"),
    )),
)

# Which team inspects what: teams 1-3 take four municipal units each, team 4 the township and the villages.
UNIT_TEAM = {unit.name: 1 + index // 4 for index, unit in enumerate(UNITS)}
UPGRADED_TEAM = 4

# The seed round's own figures, per inspection type: problems found and clues ("对12个单位开展常规巡察，发现问题
# 398个、问题线索18条；对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条"; 570 and 26 in all). The demo
# carries exactly these; the objects (12 units; 1 township and 9 villages) follow from UNITS, TOWNSHIPS, VILLAGES.
SEED_FIGURES = {InspectionType.ROUTINE: (398, 18), InspectionType.UPGRADED: (172, 8)}
RECUSALS = {("李明", "市财政局")}  # a member seconded from 市财政局 recuses himself from it

HQ_USERS = (("王主任", Role.HQ_ADMIN), ("李干事", Role.MEMBER), ("赵线索", Role.CLUE_OFFICER))
TEAM_USER_ROLES = (("leader", Role.TEAM_LEADER), ("deputy", Role.DEPUTY_LEADER), ("member", Role.MEMBER),
                   ("clue_officer", Role.CLUE_OFFICER))

SURNAMES = "王李张刘陈杨黄赵周吴谭彭罗贺易邓曾文袁龙肖唐钟胡郭何"
GIVEN = ("建军", "国华", "志强", "海燕", "丽娟", "伟", "敏", "红梅", "小平", "德明", "春林", "秀英", "新民", "桂芳",
         "振宇", "晓东", "建平", "艳", "文斌", "志华", "国庆", "玉兰", "俊", "卫平", "金生", "长春", "雪梅", "立新")

UNIT_POSTS = {
    "leader": ("党组书记、局长", "city_managed"), "deputy": ("党组成员、副局长", "city_managed"),
    "finance": ("{finance}科长", "general"), "office": ("办公室主任", "general"),
    "dept": ("{dept}负责人", "general"), "staff": ("{dept}工作人员", "general"),
}
TOWNSHIP_POSTS = {
    "leader": ("镇党委书记", "county_managed"), "deputy": ("镇党委委员、副镇长", "county_managed"),
    "finance": ("财政所所长", "township"), "office": ("党政综合办公室主任", "township"),
    "dept": ("{dept}负责人", "township"), "staff": ("{dept}工作人员", "township"),
}
VILLAGE_POSTS = {
    "leader": ("村党组织书记、村委会主任", "village"), "deputy": ("村委会副主任", "village"),
    "finance": ("村报账员", "village"), "office": ("村文书", "village"),
    "dept": ("村民小组长", "village"), "staff": ("村会计", "village"),
}

COMPANIES = ("株洲恒信工程造价咨询有限公司", "湖南宏图信息技术有限公司", "株洲瑞达物业管理有限公司",
             "攸县鑫源建筑劳务有限公司", "醴陵市众合广告传媒有限公司", "湖南博远项目管理有限公司")
VISITORS = ("省厅检查组", "外地考察团", "市直兄弟单位", "上级督查组")
ALLOWANCES = ("加班补助", "值班补贴", "目标考核奖", "工作餐补", "交通补贴")
SERVICES = ("政策宣传推广", "档案数字化加工", "信息系统运维", "第三方绩效评估")
INCOMES = ("资料费收入", "场地出租收入", "培训费结余")
USES = ("节日慰问", "公务接待", "职工福利")
OLD_ISSUES = ("违规发放津补贴", "政府采购不规范", "干部轮岗交流不到位", "固定资产账实不符")
VILLAGE_PROJECTS = ("农产品冷链仓储中心", "油茶加工厂房", "村级光伏发电项目", "乡村旅游接待中心")
VILLAGE_WORKS = ("通组道路硬化", "山塘清淤扩容", "村部改造", "安全饮水巩固提升")
RENTS = ("鱼塘承包款", "山林租金", "厂房租金")
ROADS = ("省道改扩建", "高速公路连接线", "工业园区配套道路")
DISPUTES = ("山林权属", "土地流转租金", "宅基地边界")
OLD_VILLAGE_ISSUES = ("村级财务管理混乱", "集体资产底数不清", "村务公开不规范")

INTERVIEW_TOPICS = (
    ("全面从严治党", "本单位党组履行主体责任情况如何？", "党组每年研究部署，但对下属科室的廉政风险点排查还不够细。"),
    ("八项规定", "公务接待、公车使用方面是否存在问题？", "接待基本按规定执行，个别接待存在先接待后补公函的情况。"),
    ("选人用人", "近年干部选拔任用中群众有何反映？", "个别岗位调整事前沟通不够，干部职工有些议论。"),
    ("财务管理", "单位财务报销审批是否规范？", "报销需经科室负责人、分管领导和主要领导签批，少数票据附件不全。"),
    ("意识形态", "网站、公众号信息发布如何审核？", "由办公室初审、分管领导审签，节假日期间有时简化流程。"),
    ("群众反映", "群众对本单位服务有哪些意见？", "主要反映办事材料多、跑腿多，部分窗口服务态度有待改进。"),
)
PETITION_SUMMARIES = (
    "反映{unit}{person}在{topic}中存在优亲厚友问题",
    "反映{unit}违规发放津补贴、节日期间发放购物卡",
    "反映{unit}{person}长期不在岗、工作作风散漫",
    "反映{unit}在{topic}中程序不公开、结果不公示",
    "反映{unit}公车私用、节假日车辆停放在私人住宅",
)
PETITION_TOPICS = ("补贴资金发放", "工程项目发包", "低保评定", "干部调整", "资产出租")
VISIT_PLACES = ("政务服务中心窗口", "项目施工现场", "下属服务中心", "村民小组", "集体资产出租点", "困难群众家中")
VISIT_RESULTS = (
    "走访群众{n}人，了解到部分惠民政策知晓率不高，已记录相关线索。",
    "现场查看项目建设情况，发现部分设施闲置，已拍照留存。",
    "召开座谈会，听取干部群众意见{n}条，梳理形成问题清单。",
)
REQUEST_ITEMS = (
    ("党组会议记录", "会议记录"), ("财务会计凭证", "会计资料"), ("政府采购合同", "合同"),
    ("干部任免档案", "人事资料"), ("上轮巡察整改台账", "台账"), ("“三重一大”事项决策记录", "会议记录"),
    ("村级财务收支明细账", "会计资料"), ("惠农补贴发放花名册", "花名册"),
)
MEASURES = {
    "A": ("建立健全“第一议题”学习和跟踪问效机制，逐项明确贯彻落实措施、责任人和完成时限。",
          "贯彻落实上级决策部署到位，相关工作纳入年度考核。"),
    "B": ("全面清理违规支出并追缴违规资金，修订完善财务报销、公务接待、政府采购等制度，对相关责任人严肃问责。",
          "违规资金全部追回，制度漏洞全部堵塞，同类问题不再发生。"),
    "C": ("严格执行民主集中制和干部选拔任用有关规定，规范组织生活，开展专项自查自纠。",
          "组织制度执行规范，干部队伍结构持续优化。"),
    "D": ("对上轮巡察和审计指出问题逐项对账销号，建立整改长效机制，防止屡改屡犯。",
          "存量问题全部整改到位，整改成效经得起检验。"),
    "V": ("规范村级“三资”管理和民主决策程序，全面清理违规资金，落实村务公开和监督，强化乡镇党委督导。",
          "村级事务管理规范，群众反映问题得到解决，满意度明显提升。"),
}
RULES_MADE = ("修订《财务报销管理办法》", "制定《公务接待管理实施细则》", "出台《“三重一大”事项集体决策实施办法》",
              "完善《政府采购内部控制制度》", "制定《村级财务管理办法》")
