"""Finding templates of the demo, per L2 category: title, description (time, place, person, event, amount),
legal basis, discipline and theme tags, where such a problem is usually found, what evidence proves it.

Placeholders are filled by services/demo/findings.py. The legal bases name real regulations; where the
article number is not certain the text says 有关规定 rather than invent one.
"""

from __future__ import annotations

from dataclasses import dataclass

TIAOLI = "《中国共产党纪律处分条例》"


@dataclass(frozen=True)
class FindingTemplate:
    category: str
    title: str
    text: str
    basis: str
    disciplines: tuple[str, ...]
    tags: tuple[str, ...] = ()
    amount: tuple[float, float] | None = None
    sources: tuple[str, ...] = ("document",)
    evidence: str = "document"
    p1: str = "leader"
    p2: str = "finance"
    clue: bool = False


T = FindingTemplate
UNIT_TEMPLATES = (
    T("A1", "“第一议题”制度落实不到位问题",
      "{from}至{to}，{party}共召开党组会议{n}次，其中{m}次未将学习习近平总书记重要讲话和重要指示批示精神作为“第一议题”，"
      "学习多以传达文件、读原文为主，未结合{duty}研究贯彻落实的具体措施。",
      "市委关于落实“第一议题”制度的有关要求", ("political",), ("形式主义",), None, ("document", "meeting"),
      "minutes", "leader", "office"),
    T("A1", "理论学习中心组学习流于形式问题",
      "{party}理论学习中心组{year}年集中学习研讨仅{n}次，{m}名班子成员的交流发言材料内容雷同，部分系从网络下载；"
      "{dept}等支部学习记录存在补记、代签情况。",
      "《中国共产党党委（党组）理论学习中心组学习规则》有关规定", ("political",), ("形式主义",), None,
      ("document", "interview"), "minutes", "leader", "office"),
    T("A2", "贯彻落实上级决策部署打折扣问题",
      "根据省、市关于{duty}的工作部署，{short}应于{to}前完成相关任务。截至巡察进驻时完成率仅为{pct}%，{dept}未制定实施方案，"
      "{n}项重点任务未明确责任人和完成时限，存在等靠观望情况。",
      "《中国共产党问责条例》第七条", ("political", "work"), (), None, ("document", "interview"), "document",
      "deputy", "dept"),
    T("A2", "政策执行中选择性执行问题",
      "{from}至{to}，{dept}在落实{fund}相关政策过程中自行提高申报门槛，增设{n}项上级文件未规定的申报条件，"
      "导致{m}家符合条件的市场主体未能享受政策支持。",
      "《中国共产党问责条例》第七条", ("political",), ("官僚主义",), None, ("petition", "document"), "document",
      "deputy", "dept"),
    T("A3", "{duty}工作推进不力问题",
      "{short}履行主责主业不到位。{from}至{to}，{dept}有{n}个事项未按规定时限办结，其中{m}个事项超期3个月以上；"
      "年度目标任务中有{k}项指标未完成，在全市绩效考核中排名靠后。",
      "《中国共产党问责条例》第七条", ("work",), (), None, ("document", "interview"), "document", "deputy", "dept"),
    T("A3", "{fund}审核把关不严问题",
      "{from}至{to}，{dept}在审核发放{fund}过程中未严格核对申报材料，向{n}名（家）不符合条件的对象发放资金{amount}万元，"
      "其中{m}笔系重复申报，经办人为{p2post}{p2}。",
      "《财政违法行为处罚处分条例》第六条", ("work",), ("专项资金",), (3, 60), ("document", "petition"), "voucher",
      "deputy", "dept", True),
    T("A4", "意识形态工作责任制落实不到位问题",
      "{party}{year}年仅专题研究意识形态工作{k}次，未按要求每半年向市委报告意识形态工作情况；单位门户网站和微信公众号"
      "未严格落实“三审三校”制度，{from}以来发布的信息中有{m}条存在错漏。",
      "《党委（党组）意识形态工作责任制实施办法》有关规定", ("political",), (), None, ("document",), "document",
      "leader", "office"),
    T("A5", "安全生产监管责任落实不到位问题",
      "{short}对{duty}领域安全隐患排查整治不彻底，{from}至{to}排查发现的{n}处隐患中有{m}处未按期整改销号，"
      "部分整改台账仅有“已整改”字样，无整改前后对比资料。",
      "《中华人民共和国安全生产法》第三条", ("work",), ("形式主义",), None, ("field_visit", "document"), "photo",
      "deputy", "dept"),
    T("A5", "防范化解风险工作不扎实问题",
      "{short}对{duty}中的资金风险底数不清，{n}个项目存在应收未收款项共计{amount}万元，未建立风险台账和处置预案，"
      "相关情况未向党组报告。",
      "《中国共产党问责条例》第七条", ("work",), ("资金资产",), (50, 800), ("document", "audit"), "document",
      "deputy", "finance"),
    T("A6", "服务群众“最后一公里”不畅问题",
      "巡察组下沉走访发现，{short}办理{duty}相关事项仍要求群众提供{n}项可通过部门共享获取的证明材料；{from}至{to}，"
      "12345热线转办的涉{short}工单中有{m}件超期办理、{k}件群众评价“不满意”。",
      "《优化营商环境条例》有关规定", ("masses",), ("官僚主义",), None, ("field_visit", "petition"), "photo",
      "deputy", "dept"),
    T("A6", "涉企检查随意问题",
      "{from}至{to}，{dept}对{n2}家企业开展检查，其中{m}次检查未纳入年度检查计划、未经审批，存在多头检查、重复检查情况，"
      "企业反映负担较重。",
      "《优化营商环境条例》有关规定", ("masses", "work"), ("官僚主义",), None, ("petition", "interview"),
      "interview_record", "deputy", "dept"),
    T("B1", "落实全面从严治党主体责任不力问题",
      "{party}{year}年仅专题研究全面从严治党工作{k}次，主体责任清单照搬上级文件，未结合本单位廉政风险点细化；"
      "党组书记{p1}全年与班子成员、科室负责人开展廉政谈话{m}人次，未实现全覆盖。",
      "《党委（党组）落实全面从严治党主体责任规定》有关规定", ("political",), ("主体责任", "第一责任人责任"), None,
      ("document", "interview"), "minutes", "leader", "office"),
    T("B1", "“一岗双责”落实不到位问题",
      "{short}部分班子成员履行“一岗双责”不到位，对分管领域廉政风险点排查不深入，{year}年分管的{dept}等科室先后发生"
      "{k}起违规问题，分管领导{p1}未及时提醒纠正。",
      "《党委（党组）落实全面从严治党主体责任规定》有关规定", ("political",), ("领导责任",), None,
      ("interview", "document"), "interview_record", "deputy", "dept"),
    T("B2", "日常监督偏软问题",
      "{short}纪检组织对{dept}等重点岗位日常监督偏软，{from}至{to}未开展专项监督检查，对收到的{k}件反映问题未按规定"
      "登记、处置。",
      "《中国共产党纪律检查委员会工作条例》有关规定", ("work",), ("监督责任",), None, ("document", "interview"),
      "document", "deputy", "office"),
    T("B3", "违规发放津补贴问题",
      "{from}至{to}，{short}以“{allowance}”名义向机关干部职工违规发放津补贴共计{amount}万元，涉及人员{n2}人。"
      "经办人为{p2post}{p2}，经{p1post}{p1}签批。",
      TIAOLI + "第一百一十四条；《违规发放津贴补贴行为处分规定》有关规定", ("integrity",), ("享乐主义", "过紧日子"),
      (2, 40), ("document", "audit"), "voucher", "leader", "finance", True),
    T("B3", "违规公务接待问题",
      "{from}至{to}，{short}在接待{visitor}过程中存在无公函接待{n}批次、超标准接待{m}批次问题，共计支出接待费{amount}万元，"
      "部分接待列支烟酒费用，由{p2post}{p2}经办。",
      TIAOLI + "第一百一十五条；《党政机关国内公务接待管理规定》有关规定", ("integrity",), ("奢靡之风",), (0.5, 8),
      ("document",), "voucher", "deputy", "office"),
    T("B3", "公务用车管理使用不规范问题",
      "{short}公务用车管理制度执行不严，{from}至{to}有{n}次用车无派车单，{m}次节假日期间车辆停放在非单位停车场；"
      "加油卡与车辆未一一对应，相关费用{amount}万元。",
      TIAOLI + "第一百一十五条", ("integrity",), ("享乐主义",), (0.3, 4), ("document", "field_visit"), "voucher",
      "deputy", "office"),
    T("B3", "违规收受礼品礼金问题",
      "{year}年春节、中秋节期间，{p1post}{p1}先后收受管理服务对象{company}等{k}家单位赠送的购物卡、土特产，"
      "折合金额{amount}万元，未按规定登记上交。",
      TIAOLI + "关于收受礼品、礼金、消费卡的规定", ("integrity",), ("奢靡之风",), (0.5, 6), ("petition", "interview"),
      "interview_record", "dept", "staff", True),
    T("B3", "文山会海问题突出问题",
      "{short}{year}年印发文件{n2}件、召开会议{n}次，较上年分别增长{pct}%；要求下属单位报送材料层层加码，"
      "同一事项要求纸质、电子、工作群三种形式重复报送，基层负担较重。",
      "中央关于整治形式主义为基层减负的有关规定", ("work",), ("形式主义",), None, ("interview", "forum"),
      "document", "leader", "office"),
    T("B4", "政府采购化整为零规避公开招标问题",
      "{from}至{to}，{dept}将{project}拆分为{n}个子项目，分别以询价、单一来源等方式采购，合同总金额{amount}万元，"
      "均由{company}承接，规避公开招标。",
      "《中华人民共和国政府采购法》第二十八条", ("integrity", "work"), ("购买服务",), (60, 400),
      ("document", "audit"), "contract", "deputy", "dept", True),
    T("B4", "政府购买服务管理不规范问题",
      "{short}{year}年通过政府购买服务方式委托{company}开展{service}，合同金额{amount}万元。该项服务未开展绩效评价即全额支付，"
      "服务成果仅为一份{n2}页的报告，部分内容与往年雷同。",
      "《政府购买服务管理办法》（财政部令第102号）有关规定", ("work",), ("购买服务", "过紧日子"), (8, 120),
      ("document",), "contract", "deputy", "dept"),
    T("B4", "中介费用支出不规范问题",
      "{from}至{to}，{short}委托{company}开展{project}评审、造价咨询等业务，未通过竞争性方式选取中介机构，累计支付中介费用"
      "{amount}万元，其中{m}笔未见服务成果即已付款。",
      "《政府采购非招标采购方式管理办法》有关规定", ("integrity", "work"), ("中介费用",), (5, 60), ("document",),
      "contract", "deputy", "finance"),
    T("B4", "工程项目变更管理不规范问题",
      "{project}施工过程中发生设计变更{n}次，增加工程款{amount}万元，变更未经集体研究，部分现场签证单由{p2post}{p2}一人签字确认。",
      "《中华人民共和国招标投标法实施条例》有关规定", ("integrity",), ("专项资金",), (20, 200),
      ("document", "field_visit"), "contract", "deputy", "dept", True),
    T("B4", "国有资产处置不规范问题",
      "{short}{year}年处置报废车辆{k}台、办公设备{m}批次，未经资产评估即以{amount}万元协议转让给个人，未按规定公开处置。",
      "《行政事业性国有资产管理条例》有关规定", ("integrity",), ("资金资产",), (1, 30), ("document",), "document",
      "deputy", "finance"),
    T("B5", "私设“小金库”问题",
      "{from}至{to}，{finance}将{income}共计{amount}万元存入{p2post}{p2}个人银行账户，未纳入单位账户统一核算，"
      "用于支付{use}等费用。",
      "《中华人民共和国会计法》第十六条；" + TIAOLI + "有关规定", ("integrity",), ("过紧日子", "资金资产"), (3, 50),
      ("document", "petition", "audit"), "voucher", "leader", "finance", True),
    T("B5", "预算执行不严格问题",
      "{short}{year}年“三公”经费实际支出{amount}万元，超出年初预算{pct}%，未履行预算调整程序；{n}笔支出无预算指标即先行支付。",
      "《中华人民共和国预算法》第十三条", ("work",), ("过紧日子",), (10, 80), ("document", "audit"), "voucher",
      "leader", "finance"),
    T("B5", "财务报销不规范问题",
      "抽查{short}{year}年记账凭证{n2}本，发现{m}笔报销无原始发票或以“白条”入账，{k}笔会议费、培训费无会议通知、"
      "签到表等附件，涉及金额{amount}万元。",
      "《中华人民共和国会计法》第十四条", ("work",), ("过紧日子",), (1, 20), ("document",), "voucher",
      "deputy", "finance"),
    T("B5", "专项资金滞留闲置问题",
      "上级下达的{fund}{amount}万元，截至巡察进驻时仍有{pct}%未拨付使用，资金滞留超过1年，未发挥应有效益。",
      "财政专项资金管理有关规定", ("work",), ("专项资金",), (30, 500), ("document", "audit"), "document",
      "deputy", "finance"),
    T("B6", "服务对象反映“吃拿卡要”问题",
      "群众反映，{dept}工作人员{p2}在办理{duty}相关业务时多次以“材料不全”为由拖延办理，并暗示服务对象请吃饭；"
      "经核查，{from}至{to}，{p2}接受服务对象宴请{k}次。",
      TIAOLI + "有关规定", ("masses", "integrity"), ("直接责任",), (0.2, 2), ("petition", "interview"),
      "interview_record", "dept", "staff", True),
    T("B6", "资金审核中优亲厚友问题",
      "{from}至{to}，{dept}在{fund}审核中，向{p2}的亲属等{k}名关系人违规发放资金{amount}万元。",
      TIAOLI + "有关规定", ("masses", "integrity"), ("专项资金",), (1, 12), ("petition", "document"), "voucher",
      "dept", "staff", True),
    T("C1", "“三重一大”事项未经集体决策问题",
      "{from}至{to}，{short}有{k}项“三重一大”事项未经党组会集体研究，由{p1post}{p1}个人签批决定，涉及资金{amount}万元；"
      "党组会议记录中部分议题未记录班子成员表态意见。",
      "《中国共产党党组工作条例》有关规定", ("organisational",), ("主体责任",), (20, 300), ("document", "meeting"),
      "minutes", "leader", "office"),
    T("C1", "民主生活会质量不高问题",
      "{party}{year}年度民主生活会相互批评意见{n}条，多为工作建议，辣味不足；对照检查材料查摆问题与上年雷同，"
      "{m}条整改措施未明确完成时限。",
      "《县以上党和国家机关党员领导干部民主生活会若干规定》有关规定", ("organisational",), ("形式主义",), None,
      ("document", "meeting"), "minutes", "leader", "office"),
    T("C2", "干部选拔任用程序不规范问题",
      "{year}年{short}调整使用干部{n2}人次，其中{m}人次未经动议环节直接提交党组会讨论，个别干部考察材料内容雷同，"
      "干部人事档案“凡提四必”执行不到位。",
      "《党政领导干部选拔任用工作条例》有关规定", ("organisational",), (), None, ("document", "interview"),
      "document", "leader", "office"),
    T("C2", "违规借调人员问题",
      "{short}长期从下属单位借调{n}名工作人员在机关工作，借调时间最长达{k}年，未履行审批手续。",
      "机构编制管理有关规定", ("organisational",), (), None, ("document",), "document", "leader", "office"),
    T("C3", "干部队伍结构不优问题",
      "{short}机关干部平均年龄{age}岁，35岁以下年轻干部仅{k}人；{dept}等关键岗位工作人员任职超过{m}年未交流轮岗。",
      "《党政领导干部交流工作规定》有关规定", ("organisational",), (), None, ("document", "interview"),
      "document", "leader", "office"),
    T("C4", "机关党支部“三会一课”不规范问题",
      "{short}机关{n}个党支部中有{m}个支部{year}年党员大会召开不足4次，党课以传达文件代替；党费收缴按固定金额代扣，"
      "未按工资调整及时调整基数，少交党费{amount}万元。",
      "《中国共产党支部工作条例（试行）》有关规定；关于党费收缴、使用和管理的规定", ("organisational",),
      ("形式主义",), (0.1, 2), ("document",), "document", "leader", "office"),
    T("C4", "发展党员程序不规范问题",
      "{from}至{to}，{short}发展党员{n}名，其中{m}名入党积极分子培养考察期不满一年即被列为发展对象，政治审查材料不齐全。",
      "《中国共产党发展党员工作细则》有关规定", ("organisational",), (), None, ("document",), "document",
      "leader", "office"),
    T("C5", "领导干部个人有关事项报告不如实问题",
      "抽查{short}{n}名处级干部{year}年个人有关事项报告，发现{m}人漏报配偶持有股票、房产等事项，{p1post}{p1}漏报本人名下房产1套。",
      "《领导干部报告个人有关事项规定》第四条", ("organisational",), (), None, ("document",), "document",
      "deputy", "office"),
    T("D1", "上轮巡察反馈问题整改不到位问题",
      "上轮巡察反馈的{n}个问题中有{m}个尚未整改到位，其中“{old_issue}”问题整改方案明确的{k}项措施仅落实1项，"
      "已申请销号但无佐证资料。",
      "《中国共产党巡视工作条例》有关规定", ("political",), ("形式主义", "主体责任"), None, ("document",),
      "document", "leader", "office"),
    T("D2", "审计发现问题整改不到位问题",
      "{year}年市审计局对{short}开展预算执行审计，指出问题{n}个，截至巡察进驻时仍有{m}个未整改，应追回资金{amount}万元未追回。",
      "《中华人民共和国审计法》有关规定", ("work",), ("资金资产",), (5, 120), ("document", "audit"), "document",
      "deputy", "finance"),
    T("D3", "整改不严不实、屡改屡犯问题",
      "对上轮巡察指出的“{old_issue}”问题，{short}在整改报告中称“已全面完成”。经查，相关制度仅印发未执行，"
      "同类问题{year}年再次发生{k}起。",
      "《中国共产党问责条例》第七条", ("political",), ("形式主义",), None, ("document", "interview"), "document",
      "leader", "office"),
    T("D4", "信访件办理不到位问题",
      "{from}至{to}，{short}受理群众信访{n2}件，其中{m}件未在规定期限内答复，{k}件重复信访未及时化解。",
      "《信访工作条例》有关规定", ("masses",), ("官僚主义",), None, ("petition", "document"), "document",
      "deputy", "office"),
)

