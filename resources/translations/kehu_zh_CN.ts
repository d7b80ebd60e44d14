<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FigureDisagreement</name>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which compares the days since the last purchase with this customer&apos;s usual gap between purchases.</source>
        <translation>存活概率来自购买频率模型（%1），看的是该客户的购买频率；流失标记“%2”来自流失规则“%3”，比较的是距最近一次购买的天数与该客户平常的购买间隔。</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which looks at the days since the last purchase.</source>
        <translation>存活概率来自购买频率模型（%1），看的是该客户的购买频率；流失标记“%2”来自流失规则“%3”，看的是距最近一次购买的天数。</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the segment “%2” comes from the RFM scores, which rank the days since the last purchase against all other customers.</source>
        <translation>存活概率来自购买频率模型（%1），看的是该客户的购买频率；分群“%2”来自 RFM 评分，是把距最近一次购买的天数与所有其他客户相比排名。</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1): for a customer who bought this often, the time since the last purchase is long; the segment “%2” comes from the RFM scores, which still rank this customer among the best of all customers.</source>
        <translation>存活概率来自购买频率模型（%1）：以该客户的购买频率来看，距最近一次购买已经很久了；分群“%2”来自 RFM 评分，在所有客户中该客户仍排在前列。</translation>
    </message>
    <message>
        <source>BG/NBD counts a customer without a repeat purchase as certainly alive; the MBG/NBD model (Settings) does not.</source>
        <translation>BG/NBD 模型把没有复购的客户一律视为仍然存活；MBG/NBD 模型（见“设置”）则不会。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one here</source>
        <translation>选择一个 CSV 文件，或把文件拖到这里</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日期格式(&amp;T)：</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>第一行是表头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows</source>
        <translation>跳过无效行(&amp;S)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Reset mapping</source>
        <translation>重置对应关系(&amp;R)</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>校验报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>检查文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KehuClassificationJob</name>
    <message>
        <source>Summarising purchases</source>
        <translation>正在汇总购买记录</translation>
    </message>
    <message>
        <source>Scoring RFM</source>
        <translation>正在计算 RFM 评分</translation>
    </message>
    <message>
        <source>ABC classes</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>正在拟合 BG/NBD 与 Gamma-Gamma 模型</translation>
    </message>
    <message>
        <source>Predicting CLV and P(alive)</source>
        <translation>正在预测客户终身价值与存活概率</translation>
    </message>
    <message>
        <source>Churn flags</source>
        <translation>流失标记</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数统计</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>正在保存快照</translation>
    </message>
    <message>
        <source>Re-classified in the app</source>
        <translation>在应用中重新分类</translation>
    </message>
    <message>
        <source>Loading purchases</source>
        <translation>正在读取购买记录</translation>
    </message>
</context>
<context>
    <name>KehuCohortJob</name>
    <message>
        <source>The purchases could not be read.</source>
        <translation>无法读取购买记录。</translation>
    </message>
</context>
<context>
    <name>KehuCreateFollowUpsCommand</name>
    <message numerus="yes">
        <source>Create %n follow-up(s)</source>
        <translation>
            <numerusform>创建 %n 条回访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KehuHandOverCommand</name>
    <message numerus="yes">
        <source>Hand %n customer(s) over to %1</source>
        <translation>
            <numerusform>将 %n 位客户移交给 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KehuLabels</name>
    <message>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>Loyal customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">流失风险</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">已流失</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reward them; ask for referrals and reviews; early access to new products.</source>
        <translation>给予回馈；请他们推荐新客户、写评价；新品优先体验。</translation>
    </message>
    <message>
        <source>Offer membership or a loyalty programme; recommend related products.</source>
        <translation>邀请加入会员或积分计划；推荐相关产品。</translation>
    </message>
    <message>
        <source>Upsell higher-value products; ask for feedback.</source>
        <translation>推荐更高价值的产品；征求意见。</translation>
    </message>
    <message>
        <source>Build the relationship: free trials, a personal follow-up call.</source>
        <translation>加深关系：免费试用，亲自打电话回访。</translation>
    </message>
    <message>
        <source>Welcome them; help with the first use; follow up within a week.</source>
        <translation>表示欢迎；协助首次使用；一周内回访。</translation>
    </message>
    <message>
        <source>Win them back in person: call, visit, a tailored offer.</source>
        <translation>亲自挽回：打电话、上门拜访、提供专属优惠。</translation>
    </message>
    <message>
        <source>Send a personal message; offer renewals; find out what changed.</source>
        <translation>发送个性化问候；提供续约优惠；了解发生了什么变化。</translation>
    </message>
    <message>
        <source>Limited-time offer based on their purchase history.</source>
        <translation>根据购买记录提供限时优惠。</translation>
    </message>
    <message>
        <source>Share popular products and a discount to reconnect.</source>
        <translation>推送热销产品和折扣，重新建立联系。</translation>
    </message>
    <message>
        <source>Revive interest with an outreach campaign; otherwise let go.</source>
        <translation>通过营销活动重新激发兴趣；无效则放弃。</translation>
    </message>
    <message>
        <source>Review individually.</source>
        <translation>逐一分析。</translation>
    </message>
    <message>
        <source>A (key)</source>
        <translation>A（重点）</translation>
    </message>
    <message>
        <source>B (regular)</source>
        <translation>B（一般）</translation>
    </message>
    <message>
        <source>C (minor)</source>
        <translation>C（次要）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">活跃</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="vanished">已流失</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>无购买</translation>
    </message>
    <message>
        <source>P(alive) below threshold</source>
        <translation>存活概率低于阈值</translation>
    </message>
    <message>
        <source>Gap longer than usual</source>
        <translation>间隔超过平常</translation>
    </message>
    <message>
        <source>One-time buyer, inactive</source>
        <translation>单次购买，已不活跃</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>分析型</translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation>表现型</translation>
    </message>
    <message>
        <source>Amiable</source>
        <translation>亲和型</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>稳健型</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>转向竞争对手</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>搬走了</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>周期回访：%1</translation>
    </message>
    <message>
        <source>Review: new churn risk</source>
        <translation>盘点：新增流失预警</translation>
    </message>
    <message>
        <source>Review: win back</source>
        <translation>盘点：挽回</translation>
    </message>
    <message>
        <source>Review: dropped a class</source>
        <translation>盘点：等级下降</translation>
    </message>
    <message>
        <source>Review: became key</source>
        <translation>盘点：成为重点客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>RFM segment</comment>
        <translation>濒临流失客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>RFM segment</comment>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn flag</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn flag</comment>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>churn flag</comment>
        <translation>判定流失</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle status</comment>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>lifecycle status</comment>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn outcome</comment>
        <translation>确认流失</translation>
    </message>
    <message>
        <source>Store</source>
        <comment>channel</comment>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>channel</comment>
        <translation>线上</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>channel</comment>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>channel</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>channel</comment>
        <translation>展会</translation>
    </message>
    <message>
        <source>Cold call</source>
        <comment>channel</comment>
        <translation>电话陌拜</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>channel</comment>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>quarter: year, number</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Asked for at a visit</source>
        <translation>来访时提出</translation>
    </message>
    <message>
        <source>High frequency</source>
        <comment>purchase behaviour</comment>
        <translation>高频购买</translation>
    </message>
    <message>
        <source>Low frequency</source>
        <comment>purchase behaviour</comment>
        <translation>低频购买</translation>
    </message>
    <message>
        <source>One-time</source>
        <comment>purchase behaviour</comment>
        <translation>单次购买</translation>
    </message>
    <message>
        <source>High value</source>
        <comment>value tier</comment>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Mid value</source>
        <comment>value tier</comment>
        <translation>中价值</translation>
    </message>
    <message>
        <source>Low value</source>
        <comment>value tier</comment>
        <translation>低价值</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>customer field</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer field</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>customer field</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>customer field</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>customer field</comment>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <comment>customer field</comment>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <comment>customer field</comment>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>customer field</comment>
        <translation>地区</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customer field</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customer field</comment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>customer field</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Personality</source>
        <comment>customer field</comment>
        <translation>性格类型</translation>
    </message>
    <message>
        <source>Customer type</source>
        <comment>customer field</comment>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <comment>customer field</comment>
        <translation>显性需求</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <comment>customer field</comment>
        <translation>隐性需求</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>customer field</comment>
        <translation>预算</translation>
    </message>
    <message>
        <source>Preferences</source>
        <comment>customer field</comment>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>customer field</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer field</comment>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>KehuMarkFollowUpDoneCommand</name>
    <message>
        <source>Mark a follow-up done</source>
        <translation>完成一条回访</translation>
    </message>
</context>
<context>
    <name>KehuRescheduleFollowUpCommand</name>
    <message>
        <source>Reschedule a follow-up</source>
        <translation>改期一条回访</translation>
    </message>
</context>
<context>
    <name>KehuSaveSettingsCommand</name>
    <message>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
</context>
<context>
    <name>KehuSetCadenceRulesCommand</name>
    <message>
        <source>Change the follow-up rules</source>
        <translation>修改回访规则</translation>
    </message>