VILLAGE_TEMPLATES = (
    T("V1.1", "虚报冒领耕地地力保护补贴问题",
      "{from}至{to}，{unit}申报耕地地力保护补贴时虚报种植面积{n2}亩，多领补贴资金{amount}万元，其中{p1post}{p1}亲属户"
      "虚报面积{m}亩。",
      TIAOLI + "有关规定；耕地地力保护补贴资金管理有关规定", ("masses", "integrity"), ("专项资金",), (0.5, 6),
      ("petition", "field_visit", "document"), "document", "leader", "finance", True),
    T("V1.1", "惠农补贴发放公示不到位问题",
      "{unit}{year}年度各类惠农补贴发放名单未按规定在村务公开栏公示，走访的{n}户群众中有{m}户不知晓补贴标准。",
      "《中华人民共和国村民委员会组织法》第三十条", ("masses",), ("形式主义",), None, ("field_visit",), "photo",
      "leader", "office"),
    T("V1.2", "低保评定优亲厚友问题",
      "{unit}{n2}户低保户中有{m}户家庭有经营性车辆或在城区购房，不符合低保条件；其中{k}户为村干部{p2}的亲属，"
      "违规享受低保金{amount}万元。",
      "《社会救助暂行办法》有关规定", ("masses",), ("直接责任",), (0.8, 5), ("petition", "field_visit"),
      "document", "leader", "deputy", True),
    T("V1.2", "临时救助审核不严问题",
      "{from}以来，{unit}上报临时救助申请{n}件，均未开展入户调查，申请材料由村干部代签。",
      "《社会救助暂行办法》有关规定", ("work",), (), None, ("document",), "document", "leader", "office"),
    T("V1.3", "防返贫监测帮扶不到位问题",
      "{unit}防止返贫监测对象{n}户，帮扶措施多为发放慰问品，{m}户未落实产业或就业帮扶措施，监测信息与实际情况不符。",
      "防止返贫动态监测和帮扶有关规定", ("work",), ("形式主义",), None, ("field_visit",), "photo",
      "leader", "office"),
    T("V1.4", "村级产业项目建成后闲置问题",
      "{year}年{unit}利用衔接资金{amount}万元建设{vproject}，项目建成后未投入运营，设施闲置至今，未产生收益。",
      "衔接推进乡村振兴补助资金管理有关规定", ("work",), ("专项资金", "资金资产"), (20, 150),
      ("field_visit", "document"), "photo", "leader", "deputy"),
    T("V1.4", "村级集体经济发展乏力问题",
      "{unit}{year}年村集体经济经营性收入仅{amount}万元，主要依赖资源发包收入，未形成稳定产业。",
      "农村集体经济发展有关规定", ("work",), (), (2, 8), ("document", "interview"), "document", "leader", "finance"),
    T("V1.5", "耕地“非农化”问题",
      "巡察组走访发现，{unit}{group}有{n}亩基本农田被用于堆放建筑材料和建设简易厂房，村“两委”未及时制止和上报。",
      "《中华人民共和国土地管理法》有关规定", ("work",), (), None, ("field_visit",), "photo", "leader", "dept"),
    T("V1.5", "人居环境整治不到位问题",
      "{unit}{group}垃圾收集点长期满溢，生活污水直排水渠；{year}年人居环境整治专项资金中有{amount}万元用于村部修缮。",
      "农村人居环境整治有关规定", ("work",), ("专项资金",), (1, 10), ("field_visit", "document"), "photo",
      "leader", "finance"),
    T("V1.6", "矛盾纠纷化解不力问题",
      "{unit}因{dispute}引发的矛盾纠纷持续{k}年未化解，群众多次越级信访，村“两委”未建立台账跟踪化解。",
      "《信访工作条例》有关规定", ("masses",), (), None, ("petition", "interview"), "interview_record",
      "leader", "deputy"),
    T("V2.1", "村集体资金“白条”入账问题",
      "抽查{unit}{year}年会计凭证，发现{n}笔支出以收据、“白条”入账，金额{amount}万元；{m}笔招待费无事由、无经手人签字。",
      "《农村集体经济组织财务制度》有关规定", ("integrity",), ("资金资产",), (1, 12), ("document",), "voucher",
      "leader", "finance"),
    T("V2.1", "集体收入坐收坐支问题",
      "{from}至{to}，{unit}{p2post}{p2}将收取的{rent}共计{amount}万元未交镇农村集体“三资”代理服务中心入账，"
      "直接用于村级日常开支。",
      "《农村集体经济组织财务制度》有关规定", ("integrity",), ("资金资产",), (1, 15), ("document", "petition"),
      "voucher", "leader", "finance", True),
    T("V2.1", "集体资源低价发包问题",
      "{unit}{year}年将{n2}亩集体山林以每亩每年{price}元的价格发包给{p1}的亲属，承包期{k}0年，未经村民代表会议讨论，"
      "发包价格明显低于周边水平。",
      "《中华人民共和国村民委员会组织法》第二十四条", ("integrity", "masses"), ("资金资产",), (2, 20),
      ("petition", "document"), "contract", "leader", "deputy", True),
    T("V2.1", "集体资产未登记入账问题",
      "{unit}有{n}处村集体房屋、{m}台农机设备未登记入账，部分资产被个人无偿占用。",
      "《农村集体经济组织财务制度》有关规定", ("integrity",), ("资金资产",), None, ("field_visit", "document"),
      "photo", "leader", "finance"),
    T("V2.2", "村级工程项目规避招标问题",
      "{year}年{unit}{vwork}项目总投资{amount}万元，拆分为{n}个标段由村委会直接发包，其中{m}个标段由{p1}的亲属承揽。",
      "《中华人民共和国招标投标法》第四条", ("integrity",), ("专项资金",), (20, 120), ("petition", "document"),
      "contract", "leader", "deputy", True),
    T("V2.2", "村级工程虚报工程量问题",
      "{unit}{vwork}项目结算工程量与实际不符，经现场测量虚增工程量约{pct}%，多结算工程款{amount}万元。",
      "农村小型工程项目管理有关规定", ("integrity",), ("专项资金",), (1, 15), ("field_visit", "document"), "photo",
      "deputy", "finance"),
    T("V2.3", "截留征地补偿款问题",
      "{year}年{unit}因{road}建设征收土地{n2}亩，村委会截留群众征地补偿款{amount}万元未发放到户，用于偿还村级债务。",
      "《中华人民共和国土地管理法》有关规定", ("masses", "integrity"), ("资金资产",), (5, 40), ("petition", "document"),
      "voucher", "leader", "finance", True),
    T("V2.4", "村干部违规吃喝问题",
      "{from}至{to}，{unit}在村部食堂接待用餐{n}次，支出{amount}万元，无公函、无菜单，部分费用以“误工补贴”名义列支。",
      TIAOLI + "有关规定", ("integrity",), ("享乐主义", "奢靡之风"), (0.3, 3), ("document", "petition"), "voucher",
      "leader", "finance"),
    T("V2.4", "服务群众不作为问题",
      "群众反映，{unit}村干部坐班值班制度形同虚设，{year}年群众办理证明事项多次找不到人，{n}件群众诉求超过1个月未回复。",
      "《中国共产党农村基层组织工作条例》有关规定", ("masses",), ("官僚主义",), None, ("petition", "field_visit"),
      "interview_record", "leader", "deputy"),
    T("V2.5", "宗族势力干扰村务问题",
      "{unit}{group}部分族人以宗族名义干预村级事务，阻挠{vwork}项目施工，村“两委”处置软弱。",
      "《中国共产党农村基层组织工作条例》有关规定", ("political",), (), None, ("petition", "interview"),
      "interview_record", "leader", "dept", True),
    T("V3.1", "村党组织战斗堡垒作用弱化问题",
      "{party}{year}年仅召开支委会{k}次，重大事项由村主要负责人个人说了算，党员群众对村“两委”班子满意度测评仅为{pct}%。",
      "《中国共产党农村基层组织工作条例》有关规定", ("organisational",), ("主体责任",), None, ("survey", "interview"),
      "survey_result", "leader", "deputy"),
    T("V3.2", "“三会一课”流于形式问题",
      "{party}{year}年“三会一课”记录存在补记现象，{n}次党员大会记录字迹、内容雷同，主题党日活动多以发放物资代替。",
      "《中国共产党支部工作条例（试行）》有关规定", ("organisational",), ("形式主义",), None, ("document",),
      "minutes", "leader", "office"),
    T("V3.3", "党员教育管理不规范问题",
      "{unit}有{n}名流动党员长期未参加组织生活、未交纳党费，村党组织未与其取得联系；{year}年发展的{m}名党员培养考察程序不完整。",
      "《中国共产党发展党员工作细则》有关规定", ("organisational",), (), None, ("document",), "document",
      "leader", "office"),
    T("V3.4", "村“两委”后备力量薄弱问题",
      "{unit}“两委”班子成员平均年龄{age}岁，村级后备力量仅{k}人，且均未纳入培养计划。",
      "《中国共产党农村基层组织工作条例》有关规定", ("organisational",), (), None, ("interview", "document"),
      "document", "leader", "office"),
    T("V3.5", "村务公开不及时问题",
      "{unit}村务公开栏内容停留在{to}，{year}年第三、四季度财务收支未公开；村务监督委员会未对{n}笔大额支出进行监督签字。",
      "《中华人民共和国村民委员会组织法》第三十条", ("masses",), ("形式主义",), None, ("field_visit", "document"),
      "photo", "leader", "office"),
    T("V3.5", "民主决策程序不规范问题",
      "{unit}{year}年{vwork}等{k}项重大事项未按“四议两公开”程序决策，村民代表会议记录无参会人员签字。",
      "《中华人民共和国村民委员会组织法》第二十四条", ("masses", "organisational"), (), None, ("document",),
      "minutes", "leader", "office"),
    T("V4.1", "上轮巡察问题整改不到位问题",
      "上轮县委巡察反馈{unit}的{n}个问题中有{m}个未整改到位，其中“{old_vissue}”问题整改仅停留在制定制度层面。",
      "《中国共产党巡视工作条例》有关规定", ("political",), ("形式主义",), None, ("document",), "document",
      "leader", "office"),
    T("V4.2", "村级审计问题整改不到位问题",
      "{year}年村级财务审计指出{unit}存在{n}个问题，截至巡察进驻时仍有{m}个未整改，应收回的{amount}万元承包款未收回。",
      "农村集体经济审计有关规定", ("work",), ("资金资产",), (1, 20), ("document", "audit"), "document",
      "leader", "finance"),
    T("V4.3", "信访积案化解不力问题",
      "{unit}有{k}件信访积案持续{m}年以上未化解，涉及{dispute}等问题，群众反映强烈。",
      "《信访工作条例》有关规定", ("masses",), ("官僚主义",), None, ("petition",), "interview_record",
      "leader", "deputy"),
)

# How often each L2 category turns up in a unit's (or a village's) findings.
UNIT_WEIGHTS = {
    "A1": 3, "A2": 3, "A3": 5, "A4": 2, "A5": 3, "A6": 3, "B1": 4, "B2": 3, "B3": 8, "B4": 8, "B5": 7, "B6": 3,
    "C1": 4, "C2": 3, "C3": 2, "C4": 4, "C5": 2, "D1": 3, "D2": 3, "D3": 2, "D4": 2,
}
VILLAGE_WEIGHTS = {
    "V1.1": 4, "V1.2": 3, "V1.3": 2, "V1.4": 3, "V1.5": 2, "V1.6": 1, "V2.1": 6, "V2.2": 4, "V2.3": 2, "V2.4": 3,
    "V2.5": 1, "V3.1": 2, "V3.2": 2, "V3.3": 2, "V3.4": 1, "V3.5": 3, "V4.1": 2, "V4.2": 1, "V4.3": 1,
}