</context>
<context>
    <name>KehuSetOwnerTargetCommand</name>
    <message>
        <source>Set the %1 target of %2</source>
        <translation>设置 %2 的 %1 目标</translation>
    </message>
</context>
<context>
    <name>KehuSetSegmentActionCommand</name>
    <message>
        <source>Edit the action of a segment</source>
        <translation>编辑分群的行动</translation>
    </message>
</context>
<context>
    <name>KehuSurveyEntry</name>
    <message>
        <source>Choose a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Give an NPS score, a CSAT score or both.</source>
        <translation>请填写 NPS 评分、CSAT 评分，或两者都填。</translation>
    </message>
    <message>
        <source>NPS is 0 to 10.</source>
        <translation>NPS 为 0 到 10 分。</translation>
    </message>
    <message>
        <source>CSAT is 1 to 5.</source>
        <translation>CSAT 为 1 到 5 分。</translation>
    </message>
    <message>
        <source>Enter the date of the answer.</source>
        <translation>请填写回答日期。</translation>
    </message>
    <message>
        <source>The survey date cannot be in the future.</source>
        <translation>调查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The survey could not be saved.</source>
        <translation>无法保存调查结果。</translation>
    </message>
</context>
<context>
    <name>KehuVisitEntry</name>
    <message>
        <source>Choose a customer or type a name for a new one.</source>
        <translation>请选择客户，或输入新客户的姓名。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
        <source>NPS is 0 to 10.</source>
        <translation>净推荐值 (NPS) 为 0 到 10。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>来访记录无法保存。</translation>
    </message>
    <message>
        <source>The next follow-up needs a date.</source>
        <translation>请填写下次回访的日期。</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>138 0013 8000</source>
        <translation>138 0013 8000</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>公司(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Company si&amp;ze:</source>
        <translation>公司规模(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lifecycle status:</source>
        <translation>生命周期状态(&amp;L)：</translation>
    </message>
    <message>
        <source>Personali&amp;ty type:</source>
        <translation>性格类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>50,000</source>
        <translation>50,000</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>vip, 团购</source>
        <translation>vip, 团购</translation>
    </message>
    <message>
        <source>E&amp;xplicit needs:</source>
        <translation>显性需求(&amp;X)：</translation>
    </message>
    <message>
        <source>Impli&amp;cit needs:</source>
        <translation>隐性需求(&amp;C)：</translation>
    </message>
    <message>
        <source>Pre&amp;ferences:</source>
        <translation>偏好(&amp;F)：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open that customer</source>
        <translation>打开该客户(&amp;O)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Record a survey</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;NPS (0-10):</source>
        <translation>&amp;NPS（0-10）：</translation>
    </message>
    <message>
        <source>&amp;Reason or comment:</source>
        <translation>原因或评语(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;CSAT (1-5):</source>
        <translation>&amp;CSAT（1-5）：</translation>
    </message>
</context>
<context>
    <name>VisitEntryForm</name>
    <message>
        <source>Log a visit</source>
        <translation>记录来访</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Phone, name, code or company</source>
        <translation>电话、姓名、编号或公司</translation>
    </message>
    <message>
        <source>New customer&apos;s &amp;phone:</source>
        <translation>新客户电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>满意度 (1-5)(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;NPS (0-10):</source>
        <translation>净推荐值 NPS (0-10)(&amp;N)：</translation>
    </message>
    <message>
        <source>NPS &amp;reason:</source>
        <translation>NPS 原因(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>下次回访(&amp;F)：</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>kehu</name>
    <message>
        <source>expected GB18030 text, found invalid bytes (try --encoding utf-8 or --encoding latin1)</source>
        <translation type="vanished">应为 GB18030 文本，但发现无效字节（可尝试选择 UTF-8 或 Latin-1 编码）</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try --encoding gb18030)</source>
        <translation type="vanished">应为 UTF-8 文本，但发现非 UTF-8 字节（文件可能是 GB18030 编码：请尝试选择 GB18030）</translation>
    </message>
    <message>
        <source>expected a customer code or a name</source>
        <translation>需要客户编号或名称</translation>
    </message>
    <message>
        <source>expected a phone number with at least 5 digits</source>
        <translation>电话号码至少应有 5 位数字</translation>
    </message>
    <message>
        <source>expected an e-mail address (no &apos;@&apos;)</source>
        <translation>应为电子邮件地址（缺少“@”）</translation>
    </message>
    <message>
        <source>expected an NPS (0-10) or a CSAT (1-5) value</source>
        <translation>需要净推荐值 NPS (0-10) 或满意度 CSAT (1-5)</translation>
    </message>
    <message>
        <source>expected a header and data rows; the file is empty</source>
        <translation>需要表头和数据行；文件为空</translation>
    </message>
    <message>
        <source>expected a closing quote for the quoted field that opens at character %1 (the rest of the line was read as this field)</source>
        <translation>第 %1 个字符处开始的引号字段缺少结束引号（该行其余内容都被读作此字段）</translation>
    </message>
    <message>
        <source>expected no quote inside an unquoted field (character %1); quote the whole field and double inner quotes: &quot;a &quot;&quot;b&quot;&quot; c&quot;</source>
        <translation>未加引号的字段中不应出现引号（第 %1 个字符）；请给整个字段加引号，并把内部引号写两次：&quot;a &quot;&quot;b&quot;&quot; c&quot;</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote (character %1)</source>
        <translation>结束引号之后应为分隔符或行尾（第 %1 个字符）</translation>
    </message>
    <message>
        <source>expected text, found a NUL byte at character %1 (is this a UTF-16 file without a byte order mark, or not a text file?)</source>
        <translation>应为文本，但第 %1 个字符处是 NUL 字节（这是没有字节顺序标记的 UTF-16 文件，还是根本不是文本文件？）</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>expected at least %1 fields, found %2</source>
        <translation>至少应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>identical to line %1; imported as a separate row</source>
        <translation>与第 %1 行完全相同；仍作为单独一行导入</translation>
    </message>
    <message>
        <source>expected data rows after the header; there are none</source>
        <translation>表头之后应有数据行；但没有</translation>
    </message>
    <message>
        <source>expected GB18030 text, found invalid bytes (try reading the file as UTF-8 or Latin-1)</source>
        <translation>应为 GB18030 文本，但发现无效字节（可尝试按 UTF-8 或 Latin-1 读取文件）</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try reading it as GB18030)</source>
        <translation>应为 UTF-8 文本，但发现非 UTF-8 字节（文件可能是 GB18030 编码：请尝试按 GB18030 读取）</translation>
    </message>
    <message>
        <source>expected a column number from 1 to %1 in the mapping</source>
        <translation>映射中应为 1 到 %1 之间的列号</translation>
    </message>
    <message>
        <source>expected the name of a column in the mapping; the file has: %1</source>
        <translation>映射中应为列名；文件中的列有：%1</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3</source>
        <translation>应有一列对应%1；找到的表头：%2；可用的列名：%3</translation>
    </message>
</context>
<context>
    <name>kehu::AccessGuard</name>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>view the figures</source>
        <translation>查看统计数据</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>log visits</source>
        <translation>记录来访</translation>
    </message>
    <message>
        <source>record survey answers</source>
        <translation>记录调查答复</translation>
    </message>
    <message>
        <source>work on follow-ups</source>
        <translation>处理回访任务</translation>
    </message>
    <message>
        <source>record churn</source>
        <translation>记录流失</translation>
    </message>
    <message>
        <source>delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>run or remove classifications</source>
        <translation>运行或删除分类</translation>
    </message>
    <message>
        <source>change the book&apos;s settings and rules</source>
        <translation>修改客户库的设置和规则</translation>
    </message>
    <message>
        <source>take backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Sign in first: this book has users.</source>
        <translation>请先登录：此客户库已设置用户。</translation>
    </message>
    <message>
        <source>%1 may not %2: ask an owner or a manager.</source>
        <translation>%1 无权%2：请联系所有者或经理。</translation>
    </message>
    <message>
        <source>%1 may not %2 outside their own customers.</source>
        <translation>%1 无权%2：仅限自己名下的客户。</translation>
    </message>
    <message>
        <source>%1 may not %2 for %3: only for their own customers.</source>
        <translation>%1 无权%2（负责人为 %3）：只能操作自己名下的客户。</translation>
    </message>
    <message>
        <source>hand customers over</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>export or erase a person&apos;s data</source>
        <translation>导出或删除个人信息</translation>
    </message>
</context>
<context>
    <name>kehu::AuditLogModel</name>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Bring customer back</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录来访</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>记录调查</translation>
    </message>
    <message>
        <source>Plan follow-ups</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <source>Reschedule follow-up</source>
        <translation>回访改期</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>重新打开回访</translation>
    </message>
    <message>
        <source>Remove follow-ups</source>
        <translation>删除回访</translation>
    </message>
    <message>
        <source>Record churn</source>
        <translation>记录流失</translation>
    </message>
    <message>
        <source>Record win-back outcome</source>
        <translation>记录挽回结果</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Hand over customers</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Keep review snapshot</source>
        <translation>保留盘点快照</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>修改设置项</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>设置目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Erase old deletions</source>
        <translation>清除过期的已删除客户</translation>
    </message>
    <message>
        <source>Erase again after a restore</source>
        <translation>还原后再次删除个人信息</translation>
    </message>
    <message>
        <source>Take restore point</source>
        <translation>创建还原点</translation>
    </message>
    <message>
        <source>Delete old restore points</source>
        <translation>删除旧还原点</translation>
    </message>
    <message>
        <source>Restore the book</source>
        <translation>还原客户库</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>（未登录）</translation>
    </message>
</context>
<context>
    <name>kehu::AuditView</name>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Any customer (code)</source>
        <translation>任意客户（编号）</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a record to see its values before and after.</source>
        <translation>选择一条记录，查看修改前后的值。</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln records; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>仅显示最新的 %Ln 条记录；缩小筛选范围可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s).</source>
        <translation>
            <numerusform>共 %Ln 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::BackgroundTask</name>
    <message>
        <source>The database is closed.</source>
        <translation>数据库已关闭。</translation>
    </message>
</context>
<context>
    <name>kehu::BackupCipher</name>
    <message>
        <source>A backup&apos;s passphrase needs at least 8 characters.</source>
        <translation>备份的密码短语至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Kehu backup</source>
        <translation>%1 不是已加密的 Kehu 备份</translation>
    </message>
    <message>
        <source>%1: the backup&apos;s header is damaged</source>
        <translation>%1：备份的文件头已损坏</translation>
    </message>
    <message>
        <source>Wrong passphrase, or %1 is damaged: nothing was restored.</source>
        <translation>密码短语错误，或 %1 已损坏：未还原任何数据。</translation>
    </message>
</context>
<context>
    <name>kehu::CadenceRulesModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>每隔（天）</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>最迟（天）</translation>
    </message>
</context>
<context>
    <name>kehu::ChurnWatchModel</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Value at risk (CLV)</source>
        <translation>风险价值 (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>触发规则</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>kehu::ChurnWatchView</name>
    <message>
        <source>Customers at risk, by value at risk</source>
        <translation>流失预警客户（按风险价值排序）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>Value at risk (CLV)</source>
        <translation type="vanished">风险价值 (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="vanished">存活概率</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="vanished">最近购买</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation type="vanished">流失原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">结果</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Record reason</source>
        <translation>记录原因</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>确认流失</translation>
    </message>
</context>
<context>
    <name>kehu::CohortRetentionModel</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>kehu::ColumnMapping</name>
    <message>
        <source>expected column=field in the mapping, found &quot;%1&quot;</source>
        <translation>对应关系应写作 列=字段，实际为“%1”</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>expected a column number from 1 to %1 in the mapping</source>
        <translation type="vanished">对应关系中的列号应在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>expected the name of a column in the mapping; the file has: %1</source>
        <translation type="vanished">对应关系中应为列名；文件中的列有：%1</translation>
    </message>
    <message>
        <source>expected one of these fields in the mapping: %1</source>
        <translation>对应关系中应为以下字段之一：%1</translation>
    </message>
    <message>
        <source>expected each field once in the mapping; %1 is already mapped to %2</source>
        <translation>每个字段只能对应一次；%1 已对应到 %2</translation>
    </message>
    <message>
        <source>expected one column for %1; using %2 and ignoring this one</source>
        <translation>%1 只能有一列；使用 %2，忽略此列</translation>
    </message>
    <message>
        <source>(no header row)</source>
        <translation>（无表头行）</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3 (or name the column with --map COLUMN=%4)</source>
        <translation type="vanished">缺少“%1”列；找到的表头：%2；可用的列名：%3（或在列对应表中为某一列选择此字段，命令行为 --map 列=%4）</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3</source>
        <translation type="vanished">缺少“%1”列；找到的表头：%2；可用的列名：%3</translation>
    </message>
</context>
<context>
    <name>kehu::ConnectServerDialog</name>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>在本机的钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Open the team&apos;s customer book on a PostgreSQL server. Whoever runs the server gives you these details.</source>
        <translation>打开团队在 PostgreSQL 服务器上的客户库。以下信息由服务器管理员提供。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kehu::ConnectionBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Nothing half-written was stored; what you typed is still on the screen. Reconnect, then save again.</source>
        <translation>与 %1 的连接已断开。没有保存任何写了一半的内容；您输入的内容仍在屏幕上。请重新连接，然后再次保存。</translation>
    </message>
    <message>
        <source>The server %1 still cannot be reached: %2. Check the network or ask whoever runs the server, then try again.</source>
        <translation>仍然无法连接服务器 %1：%2。请检查网络或联系服务器管理员，然后重试。</translation>
    </message>
</context>
<context>
    <name>kehu::CreateCustomerCommand</name>
    <message>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerBook</name>
    <message>
        <source>The customer has a history now: delete it instead.</source>
        <translation>该客户现在已有历史记录：请改为删除。</translation>
    </message>
    <message>
        <source>Only whoever added the customer can take it back: delete it instead.</source>
        <translation>只有添加该客户的人才能撤销添加：请改为删除。</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerBookView</name>
    <message>
        <source>Search name, phone, code or company</source>
        <translation>搜索姓名、电话、编号或公司</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>全部 ABC 分类</translation>
    </message>
    <message>
        <source>Any churn flag</source>
        <translation>任意流失标记</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation type="vanished">电话号码相同</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation type="vanished">电子邮件相同</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation type="vanished">名称相同</translation>
    </message>
    <message>
        <source>%1 (%2) has %3. Open that customer, merge the new details into it, or create a new customer?</source>
        <translation type="vanished">%1（%2）与新客户%3。要打开该客户、把新信息合并进去，还是新建客户？</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="vanished">新客户</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation type="vanished">客户无法保存：%1</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>已保存的筛选…</translation>
    </message>
    <message>
        <source>Click to show all customers again</source>
        <translation>点击以重新显示全部客户</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) ✕</source>
        <translation>
            <numerusform>%1：%Ln 位客户 ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Duplicates into This Customer…</source>
        <translation>将重复客户合并到此客户…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>No other customer has the same phone number, e-mail address or name as %1.</source>
        <translation>没有其他客户与 %1 的电话、电子邮箱或姓名相同。</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)? All of %1&apos;s purchases, visits, surveys, follow-ups and churn records move to %3, and %1 leaves the book.</source>
        <translation>将 %1（%2）合并到 %3（%4）？%1 的所有购买、来访、调查、回访和流失记录都将转到 %3，%1 将从客户名册中移除。</translation>
    </message>
    <message>
        <source>The customers could not be merged: %1</source>
        <translation>无法合并客户：%1</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>No customers match “%1” with the filters chosen.</source>
        <translation>在当前筛选条件下，没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>No customers match the filters chosen.</source>
        <translation>没有符合当前筛选条件的客户。</translation>
    </message>
    <message>
        <source>The book has no customers yet.</source>
        <translation>客户名册中还没有客户。</translation>
    </message>
    <message>
        <source>Hand Over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Give the customers listed, with their open follow-ups, to another owner</source>
        <translation>将列表中的客户连同其未完成的回访移交给另一位负责人</translation>
    </message>
    <message>
        <source>Hand Over Customers</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data…</source>
        <translation>导出此人的数据…</translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation>导出此人的数据</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <source>Everything the book holds about them is in %1.</source>
        <translation>客户库中有关此人的全部信息已保存到 %1。</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, company, notes and the text of their visits and surveys are removed for good, also from the audit log. Their purchases stay, as an anonymous customer&apos;s, so the figures stay true. This cannot be undone. Erase them?</source>
        <translation>此人的姓名、电话、电子邮件、公司、备注以及来访和调查的文字内容将被永久删除，审计日志中的相关内容也会一并删除。其购买记录将作为匿名客户的记录保留，以确保统计数据准确。此操作无法撤销。确定要删除此人的个人信息吗？</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerDetailPane</name>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="vanished">公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="vanished">行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="vanished">公司规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">地区</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <translation type="vanished">显性需求</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <translation type="vanished">隐性需求</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">偏好</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="vanished">性格类型</translation>
    </message>
    <message>
        <source>This %1 is not valid; it was not saved.</source>
        <translation>此%1无效，未保存。</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>R / F / M</source>
        <translation>R / F / M</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>终身价值 (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>NPS (mean)</source>
        <translation>净推荐值 NPS（平均）</translation>
    </message>
    <message>
        <source>Record &amp;survey…</source>
        <translation>记录调查(&amp;S)…</translation>
    </message>
    <message>
        <source>P(alive) · %1</source>
        <translation>存活概率 · %1</translation>
    </message>
    <message>
        <source>P(alive) from the %1 purchase model of the classification run</source>
        <translation>存活概率来自本次分类运行所用的 %1 购买模型</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>营销：</translation>
    </message>
    <message>
        <source>Agrees to marketing (since %1)</source>
        <translation>同意接收营销信息（自 %1 起）</translation>
    </message>
    <message>
        <source>Agrees to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>变更记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed this customer, and when</source>
        <translation>谁在何时修改了此客户</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>%1 的变更记录</translation>
    </message>
    <message>
        <source>Choose a change to see the values before and after.</source>
        <translation>选择一条变更，查看修改前后的值。</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>终身价值 (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerTimelineModel</name>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1, quantity %2</source>
        <translation>%1，数量 %2</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>%1 回访</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>kehu::DashboardView</name>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>判定流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>平均 CLV</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Customers per period (dashed: forecast)</source>
        <translation>各期客户数（虚线：预测）</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>ABC classes by customers</source>
        <translation>ABC 分类（按客户数）</translation>
    </message>
    <message>
        <source>ABC Pareto curve</source>
        <translation>ABC 帕累托曲线</translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation>按 R、F 评分的客户分布</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>CLV 分布</translation>
    </message>
    <message>
        <source>NPS and CSAT per month</source>
        <translation>每月 NPS 与 CSAT</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>推荐者、被动者与贬损者</translation>
    </message>
    <message>
        <source>Churn risk by segment</source>
        <translation>各分群的流失风险</translation>
    </message>
    <message>
        <source>R %1, F %2</source>
        <translation>R %1，F %2</translation>
    </message>
    <message>
        <source>CLV bin %1</source>
        <translation>CLV 区间 %1</translation>
    </message>
    <message>
        <source>CLV %1</source>
        <translation>CLV %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>No classification yet: re-classify (Ctrl+R) to fill the dashboard.</source>
        <translation>尚未分类：请重新分类（Ctrl+R）以填充概览。</translation>
    </message>
    <message>
        <source>Snapshot of %1, compared with %2</source>
        <translation>%1 的快照，对比 %2</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>%1 的快照</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>无更早的快照</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>暂无答卷</translation>
    </message>
    <message>
        <source>in the date range</source>
        <translation>日期范围内</translation>
    </message>
    <message>
        <source>all periods</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Active (forecast)</source>
        <translation>活跃（预测）</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Best %1 customers by revenue (%2% of customers, up to class %3)</source>
        <translation>收入最高的 %1 位客户（占客户 %2%，至 %3 类）</translation>
    </message>
    <message>
        <source>CSAT answers in %1</source>
        <translation>%1 的 CSAT 答卷</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>%1 的 NPS 答卷</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Click to see these customers</source>
        <translation>点击查看这些客户</translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation>无可比的上期</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（不完整）</translation>
    </message>
    <message>
        <source>Counting the customers of the filter…</source>
        <translation>正在统计筛选出的客户…</translation>
    </message>
    <message>
        <source>Customers of the filter; no forecast (the model is the whole book&apos;s).</source>
        <translation>仅统计筛选出的客户；不做预测（模型基于全部客户）。</translation>
    </message>
    <message>
        <source>The data ends on %1: the last period is partial (dotted).</source>
        <translation>数据截至 %1：最后一期不完整（虚线）。</translation>
    </message>
    <message>
        <source>Click a month to see its customers.</source>
        <translation>点击某个月份查看对应客户。</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>%1 新增客户</translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation>%1 活跃客户</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>%1 判定流失客户</translation>
    </message>
</context>
<context>
    <name>kehu::DistributorScorecardModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>kehu::DistributorsView</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Distributor scorecard</source>
        <translation>经销商评分卡</translation>
    </message>
    <message>
        <source>Customers of type distributor, ranked by a score of sales (40%), growth on the quarter before (20%), CSAT (20%) and follow-ups done on time (20%). Double-click a distributor to open it.</source>
        <translation>类型为经销商的客户，按综合得分排名：销售额（40%）、环比上季度增长（20%）、CSAT（20%）和按时回访（20%）。双击经销商可打开其资料。</translation>
    </message>
    <message>
        <source>Sales team: targets and actuals</source>
        <translation>销售团队：目标与实际</translation>
    </message>
    <message>
        <source>Revenue and new customers of each owner&apos;s customers in the quarter. Double-click a target to change it (Ctrl+Z undoes).</source>
        <translation>各负责人名下客户在本季度的收入和新客户数。双击目标即可修改（Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="vanished">%1年第%2季度</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Reading the quarter&apos;s sales…</source>
        <translation>正在读取本季度销售额…</translation>
    </message>
</context>
<context>
    <name>kehu::EditCustomerCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
</context>
<context>
    <name>kehu::FieldLimits</name>
    <message>
        <source>%1 characters long; at most %2 are kept</source>
        <translation>长度为 %1 个字符；最多保留 %2 个</translation>
    </message>
    <message>
        <source>%1 tags; at most %2 are kept</source>
        <translation>%1 个标签；最多保留 %2 个</translation>
    </message>
</context>
<context>
    <name>kehu::FieldParsers</name>
    <message>
        <source>expected a date such as 2024-03-15 (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd or yyyy年M月d日)</source>
        <translation>应为日期，例如 2024-03-15（yyyy-MM-dd、yyyy/MM/dd、yyyy.MM.dd、yyyyMMdd 或 yyyy年M月d日）</translation>
    </message>
    <message>
        <source>ambiguous date: the order of day and month is unknown; name the format with --date-format (dd/MM/yyyy or MM/dd/yyyy)</source>
        <translation type="vanished">日期有歧义：不知道日和月的先后顺序；请选择日期格式（日/月/年 或 月/日/年）</translation>
    </message>
    <message>
        <source>expected a real calendar date (this day does not exist)</source>
        <translation>应为真实存在的日期（日历上没有这一天）</translation>
    </message>
    <message>
        <source>expected an amount such as 1234.50, 1,234.50 or ¥1,234.50</source>
        <translation type="vanished">应为金额，例如 1234.50、1,234.50 或 ¥1,234.50</translation>
    </message>
    <message>
        <source>expected a smaller amount (too large to store)</source>
        <translation type="vanished">金额过大，无法保存</translation>
    </message>
    <message>
        <source>expected a decimal point, not a decimal comma: write 12.50, not 12,50</source>
        <translation type="vanished">小数应使用小数点而不是逗号：请写 12.50，不要写 12,50</translation>
    </message>
    <message>
        <source>expected thousands separators in groups of three, as in 1,234,567.89</source>
        <translation type="vanished">千位分隔符应每三位一组，例如 1,234,567.89</translation>
    </message>
    <message>
        <source>expected at most 2 decimal places (amounts are kept in fen / cents)</source>
        <translation type="vanished">最多两位小数（金额精确到分）</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected a date and time such as 2024-03-15 14:30 (yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss)</source>
        <translation>应为日期和时间，例如 2024-03-15 14:30（yyyy-MM-dd HH:mm 或 yyyy-MM-dd HH:mm:ss）</translation>
    </message>
    <message>
        <source>ambiguous date: the order of day and month is unknown; say whether the day or the month comes first (dd/MM/yyyy or MM/dd/yyyy)</source>
        <translation>日期有歧义：不知道日和月的先后顺序；请指明日在前还是月在前（日/月/年 或 月/日/年）</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpListModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>回访：%1</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpPlanModel</name>
    <message>
        <source>Every day of this follow-up&apos;s window is full: it is due after it.</source>
        <translation>该回访任务期限内的每一天都已排满，只能排在期限之后到期。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>最迟期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpsView</name>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>到期与逾期的回访任务</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Any due day</source>
        <translation>任意到期日</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>沟通内容（可选）</translation>
    </message>
    <message>
        <source>Mark done and log the visit</source>
        <translation>标记完成并记录来访</translation>
    </message>
    <message>
        <source>Cadence rules per segment</source>
        <translation>各分群的回访周期规则</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">分群</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation type="vanished">每隔（天）</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation type="vanished">最迟（天）</translation>
    </message>
    <message>
        <source>Every: due this long after the last contact. Within: at the latest this long after planning. 0 = not set.</source>
        <translation>每隔：距上次联系这么多天后到期。最迟：距计划日最多这么多天。0 表示不设置。</translation>
    </message>
    <message>
        <source>Plan follow-ups due within</source>
        <translation>计划到期日在此范围内的回访：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Plan from rules</source>
        <translation>按规则生成计划</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">到期日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Plan to preview the follow-ups the rules would create.</source>
        <translation>生成计划即可预览规则将创建的回访任务。</translation>
    </message>
    <message>
        <source>Create checked follow-ups</source>
        <translation>创建已勾选的回访任务</translation>
    </message>
    <message>
        <source>%1 — %2 overdue, %3 today, %4 later</source>
        <translation>%1 — 逾期 %2，今天 %3，以后 %4</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Not marked done</source>
        <translation>未标记完成</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The cadence rules could not be saved.</source>
        <translation>回访周期规则无法保存。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) proposed; uncheck any you do not want.</source>
        <translation>
            <numerusform>建议 %Ln 项回访任务；不需要的请取消勾选。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) created.</source>
        <translation>
            <numerusform>已创建 %Ln 项回访任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most</source>
        <translation>每位负责人每个工作日最多</translation>
    </message>
    <message>
        <source>Planned follow-ups are spread over the days so that no owner has more than this many due on one working day, open follow-ups included.</source>
        <translation>计划的回访任务会分散到各天，使每位负责人每个工作日到期的回访任务不超过此数（含未完成的回访任务）。</translation>
    </message>
    <message>
        <source>follow-ups per owner per working day</source>
        <translation>条回访任务</translation>
    </message>
    <message>
        <source>Weekends are working days</source>
        <translation>周末算作工作日</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <source>Last due</source>
        <translation>最晚到期</translation>
    </message>
    <message>
        <source>Most on one day</source>
        <translation>单日最多</translation>
    </message>
    <message>
        <source>After their window</source>
        <translation>超出期限</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="vanished">最迟期限</translation>
    </message>
    <message>
        <source>Every day of this follow-up&apos;s window is full: it is due after it.</source>
        <translation type="vanished">该回访任务期限内的每一天都已排满，只能排在期限之后到期。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) proposed, due %1 to %2, at most %3 per owner a day. Uncheck any you do not want.</source>
        <translation>
            <numerusform>建议 %Ln 条回访任务，到期日为 %1 至 %2，每位负责人每天最多 %3 条。不需要的请取消勾选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be fitted within their rule&apos;s window and are due after it.</source>
        <translation>
            <numerusform>其中 %Ln 条无法排进规则期限内，将在期限之后到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::Handover</name>
    <message numerus="yes">
        <source>%n customer(s) changed owner or left the book meanwhile: nothing was moved. Look again and hand over anew.</source>
        <translation>
            <numerusform>其间有 %n 位客户已更换负责人或已移出客户库，因此未移交任何客户。请重新查看后再移交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who receives the customers.</source>
        <translation>请指定客户的接收人。</translation>
    </message>
    <message>
        <source>No customers to hand over: the filter matches none that %1 does not already own.</source>
        <translation>没有可移交的客户：筛选结果中没有 %1 名下以外的客户。</translation>
    </message>
</context>
<context>
    <name>kehu::HandoverDialog</name>
    <message>
        <source>Hand Over Customers</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <source>The customers the book lists now (its search and filters) go to the owner you choose, with the open follow-ups their owners were assigned. Follow-ups assigned to a colleague stay theirs. Edit ▸ Undo gives everyone back.</source>
        <translation>客户库当前列出的客户（即当前搜索和筛选的结果）将移交给您选择的负责人，原负责人名下未完成的回访也一并移交；已分派给其他同事的回访仍归原同事负责。使用“编辑 ▸ 撤销”可将客户和回访全部归还原负责人。</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>选择或输入姓名</translation>
    </message>
    <message>
        <source>&amp;Give them to:</source>
        <translation>移交给(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>The book lists no customers that %1 does not already own.</source>
        <translation>客户库当前列出的客户中没有 %1 名下以外的客户。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will go to %1 (from %2).</source>
        <translation>
            <numerusform>将有 %Ln 位客户移交给 %1（来自 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) handed over to %1</source>
        <translation>
            <numerusform>已将 %Ln 位客户移交给 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln open follow-up(s).</source>
        <translation>
            <numerusform>，一并移交 %Ln 条未完成的回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::HeatmapView</name>
    <message>
        <source>Recency score (R, 5 = most recent) by frequency score (F)</source>
        <translation>最近购买评分（R，5 = 最近）× 购买频率评分（F）</translation>
    </message>
    <message>
        <source>R %1, F %2: %3 customers</source>
        <translation>R %1，F %2：%3 位客户</translation>
    </message>
</context>
<context>
    <name>kehu::ImportDialog</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Every required field has a column. Change a column&apos;s field in the list if it was recognised wrongly.</source>
        <translation>所有必填字段都已找到对应的列。如果某列识别有误，请在列表中修改它对应的字段。</translation>
    </message>
    <message>
        <source>Press Check file: every row is validated and nothing is written.</source>
        <translation>请点击“检查文件”：逐行校验，不会写入任何数据。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>looks like %1 %2 (same %3)</source>
        <translation>疑似 %1 %2（%3 相同）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every required field has a column, but %Ln value(s) of the preview do not fit their field (marked; point at one to see why). Check the field chosen for that column, or the date format.</source>
        <translation>
            <numerusform>每个必填字段都已对应到列，但预览中有 %Ln 个值与其字段不符（已标出；鼠标指向即可查看原因）。请检查该列所选的字段或日期格式。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::ImportIssue</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>kehu::ImportSession</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>生命周期状态</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <translation>显性需求</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <translation>隐性需求</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <source>Visit kind</source>
        <translation>来访方式</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度 (1-5)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>NPS (0-10)</source>
        <translation>净推荐值 NPS (0-10)</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>满意度 CSAT (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Spaces (fixed columns)</source>
        <translation>空格（固定列）</translation>
    </message>
    <message>
        <source>Year first (2024-03-15, 2024年3月15日)</source>
        <translation>年在前（2024-03-15、2024年3月15日）</translation>
    </message>
    <message>
        <source>Day/month/year (15/03/2024)</source>
        <translation>日/月/年（15/03/2024）</translation>
    </message>
    <message>
        <source>Month/day/year (03/15/2024)</source>
        <translation>月/日/年（03/15/2024）</translation>
    </message>
    <message>
        <source>%1 records: %2 new, %3 updated, %4 unchanged, %5 customers created, %6 rejected.</source>
        <translation type="vanished">共 %1 条记录：新增 %2 条，更新 %3 条，未变 %4 条，新建客户 %5 位，拒绝 %6 条。</translation>
    </message>
    <message>
        <source>Check finished, nothing was written. The import would give: %1</source>
        <translation type="vanished">检查完成，未写入任何数据。导入结果将是：%1</translation>
    </message>
    <message>
        <source>Imported. %1 The rejected rows were written to %2.</source>
        <translation type="vanished">已导入。%1 被拒绝的行已写入 %2。</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln error(s); nothing was written. Fix the rows listed below, change the mapping, or choose to skip invalid rows.</source>
        <translation>
            <numerusform>文件中有 %Ln 处错误，未写入任何数据。请修改下列各行、调整列对应关系，或选择跳过无效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>No column is chosen for %1: pick it under “Imports as” next to the column that holds it.</source>
        <translation>尚未为“%1”选择列：请在包含该数据的列旁的“导入为”中选择它。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>新客户 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing customer(s) updated</source>
        <translation>
            <numerusform>更新已有客户 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new purchase(s)</source>
        <translation>
            <numerusform>新购买记录 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new visit(s)</source>
        <translation>
            <numerusform>新来访记录 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new survey answer(s)</source>
        <translation>
            <numerusform>新调查答复 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already in the book</source>
        <translation>
            <numerusform>已在名册中 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) for codes not in the book yet</source>
        <translation>
            <numerusform>为名册中尚无的编号新建客户 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out</source>
        <translation>
            <numerusform>跳过无效行 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file: %1.</source>
        <translation>
            <numerusform>文件共 %Ln 行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check finished, nothing was written. Importing would give: %1</source>
        <translation>检查完成，未写入任何数据。导入结果将是：%1</translation>
    </message>
    <message>
        <source>Imported. %1 The rows left out were written to %2.</source>
        <translation>已导入。%1 跳过的行已写入 %2。</translation>
    </message>
</context>
<context>
    <name>kehu::LoyaltyView</name>
    <message>
        <source>NPS (promoters − detractors)</source>
        <translation>NPS（推荐者 − 贬损者）</translation>
    </message>
    <message>
        <source>CSAT (mean, 1-5)</source>
        <translation>CSAT（平均，1-5）</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Customers acquired</source>
        <translation>累计获客</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>按获客批次的留存</translation>
    </message>
    <message>
        <source>&amp;Cohorts by:</source>
        <translation>批次按(&amp;C)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Share of each cohort (customers by month or quarter of their first purchase) who bought again 1, 2, … periods later.</source>
        <translation>各批次（按首次购买所在月份或季度划分的客户）在之后第 1、2……个周期再次购买的比例。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s), last 12 months</source>
        <translation>
            <numerusform>近 12 个月 %Ln 份回答</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% satisfied (4-5)</source>
        <translation>%1% 满意（4-5 分）</translation>
    </message>
    <message>
        <source>Computing retention from every purchase…</source>
        <translation>正在根据全部购买记录计算留存…</translation>
    </message>
    <message>
        <source>Retention could not be computed: %1</source>
        <translation>无法计算留存：%1</translation>
    </message>
    <message>
        <source>bought on two days or more</source>
        <translation>在两天或以上有购买</translation>
    </message>
    <message>
        <source>with a purchase by %1</source>
        <translation>截至 %1 有购买</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>暂无购买记录。</translation>
    </message>
    <message>
        <source>Cells: share of the cohort that bought in that period after its first one.</source>
        <translation>单元格：该批次在首购之后该周期内有购买的客户占比。</translation>
    </message>
    <message>
        <source>The purchases end on %1: %2 is a partial period.</source>
        <translation>购买记录截至 %1：%2 为不完整的一期。</translation>
    </message>
</context>
<context>
    <name>kehu::MainWindow</name>
    <message>
        <source>Kehu</source>
        <translation>Kehu 客户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Log a &amp;Visit</source>
        <translation>记录来访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Re-classify</source>
        <translation>重新分类(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kehu</source>
        <translation>关于 Kehu(&amp;A)</translation>
    </message>
    <message>
        <source>About Kehu</source>
        <translation>关于 Kehu</translation>
    </message>
    <message>
        <source>Kehu %1 — customer records, classification and value analytics.</source>
        <translation>Kehu %1 — 客户档案、客户分类与价值分析。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>流失监控</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open a Kehu database to begin (File ▸ Open).</source>
        <translation>请先打开一个 Kehu 数据库（文件 ▸ 打开）。</translation>
    </message>
    <message>
        <source>The dashboard is coming in a later release.</source>
        <translation type="vanished">概览页面将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Someone else changed this customer first. Their version is shown now; please make your change again.</source>
        <translation type="vanished">其他人先修改了这位客户。现在显示的是他们的版本，请重新修改。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>Database checked: no problems found.</source>
        <translation>数据库检查完毕：未发现问题。</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>SQLite found problems in this database. Make a backup (File ▸ Backup) and contact support before changing anything.

%1</source>
        <translation>SQLite 发现此数据库有问题。在做任何修改之前，请先备份（文件 ▸ 备份）并联系技术支持。

%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Kehu databases (*.kehu)</source>
        <translation>Kehu 数据库 (*.kehu)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Kehu databases (*.kehu *.sqlite *.db);;All files (*)</source>
        <translation>Kehu 数据库 (*.kehu *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A copy was written to %1.</source>
        <translation>副本已写入 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="vanished">新建客户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">名称：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="vanished">电话：</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified on %1</source>
        <translation>分类日期：%1</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>季度盘点</translation>
    </message>
    <message>
        <source>Satisfaction &amp; loyalty</source>
        <translation>满意度与忠诚度</translation>
    </message>
    <message>
        <source>Distributors &amp; team</source>
        <translation>经销商与团队</translation>
    </message>
    <message>
        <source>This book is on a PostgreSQL server (%1). It is backed up there, with the server&apos;s own tools (pg_dump), by whoever runs the server.</source>
        <translation>此客户库位于 PostgreSQL 服务器上（%1），由服务器管理员在服务器上用其自带工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password. Enter them again.</source>
        <translation>服务器不接受此用户名和密码，请重新输入。</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>服务器不接受此用户名和密码。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>The book is open, but this computer&apos;s keychain did not keep the password (%1). You will be asked for it next time.</source>
        <translation>客户库已打开，但本机的钥匙串未能保存密码（%1）。下次打开时会再次询问密码。</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Your role does not include this page.</source>
        <translation>您的角色无权访问此页面。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Restore Points…</source>
        <translation>还原点(&amp;R)…</translation>
    </message>
    <message>
        <source>A passphrase to encrypt the copy with (at least 8 characters; empty: not encrypted):</source>
        <translation>用于加密副本的密码短语（至少 8 个字符；留空则不加密）：</translation>
    </message>
    <message>
        <source>An encrypted copy was written to %1. Without the passphrase nobody can read it, you included: keep it safe.</source>
        <translation>已加密的副本已写入 %1。没有密码短语，任何人都无法读取它，包括您自己：请妥善保管密码短语。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
</context>
<context>
    <name>kehu::MergeCustomersCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>kehu::MoneyParser</name>
    <message>
        <source>expected an amount such as %1, %2 or %3</source>
        <translation>应为金额，例如 %1、%2 或 %3</translation>
    </message>
    <message>
        <source>expected thousands separators in groups of three, as in %1</source>
        <translation>千位分隔符应每三位一组，例如 %1</translation>
    </message>
    <message>
        <source>expected a smaller amount (too large to store)</source>
        <translation>金额过大，无法保存</translation>
    </message>
    <message>
        <source>expected a whole amount for %1 (it has no decimal places)</source>
        <translation>%1 金额应为整数（没有小数位）</translation>
    </message>
    <message>
        <source>expected at most %1 decimal places for %2</source>
        <translation>%2 金额最多 %1 位小数</translation>
    </message>
    <message>
        <source>expected a decimal point, not a decimal comma: write 12.50, not 12,50</source>
        <translation>小数点应为“.”而不是“,”：请写 12.50，而不是 12,50</translation>
    </message>
</context>
<context>
    <name>kehu::NewCustomerDialog</name>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>预算（%1）(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>kehu::NewCustomerForm</name>
    <message>
        <source>Enter a customer code.</source>
        <translation>请输入客户编号。</translation>
    </message>
    <message>
        <source>The code %1 is already used by another customer.</source>
        <translation>编号 %1 已被其他客户使用。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Expected a phone number such as 138 0013 8000 or +86 21 5555 0123.</source>
        <translation>请输入电话号码，例如 138 0013 8000 或 +86 21 5555 0123。</translation>
    </message>
    <message>
        <source>Expected an e-mail address such as name@example.com.</source>
        <translation>请输入电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Expected an amount such as 5000 or 12,500.50.</source>
        <translation>请输入金额，例如 5000 或 12,500.50。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same phone number.</source>
        <translation>与 %1（%2）的电话号码相同。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same e-mail address.</source>
        <translation>与 %1（%2）的电子邮件地址相同。</translation>
    </message>
    <message>
        <source>%1 (%2) has the same name.</source>
        <translation>与 %1（%2）的名称相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s) look alike too.</source>
        <translation>
            <numerusform>另有 %n 位客户也很相似。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be saved.</source>
        <translation>无法保存该客户。</translation>
    </message>
</context>
<context>
    <name>kehu::OwnerTargetModel</name>
    <message>
        <source>Double-click to set the target</source>
        <translation>双击设置目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>收入目标</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>New-customer target</source>
        <translation>新客户目标</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
</context>
<context>
    <name>kehu::ParetoChartView</name>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Cumulative revenue</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>A: %1% of customers, %2% of revenue</source>
        <translation type="vanished">A：%1% 的客户，%2% 的收入</translation>
    </message>
    <message>
        <source>A+B: %1% of customers, %2% of revenue</source>
        <translation type="vanished">A+B：%1% 的客户，%2% 的收入</translation>
    </message>
    <message>
        <source>A: %1% → %2% of revenue</source>
        <comment>Pareto legend: share of customers → share of revenue</comment>
        <translation>A：%1% 客户 → %2% 收入</translation>
    </message>
    <message>
        <source>A+B: %1% → %2% of revenue</source>
        <comment>Pareto legend: share of customers → share of revenue</comment>
        <translation>A+B：%1% 客户 → %2% 收入</translation>
    </message>
</context>
<context>
    <name>kehu::Prompter</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="vanished">可能重复</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="vanished">打开已有客户</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation type="vanished">合并到已有客户</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="vanished">仍然新建</translation>
    </message>
</context>
<context>
    <name>kehu::RecordChurnOutcomeCommand</name>
    <message>
        <source>Churn outcome of %1</source>
        <translation>%1 的流失结果</translation>
    </message>
    <message>
        <source>The outcome could not be saved.</source>
        <translation>挽回结果未能保存。</translation>
    </message>
</context>
<context>
    <name>kehu::RecordChurnReasonCommand</name>
    <message>
        <source>Churn reason of %1</source>
        <translation>%1 的流失原因</translation>
    </message>
    <message>
        <source>The churn reason could not be saved.</source>
        <translation>流失原因未能保存。</translation>
    </message>
</context>
<context>
    <name>kehu::RecordSurveyCommand</name>
    <message>
        <source>Survey answer of %1</source>
        <translation>%1 的调查回答</translation>
    </message>
</context>
<context>
    <name>kehu::RecordVisitCommand</name>
    <message>
        <source>Visit of %1</source>
        <translation>%1 的到访</translation>
    </message>
</context>
<context>
    <name>kehu::RestorePointListModel</name>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before a handover</source>
        <translation>移交前</translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation>删除个人信息前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>还原前</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>kehu::RestorePoints</name>
    <message>
        <source>A book on a server is backed up by the server (pg_dump, point-in-time recovery).</source>
        <translation>服务器上的客户库由服务器负责备份（pg_dump、时间点恢复）。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No restore point could be taken, so nothing was changed: %1</source>
        <translation>无法创建还原点，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>A book on a server is restored by the server&apos;s own tools.</source>
        <translation>服务器上的客户库需使用服务器自带的工具还原。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>kehu::RestorePointsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore Points</source>
        <translation>还原点</translation>
    </message>
    <message>
        <source>Kehu copies the whole book before every import, merge, handover, erasure and restore, and once a day, into %1. Restoring brings every customer, purchase and setting back as it was then; the audit log keeps what happened since. The book as it is now is kept as a restore point first.</source>
        <translation>Kehu 会在每次导入、合并、移交、删除个人信息和还原之前，以及每天一次，将整个客户库复制到 %1。还原会让所有客户、购买记录和设置回到当时的状态；此后发生的操作仍保留在审计日志中。还原前，当前的客户库会先保存为一个还原点。</translation>
    </message>
    <message>
        <source>&amp;Take One Now</source>
        <translation>立即创建(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete Old</source>
        <translation>删除旧还原点(&amp;D)</translation>
    </message>
    <message>
        <source>Keeps the newest %1 and those of the last %2 days</source>
        <translation>保留最新的 %1 个还原点，以及最近 %2 天内的所有还原点</translation>
    </message>
    <message>
        <source>A restore point was taken.</source>
        <translation>已创建还原点。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln old restore point(s) deleted.</source>
        <translation>
            <numerusform>已删除 %Ln 个旧还原点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted Restore Point</source>
        <translation>已加密的还原点</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Bring the whole book back to %1 (%2)? Everything written since is replaced; the book as it is now is kept as a restore point first.</source>
        <translation>将整个客户库还原到 %1（%2）时的状态？此后写入的所有内容都将被替换；当前的客户库会先保存为一个还原点。</translation>
    </message>
    <message>
        <source>The book was restored.</source>
        <translation>客户库已还原。</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewActionsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewCustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Quarter revenue</source>
        <translation>本季度收入</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewMigrationModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4</source>
        <translation>%1 → %2：%3 位客户，收入 %4</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewView</name>
    <message>
        <source>1. Quarter:</source>
        <translation>1. 季度：</translation>
    </message>
    <message>
        <source>2. Take snapshots and build the review</source>
        <translation>2. 生成快照并进行盘点</translation>
    </message>
    <message>
        <source>The quarter&apos;s snapshot is taken (or reused) and frozen, then compared with the previous quarter&apos;s.</source>
        <translation>生成（或沿用）本季度的快照并冻结，再与上季度的快照对比。</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Export CSV lists…</source>
        <translation>导出 CSV 名单…</translation>
    </message>
    <message>
        <source>Rows: last quarter; columns: this quarter. Click a cell to see its customers.</source>
        <translation>行：上季度；列：本季度。点击单元格查看对应客户。</translation>
    </message>
    <message>
        <source>3. Migration</source>
        <translation>3. 迁移</translation>
    </message>
    <message>
        <source>Became key customers</source>
        <translation>成为重点客户</translation>
    </message>
    <message>
        <source>Dropped a class</source>
        <translation>等级下降</translation>
    </message>
    <message>
        <source>New churn risks</source>
        <translation>新增流失预警</translation>
    </message>
    <message>
        <source>Win-back candidates</source>
        <translation>待挽回客户</translation>
    </message>
    <message>
        <source>Top customers by CLV</source>
        <translation>CLV 最高的客户</translation>
    </message>
    <message>
        <source>Show in the customer book</source>
        <translation>在客户列表中显示</translation>
    </message>
    <message>
        <source>4. Lists</source>
        <translation>4. 名单</translation>
    </message>
    <message>
        <source>5. Team</source>
        <translation>5. 团队</translation>
    </message>
    <message>
        <source>Follow-ups proposed by rule. Uncheck, reassign or move a due day, then create them.</source>
        <translation>按规则建议的回访任务。可取消勾选、更换负责人或调整到期日，然后创建。</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>创建回访任务</translation>
    </message>
    <message>
        <source>6. Actions</source>
        <translation>6. 行动</translation>
    </message>
    <message>
        <source>Review not built</source>
        <translation>盘点未完成</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export CSV lists into</source>
        <translation>把 CSV 名单导出到</translation>
    </message>
    <message>
        <source>Building the review of %1…</source>
        <translation>正在盘点 %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4</source>
        <translation type="vanished">%1 → %2：%3 位客户，收入 %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">分群</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="vanished">ABC</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="vanished">CLV</translation>
    </message>
    <message>
        <source>Quarter revenue</source>
        <translation type="vanished">本季度收入</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 active, %4 new, revenue %5; compared with %6.</source>
        <translation type="vanished">%1：客户 %2 位，活跃 %3 位，新增 %4 位，收入 %5；对比 %6。</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation type="vanished">无更早的快照</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>收入目标</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>按时完成的回访</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">到期日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Follow-ups not created</source>
        <translation>回访任务未创建</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) created.</source>
        <translation>
            <numerusform>已创建 %Ln 项回访任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>%1 (partial: data to %2)</source>
        <translation>%1（不完整：数据截至 %2）</translation>
    </message>
    <message>
        <source>No purchases, visits or surveys yet: there is no quarter to review.</source>
        <translation>还没有购买、来访或问卷记录：没有可盘点的季度。</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 active, %4 new, revenue %5</source>
        <translation>%1：客户 %2 位，活跃 %3 位，新增 %4 位，收入 %5</translation>
    </message>
    <message>
        <source>%1; compared with %2.</source>
        <translation>%1；对比 %2。</translation>
    </message>
    <message>
        <source>%1; no earlier quarter to compare with.</source>
        <translation>%1；没有更早的季度可对比。</translation>
    </message>
</context>
<context>
    <name>kehu::RowContext</name>
    <message>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>expected a value (this column is required)</source>
        <translation>不能为空（此列为必填）</translation>
    </message>
</context>
<context>
    <name>kehu::SaveConflict</name>
    <message>
        <source>%1 was merged into another customer or deleted on another desk before your change was saved. Your change (%2: %3) was not saved.</source>
        <translation>在您的修改保存之前，%1 已在另一台电脑上被合并到其他客户或被删除。您的修改（%2：%3）未保存。</translation>
    </message>
    <message>
        <source>Someone else saved %1 first (at %2). Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation>其他人已先保存了 %1（%2）。您的修改未保存，对方的内容也没有被覆盖。</translation>
    </message>
    <message>
        <source>%1 — yours: %2; in the book now: %3.</source>
        <translation>%1 —— 您的：%2；库中现在的：%3。</translation>
    </message>
    <message>
        <source>They also changed: %1.</source>
        <translation>对方还修改了：%1。</translation>
    </message>
    <message>
        <source>Their version is shown now; make your change again if it still applies.</source>
        <translation>现在显示的是对方的版本；如仍需要，请重新修改。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentRuleModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R 从</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R 到</translation>
    </message>
    <message>
        <source>F from</source>
        <translation>F 从</translation>
    </message>
    <message>
        <source>F to</source>
        <translation>F 到</translation>
    </message>
    <message>
        <source>M from</source>
        <translation>M 从</translation>
    </message>
    <message>
        <source>M to</source>
        <translation>M 到</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentTotalsModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentsView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-classify</source>
        <translation>重新分类</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="vanished">收入占比</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="vanished">建议行动</translation>
    </message>
    <message>
        <source>ABC classes (by revenue)</source>
        <translation>ABC 分类（按收入）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何更改。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Segments as of %1</source>
        <translation>客户分群（截至 %1）</translation>
    </message>
    <message>
        <source>Not classified yet: press Re-classify.</source>
        <translation>尚未分类：请点击“重新分类”。</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>无法读取分群：%1</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>正在读取分群…</translation>
    </message>
</context>
<context>
    <name>kehu::ServerConnectionForm</name>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密并校验服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>不加密（仅限局域网）</translation>
    </message>
    <message>
        <source>Enter the name of the book&apos;s database on the server.</source>
        <translation>请输入客户库在服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Enter the user name the server knows you by.</source>
        <translation>请输入您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（PostgreSQL 默认为 5432）。</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>请选择连接的加密方式。</translation>
    </message>
</context>
<context>
    <name>kehu::SettingsSession</name>
    <message>
        <source>The A share must be above 0 and at most the B share, and the B share at most 100%.</source>
        <translation>A 类占比必须大于 0 且不超过 B 类占比，B 类占比不能超过 100%。</translation>
    </message>
    <message>
        <source>The P(alive) for &quot;churned&quot; must not be above the one for &quot;at risk&quot;.</source>
        <translation>“判定流失”的存活概率阈值不能高于“流失预警”的阈值。</translation>
    </message>
    <message>
        <source>The gap factor for &quot;churned&quot; must not be below the one for &quot;at risk&quot;.</source>
        <translation>“判定流失”的间隔倍数不能低于“流失预警”的间隔倍数。</translation>
    </message>
    <message>
        <source>The days for a one-time buyer to count as churned must not be fewer than for at risk.</source>
        <translation>单次购买客户“判定流失”的天数不能少于“流失预警”的天数。</translation>
    </message>
    <message>
        <source>The CLV horizon must be at least one month.</source>
        <translation>终身价值的预测期至少为一个月。</translation>
    </message>
    <message>
        <source>In the segment rule &quot;%1&quot; a lower bound is above its upper bound.</source>
        <translation>分群规则“%1”中有下限高于上限。</translation>
    </message>
    <message>
        <source>The segment table needs at least one rule.</source>
        <translation>分群规则表至少需要一条规则。</translation>
    </message>
    <message>
        <source>The settings could not be written to the database.</source>
        <translation>设置无法写入数据库。</translation>
    </message>
</context>
<context>
    <name>kehu::SettingsView</name>
    <message>
        <source>Re-classified with the new rules. The table shows how each segment changed.</source>
        <translation>已按新规则重新分类。下表显示各分群的变化。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何更改。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>Recency (days):</source>
        <translation>最近购买 R（天）：</translation>
    </message>
    <message>
        <source>Frequency (purchases):</source>
        <translation>购买频次 F（次）：</translation>
    </message>
    <message>
        <source>Monetary (amount):</source>
        <translation>消费金额 M（金额）：</translation>
    </message>
    <message>
        <source>bins: </source>
        <translation>分档：</translation>
    </message>
    <message>
        <source>or cut points: 30, 90, 180</source>
        <translation>或分界点：30, 90, 180</translation>
    </message>
    <message>
        <source>Cut points must be ascending numbers separated by commas.</source>
        <translation>分界点必须是用逗号分隔、从小到大排列的数字。</translation>
    </message>
    <message>
        <source>Empty cut points: customers are split into equal-sized bins (quantiles). Amounts in whole currency units.</source>
        <translation>不填分界点时，按客户人数等分（分位数）。金额以整数货币单位（如元）计。</translation>
    </message>
    <message>
        <source>ABC classes</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>A: customers making the first</source>
        <translation>A 类：累计贡献前</translation>
    </message>
    <message>
        <source>B: up to</source>
        <translation>B 类：累计贡献至</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <translation>流失规则</translation>
    </message>
    <message>
        <source> × usual gap</source>
        <translation> × 平常间隔</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>At risk when P(alive) below:</source>
        <translation>流失预警：存活概率低于</translation>
    </message>
    <message>
        <source>Churned when P(alive) below:</source>
        <translation>判定流失：存活概率低于</translation>
    </message>
    <message>
        <source>At risk after a gap of:</source>
        <translation>流失预警：购买间隔达到</translation>
    </message>
    <message>
        <source>Churned after a gap of:</source>
        <translation>判定流失：购买间隔达到</translation>
    </message>
    <message>
        <source>One-time buyer at risk after:</source>
        <translation>流失预警：单次购买后沉寂</translation>
    </message>
    <message>
        <source>One-time buyer churned after:</source>
        <translation>判定流失：单次购买后沉寂</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值 (CLV)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>预测期：</translation>
    </message>
    <message>
        <source>Discount rate per month:</source>
        <translation>月折现率：</translation>
    </message>
    <message>
        <source>Currency and language</source>
        <translation>货币与语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>RFM segment rules (the first matching rule wins)</source>
        <translation>RFM 分群规则（按顺序匹配，第一条符合的规则生效）</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Effect of the last change</source>
        <translation>上次修改的效果</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and re-classify</source>
        <translation>保存并重新分类</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Saved. The next classification uses these rules.</source>
        <translation>已保存。下次分类将使用这些规则。</translation>
    </message>
    <message>
        <source>The new language is used the next time Kehu starts.</source>
        <translation>新语言将在下次启动 Kehu 时生效。</translation>
    </message>
    <message>
        <source>Dates, numbers and money follow the language chosen here.</source>
        <translation>日期、数字和金额的格式跟随此处选择的语言。</translation>
    </message>
    <message>
        <source>MBG/NBD: one-time buyers can drop out</source>
        <translation>MBG/NBD：只购买过一次的客户也可能流失</translation>
    </message>
    <message>
        <source>BG/NBD: dropout only after a repeat purchase</source>
        <translation>BG/NBD：只有复购过的客户才可能流失</translation>
    </message>
    <message>
        <source>The model behind P(alive), expected purchases and CLV. Under BG/NBD a customer who bought only once counts as certainly alive, however long ago that was.</source>
        <translation>用于计算存活概率、预期购买次数和客户终身价值 (CLV) 的模型。在 BG/NBD 下，只购买过一次的客户无论过去多久都视为仍然存活。</translation>
    </message>
    <message>
        <source>Purchase model:</source>
        <translation>购买模型：</translation>
    </message>
</context>
<context>
    <name>kehu::SignInView</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;登录&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This customer book is shared: sign in with the name and password its owner gave you.
%1</source>
        <translation>此客户库是共享的：请使用所有者提供给您的用户名和密码登录。
%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyDialog</name>
    <message>
        <source>Survey answer of %1</source>
        <translation>%1 的调查回答</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>kehu::TextEncoding</name>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is read as %1 as requested</source>
        <translation>文件以 UTF-8 字节顺序标记开头，但按要求以 %1 读取</translation>
    </message>
    <message>
        <source>the file is not valid %1 (odd length or broken surrogate pairs)</source>
        <translation>文件不是有效的 %1（长度为奇数或代理对损坏）</translation>
    </message>
    <message>
        <source>this system has no GB18030 converter (Qt was built without ICU); save the file as UTF-8 and import it again</source>
        <translation>本系统没有 GB18030 转换器（Qt 编译时未带 ICU）；请把文件另存为 UTF-8 后重新导入</translation>
    </message>
</context>
<context>
    <name>kehu::UserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Ask for Sign-in</source>
        <translation>要求登录</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>From now on everyone who opens this book signs in. You are its first user and its owner: you add the others and choose what each may do. Keep the password safe: without an owner&apos;s password nobody can manage users.</source>
        <translation>从现在起，打开此客户库的每个人都需要登录。您是它的第一个用户，也是它的所有者：由您添加其他用户，并决定每个人可以做什么。请妥善保管密码：没有所有者的密码，任何人都无法管理用户。</translation>
    </message>
    <message>
        <source>Give the new password to the person in person; they can change it under File ▸ Change My Password.</source>
        <translation>请将新密码当面交给本人；对方可在“文件 ▸ 修改我的密码”中自行修改。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none: a manager then sees the whole book</source>
        <translation>无：经理将可查看整个客户库</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The two passwords differ: type the new password twice.</source>
        <translation>两次输入的密码不一致：请将新密码输入两遍。</translation>
    </message>
</context>
<context>
    <name>kehu::UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A user name cannot begin or end with a space.</source>
        <translation>用户名的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>用户名最多 64 个字符。</translation>
    </message>
    <message>
        <source>A user name cannot hold control characters.</source>
        <translation>用户名不能包含控制字符。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A password has at most 1024 characters.</source>
        <translation>密码最多 1024 个字符。</translation>
    </message>
    <message>
        <source>The first user of a book is its owner: the person at this desk.</source>
        <translation>客户库的第一个用户就是它的所有者：即正在使用这台电脑的人。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>无法对密码进行哈希处理（内存不足？）。</translation>
    </message>
    <message>
        <source>%1 is the book&apos;s last owner: make someone else an owner first.</source>
        <translation>%1 是客户库的最后一位所有者：请先将其他人设为所有者。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>This user is disabled: ask an owner.</source>
        <translation>此用户已被停用：请联系所有者。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多：请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: this book has users.</source>
        <translation>请先登录：此客户库已设置用户。</translation>
    </message>
</context>
<context>
    <name>kehu::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>everything, including users and backups</source>
        <translation>全部权限，包括用户和备份</translation>
    </message>
    <message>
        <source>the whole book, or their team&apos;s customers</source>
        <translation>整个客户库，或本团队的客户</translation>
    </message>
    <message>
        <source>their own customers: visits, surveys, follow-ups</source>
        <translation>自己名下的客户：来访、调查、回访</translation>
    </message>
    <message>
        <source>reads customers and figures, changes nothing</source>
        <translation>查看客户和统计数据，不能修改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Waiting after wrong passwords until %1</source>
        <translation>密码错误次数过多，%1 前不能登录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>kehu::UsersView</name>
    <message>
        <source>Ask for &amp;Sign-in…</source>
        <translation>要求登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Everyone who opens this book signs in. Owners manage users and backups; managers work on the whole book or their team&apos;s customers; staff on their own customers; viewers read. A disabled user cannot sign in; their customers stay theirs until handed over.</source>
        <translation>打开此客户库的每个人都需要登录。所有者管理用户和备份；经理处理整个客户库或本团队的客户；店员处理自己名下的客户；查看者只能查看。已停用的用户无法登录；其名下的客户在移交之前仍归其负责。</translation>
    </message>
    <message>
        <source>This book has no users: anyone who opens the file works on it as its owner. To share it with a team, ask for sign-in: you become its first user and owner, and then add the others.</source>
        <translation>此客户库尚未设置用户：任何人打开此文件都以所有者身份使用。如需与团队共享，请点击“要求登录”：您将成为它的第一个用户和所有者，然后再添加其他用户。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in. Their customers stay theirs until you hand them over. Disable %1?</source>
        <translation>%1 将无法登录。其名下的客户在您移交之前仍归其负责。确定要停用 %1 吗？</translation>
    </message>
</context>
<context>
    <name>kehu::VisitEntryForm</name>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Visit for: %1</source>
        <translation>来访客户：%1</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation type="vanished">金额不是数字。</translation>
    </message>
    <message>
        <source>Saved the visit of %1.</source>
        <translation>已保存 %1 的来访记录。</translation>
    </message>
</context>
</TS>
