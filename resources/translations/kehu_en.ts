<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FigureDisagreement</name>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which compares the days since the last purchase with this customer&apos;s usual gap between purchases.</source>
        <translation>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which compares the days since the last purchase with this customer&apos;s usual gap between purchases.</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which looks at the days since the last purchase.</source>
        <translation>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the flag “%2” comes from the churn rule “%3”, which looks at the days since the last purchase.</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the segment “%2” comes from the RFM scores, which rank the days since the last purchase against all other customers.</source>
        <translation>P(alive) comes from the purchase-rate model (%1), which looks at how often this customer bought; the segment “%2” comes from the RFM scores, which rank the days since the last purchase against all other customers.</translation>
    </message>
    <message>
        <source>P(alive) comes from the purchase-rate model (%1): for a customer who bought this often, the time since the last purchase is long; the segment “%2” comes from the RFM scores, which still rank this customer among the best of all customers.</source>
        <translation>P(alive) comes from the purchase-rate model (%1): for a customer who bought this often, the time since the last purchase is long; the segment “%2” comes from the RFM scores, which still rank this customer among the best of all customers.</translation>
    </message>
    <message>
        <source>BG/NBD counts a customer without a repeat purchase as certainly alive; the MBG/NBD model (Settings) does not.</source>
        <translation>BG/NBD counts a customer without a repeat purchase as certainly alive; the MBG/NBD model (Settings) does not.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one here</source>
        <translation>Choose a CSV file, or drop one here</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>How the file is read</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>First row is a &amp;header</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Skip invalid rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Reset mapping</source>
        <translation>&amp;Reset mapping</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>C&amp;heck file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KehuClassificationJob</name>
    <message>
        <source>Summarising purchases</source>
        <translation>Summarising purchases</translation>
    </message>
    <message>
        <source>Scoring RFM</source>
        <translation>Scoring RFM</translation>
    </message>
    <message>
        <source>ABC classes</source>
        <translation>ABC classes</translation>
    </message>
    <message>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>Fitting BG/NBD and Gamma-Gamma</translation>
    </message>
    <message>
        <source>Predicting CLV and P(alive)</source>
        <translation>Predicting CLV and P(alive)</translation>
    </message>
    <message>
        <source>Churn flags</source>
        <translation>Churn flags</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Saving the snapshot</translation>
    </message>
    <message>
        <source>Re-classified in the app</source>
        <translation>Re-classified in the app</translation>
    </message>
    <message>
        <source>Loading purchases</source>
        <translation>Loading purchases</translation>
    </message>
</context>
<context>
    <name>KehuCohortJob</name>
    <message>
        <source>The purchases could not be read.</source>
        <translation>The purchases could not be read.</translation>
    </message>
</context>
<context>
    <name>KehuCreateFollowUpsCommand</name>
    <message numerus="yes">
        <source>Create %n follow-up(s)</source>
        <translation>
            <numerusform>Create %n follow-up</numerusform>
            <numerusform>Create %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KehuHandOverCommand</name>
    <message numerus="yes">
        <source>Hand %n customer(s) over to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KehuLabels</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potential loyalists</translation>
    </message>
    <message>
        <source>Loyal customers</source>
        <translation>Loyal customers</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Can&apos;t lose them</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">At risk</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>About to sleep</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Lost</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Reward them; ask for referrals and reviews; early access to new products.</source>
        <translation>Reward them; ask for referrals and reviews; early access to new products.</translation>
    </message>
    <message>
        <source>Offer membership or a loyalty programme; recommend related products.</source>
        <translation>Offer membership or a loyalty programme; recommend related products.</translation>
    </message>
    <message>
        <source>Upsell higher-value products; ask for feedback.</source>
        <translation>Upsell higher-value products; ask for feedback.</translation>
    </message>
    <message>
        <source>Build the relationship: free trials, a personal follow-up call.</source>
        <translation>Build the relationship: free trials, a personal follow-up call.</translation>
    </message>
    <message>
        <source>Welcome them; help with the first use; follow up within a week.</source>
        <translation>Welcome them; help with the first use; follow up within a week.</translation>
    </message>
    <message>
        <source>Win them back in person: call, visit, a tailored offer.</source>
        <translation>Win them back in person: call, visit, a tailored offer.</translation>
    </message>
    <message>
        <source>Send a personal message; offer renewals; find out what changed.</source>
        <translation>Send a personal message; offer renewals; find out what changed.</translation>
    </message>
    <message>
        <source>Limited-time offer based on their purchase history.</source>
        <translation>Limited-time offer based on their purchase history.</translation>
    </message>
    <message>
        <source>Share popular products and a discount to reconnect.</source>
        <translation>Share popular products and a discount to reconnect.</translation>
    </message>
    <message>
        <source>Revive interest with an outreach campaign; otherwise let go.</source>
        <translation>Revive interest with an outreach campaign; otherwise let go.</translation>
    </message>
    <message>
        <source>Review individually.</source>
        <translation>Review individually.</translation>
    </message>
    <message>
        <source>A (key)</source>
        <translation>A (key)</translation>
    </message>
    <message>
        <source>B (regular)</source>
        <translation>B (regular)</translation>
    </message>
    <message>
        <source>C (minor)</source>
        <translation>C (minor)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Active</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="vanished">Churned</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>No purchases</translation>
    </message>
    <message>
        <source>P(alive) below threshold</source>
        <translation>P(alive) below threshold</translation>
    </message>
    <message>
        <source>Gap longer than usual</source>
        <translation>Gap longer than usual</translation>
    </message>
    <message>
        <source>One-time buyer, inactive</source>
        <translation>One-time buyer, inactive</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Store visit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>Analytic</translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation>Expressive</translation>
    </message>
    <message>
        <source>Amiable</source>
        <translation>Amiable</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Steady</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>Needs changed</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Went to a competitor</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Won back</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Cadence: %1</translation>
    </message>
    <message>
        <source>Review: new churn risk</source>
        <translation>Review: new churn risk</translation>
    </message>
    <message>
        <source>Review: win back</source>
        <translation>Review: win back</translation>
    </message>
    <message>
        <source>Review: dropped a class</source>
        <translation>Review: dropped a class</translation>
    </message>
    <message>
        <source>Review: became key</source>
        <translation>Review: became key</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>RFM segment</comment>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>RFM segment</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn flag</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn flag</comment>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>churn flag</comment>
        <translation>Churned</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>lifecycle status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>lifecycle status</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn outcome</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Store</source>
        <comment>channel</comment>
        <translation>Store</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>channel</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>channel</comment>
        <translation>Referral</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>channel</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>channel</comment>
        <translation>Trade fair</translation>
    </message>
    <message>
        <source>Cold call</source>
        <comment>channel</comment>
        <translation>Cold call</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>channel</comment>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>quarter: year, number</comment>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>Asked for at a visit</source>
        <translation>Asked for at a visit</translation>
    </message>
    <message>
        <source>High frequency</source>
        <comment>purchase behaviour</comment>
        <translation>High frequency</translation>
    </message>
    <message>
        <source>Low frequency</source>
        <comment>purchase behaviour</comment>
        <translation>Low frequency</translation>
    </message>
    <message>
        <source>One-time</source>
        <comment>purchase behaviour</comment>
        <translation>One-time</translation>
    </message>
    <message>
        <source>High value</source>
        <comment>value tier</comment>
        <translation>High value</translation>
    </message>
    <message>
        <source>Mid value</source>
        <comment>value tier</comment>
        <translation>Mid value</translation>
    </message>
    <message>
        <source>Low value</source>
        <comment>value tier</comment>
        <translation>Low value</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>customer field</comment>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer field</comment>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>customer field</comment>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>customer field</comment>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>customer field</comment>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <source>Industry</source>
        <comment>customer field</comment>
        <translation type="unfinished">Industry</translation>
    </message>
    <message>
        <source>Company size</source>
        <comment>customer field</comment>
        <translation type="unfinished">Company size</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>customer field</comment>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customer field</comment>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customer field</comment>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>customer field</comment>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Personality</source>
        <comment>customer field</comment>
        <translation type="unfinished">Personality</translation>
    </message>
    <message>
        <source>Customer type</source>
        <comment>customer field</comment>
        <translation type="unfinished">Customer type</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <comment>customer field</comment>
        <translation type="unfinished">Explicit needs</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <comment>customer field</comment>
        <translation type="unfinished">Implicit needs</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>customer field</comment>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Preferences</source>
        <comment>customer field</comment>
        <translation type="unfinished">Preferences</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>customer field</comment>
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer field</comment>
        <translation type="unfinished">Notes</translation>
    </message>
</context>
<context>
    <name>KehuMarkFollowUpDoneCommand</name>
    <message>
        <source>Mark a follow-up done</source>
        <translation>Mark a follow-up done</translation>
    </message>
</context>
<context>
    <name>KehuRescheduleFollowUpCommand</name>
    <message>
        <source>Reschedule a follow-up</source>
        <translation>Reschedule a follow-up</translation>
    </message>
</context>
<context>
    <name>KehuSaveSettingsCommand</name>
    <message>
        <source>Change the settings</source>
        <translation>Change the settings</translation>
    </message>
</context>
<context>
    <name>KehuSetCadenceRulesCommand</name>
    <message>
        <source>Change the follow-up rules</source>
        <translation>Change the follow-up rules</translation>
    </message>
</context>
<context>
    <name>KehuSetOwnerTargetCommand</name>
    <message>
        <source>Set the %1 target of %2</source>
        <translation>Set the %1 target of %2</translation>
    </message>
</context>
<context>
    <name>KehuSetSegmentActionCommand</name>
    <message>
        <source>Edit the action of a segment</source>
        <translation>Edit the action of a segment</translation>
    </message>
</context>
<context>
    <name>KehuSurveyEntry</name>
    <message>
        <source>Choose a customer first.</source>
        <translation>Choose a customer first.</translation>
    </message>
    <message>
        <source>Give an NPS score, a CSAT score or both.</source>
        <translation>Give an NPS score, a CSAT score or both.</translation>
    </message>
    <message>
        <source>NPS is 0 to 10.</source>
        <translation>NPS is 0 to 10.</translation>
    </message>
    <message>
        <source>CSAT is 1 to 5.</source>
        <translation>CSAT is 1 to 5.</translation>
    </message>
    <message>
        <source>Enter the date of the answer.</source>
        <translation>Enter the date of the answer.</translation>
    </message>
    <message>
        <source>The survey date cannot be in the future.</source>
        <translation>The survey date cannot be in the future.</translation>
    </message>
    <message>
        <source>The survey could not be saved.</source>
        <translation>The survey could not be saved.</translation>
    </message>
</context>
<context>
    <name>KehuVisitEntry</name>
    <message>
        <source>Choose a customer or type a name for a new one.</source>
        <translation>Choose a customer or type a name for a new one.</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <source>NPS is 0 to 10.</source>
        <translation>NPS is 0 to 10.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>The visit could not be saved.</translation>
    </message>
    <message>
        <source>The next follow-up needs a date.</source>
        <translation>The next follow-up needs a date.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>138 0013 8000</source>
        <translation>138 0013 8000</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Co&amp;mpany:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>Company si&amp;ze:</source>
        <translation>Company si&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle status:</source>
        <translation>&amp;Lifecycle status:</translation>
    </message>
    <message>
        <source>Personali&amp;ty type:</source>
        <translation>Personali&amp;ty type:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>50,000</source>
        <translation>50,000</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>vip, 团购</source>
        <translation>vip, 团购</translation>
    </message>
    <message>
        <source>E&amp;xplicit needs:</source>
        <translation>E&amp;xplicit needs:</translation>
    </message>
    <message>
        <source>Impli&amp;cit needs:</source>
        <translation>Impli&amp;cit needs:</translation>
    </message>
    <message>
        <source>Pre&amp;ferences:</source>
        <translation>Pre&amp;ferences:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Open that customer</source>
        <translation>&amp;Open that customer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Record a survey</source>
        <translation>Record a survey</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;NPS (0-10):</source>
        <translation>&amp;NPS (0-10):</translation>
    </message>
    <message>
        <source>&amp;Reason or comment:</source>
        <translation>&amp;Reason or comment:</translation>
    </message>
    <message>
        <source>&amp;CSAT (1-5):</source>
        <translation>&amp;CSAT (1-5):</translation>
    </message>
</context>
<context>
    <name>VisitEntryForm</name>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Phone, name, code or company</source>
        <translation>Phone, name, code or company</translation>
    </message>
    <message>
        <source>New customer&apos;s &amp;phone:</source>
        <translation>New customer&apos;s &amp;phone:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>&amp;Satisfaction (1-5):</translation>
    </message>
    <message>
        <source>&amp;NPS (0-10):</source>
        <translation>&amp;NPS (0-10):</translation>
    </message>
    <message>
        <source>NPS &amp;reason:</source>
        <translation>NPS &amp;reason:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>Next &amp;follow-up:</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>kehu</name>
    <message>
        <source>expected GB18030 text, found invalid bytes (try --encoding utf-8 or --encoding latin1)</source>
        <translation type="vanished">expected GB18030 text, found invalid bytes (try --encoding utf-8 or --encoding latin1)</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try --encoding gb18030)</source>
        <translation type="vanished">expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try --encoding gb18030)</translation>
    </message>
    <message>
        <source>expected a customer code or a name</source>
        <translation>expected a customer code or a name</translation>
    </message>
    <message>
        <source>expected a phone number with at least 5 digits</source>
        <translation>expected a phone number with at least 5 digits</translation>
    </message>
    <message>
        <source>expected an e-mail address (no &apos;@&apos;)</source>
        <translation>expected an e-mail address (no &apos;@&apos;)</translation>
    </message>
    <message>
        <source>expected an NPS (0-10) or a CSAT (1-5) value</source>
        <translation>expected an NPS (0-10) or a CSAT (1-5) value</translation>
    </message>
    <message>
        <source>expected a header and data rows; the file is empty</source>
        <translation>expected a header and data rows; the file is empty</translation>
    </message>
    <message>
        <source>expected a closing quote for the quoted field that opens at character %1 (the rest of the line was read as this field)</source>
        <translation>expected a closing quote for the quoted field that opens at character %1 (the rest of the line was read as this field)</translation>
    </message>
    <message>
        <source>expected no quote inside an unquoted field (character %1); quote the whole field and double inner quotes: &quot;a &quot;&quot;b&quot;&quot; c&quot;</source>
        <translation>expected no quote inside an unquoted field (character %1); quote the whole field and double inner quotes: &quot;a &quot;&quot;b&quot;&quot; c&quot;</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote (character %1)</source>
        <translation>expected a delimiter or the end of the line after the closing quote (character %1)</translation>
    </message>
    <message>
        <source>expected text, found a NUL byte at character %1 (is this a UTF-16 file without a byte order mark, or not a text file?)</source>
        <translation>expected text, found a NUL byte at character %1 (is this a UTF-16 file without a byte order mark, or not a text file?)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <source>expected at least %1 fields, found %2</source>
        <translation>expected at least %1 fields, found %2</translation>
    </message>
    <message>
        <source>identical to line %1; imported as a separate row</source>
        <translation>identical to line %1; imported as a separate row</translation>
    </message>
    <message>
        <source>expected data rows after the header; there are none</source>
        <translation>expected data rows after the header; there are none</translation>
    </message>
    <message>
        <source>expected GB18030 text, found invalid bytes (try reading the file as UTF-8 or Latin-1)</source>
        <translation>expected GB18030 text, found invalid bytes (try reading the file as UTF-8 or Latin-1)</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try reading it as GB18030)</source>
        <translation>expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try reading it as GB18030)</translation>
    </message>
    <message>
        <source>expected a column number from 1 to %1 in the mapping</source>
        <translation>expected a column number from 1 to %1 in the mapping</translation>
    </message>
    <message>
        <source>expected the name of a column in the mapping; the file has: %1</source>
        <translation>expected the name of a column in the mapping; the file has: %1</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3</source>
        <translation>expected a column for %1; headers found: %2; accepted names: %3</translation>
    </message>
</context>
<context>
    <name>kehu::AccessGuard</name>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run or remove classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the book&apos;s settings and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: this book has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: ask an owner or a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 outside their own customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 for %3: only for their own customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand customers over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or erase a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AuditLogModel</name>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record win-back outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep review snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase old deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old restore points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Customer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AuditView</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record to see its values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln records; narrow the filters to see older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::BackgroundTask</name>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
</context>
<context>
    <name>kehu::BackupCipher</name>
    <message>
        <source>A backup&apos;s passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Kehu backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup&apos;s header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or %1 is damaged: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CadenceRulesModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Every (days)</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>Within (days)</translation>
    </message>
</context>
<context>
    <name>kehu::ChurnWatchModel</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Value at risk (CLV)</source>
        <translation>Value at risk (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>Flagged by</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>Churn reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>kehu::ChurnWatchView</name>
    <message>
        <source>Customers at risk, by value at risk</source>
        <translation>Customers at risk, by value at risk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Owner</translation>
    </message>
    <message>
        <source>Value at risk (CLV)</source>
        <translation type="vanished">Value at risk (CLV)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="vanished">P(alive)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="vanished">Last purchase</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation type="vanished">Churn reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Outcome</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Record reason</source>
        <translation>Record reason</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Won back</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>kehu::CohortRetentionModel</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>kehu::ColumnMapping</name>
    <message>
        <source>expected column=field in the mapping, found &quot;%1&quot;</source>
        <translation>expected column=field in the mapping, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>expected a column number from 1 to %1 in the mapping</source>
        <translation type="vanished">expected a column number from 1 to %1 in the mapping</translation>
    </message>
    <message>
        <source>expected the name of a column in the mapping; the file has: %1</source>
        <translation type="vanished">expected the name of a column in the mapping; the file has: %1</translation>
    </message>
    <message>
        <source>expected one of these fields in the mapping: %1</source>
        <translation>expected one of these fields in the mapping: %1</translation>
    </message>
    <message>
        <source>expected each field once in the mapping; %1 is already mapped to %2</source>
        <translation>expected each field once in the mapping; %1 is already mapped to %2</translation>
    </message>
    <message>
        <source>expected one column for %1; using %2 and ignoring this one</source>
        <translation>expected one column for %1; using %2 and ignoring this one</translation>
    </message>
    <message>
        <source>(no header row)</source>
        <translation>(no header row)</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3 (or name the column with --map COLUMN=%4)</source>
        <translation type="vanished">expected a column for %1; headers found: %2; accepted names: %3 (or name the column with --map COLUMN=%4)</translation>
    </message>
    <message>
        <source>expected a column for %1; headers found: %2; accepted names: %3</source>
        <translation type="vanished">expected a column for %1; headers found: %2; accepted names: %3</translation>
    </message>
</context>
<context>
    <name>kehu::ConnectServerDialog</name>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s customer book on a PostgreSQL server. Whoever runs the server gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ConnectionBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Nothing half-written was stored; what you typed is still on the screen. Reconnect, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 still cannot be reached: %2. Check the network or ask whoever runs the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CreateCustomerCommand</name>
    <message>
        <source>New customer %1</source>
        <translation>New customer %1</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerBook</name>
    <message>
        <source>The customer has a history now: delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whoever added the customer can take it back: delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerBookView</name>
    <message>
        <source>Search name, phone, code or company</source>
        <translation>Search name, phone, code or company</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>All ABC classes</translation>
    </message>
    <message>
        <source>Any churn flag</source>
        <translation>Any churn flag</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation type="vanished">the same phone number</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation type="vanished">the same e-mail address</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation type="vanished">the same name</translation>
    </message>
    <message>
        <source>%1 (%2) has %3. Open that customer, merge the new details into it, or create a new customer?</source>
        <translation type="vanished">%1 (%2) has %3. Open that customer, merge the new details into it, or create a new customer?</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="vanished">New customer</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation type="vanished">The customer could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <source>Click to show all customers again</source>
        <translation>Click to show all customers again</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) ✕</source>
        <translation>
            <numerusform>%1: %Ln customer ✕</numerusform>
            <numerusform>%1: %Ln customers ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Duplicates into This Customer…</source>
        <translation>Merge Duplicates into This Customer…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>No other customer has the same phone number, e-mail address or name as %1.</source>
        <translation>No other customer has the same phone number, e-mail address or name as %1.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)? All of %1&apos;s purchases, visits, surveys, follow-ups and churn records move to %3, and %1 leaves the book.</source>
        <translation>Merge %1 (%2) into %3 (%4)? All of %1&apos;s purchases, visits, surveys, follow-ups and churn records move to %3, and %1 leaves the book.</translation>
    </message>
    <message>
        <source>The customers could not be merged: %1</source>
        <translation>The customers could not be merged: %1</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <source>No customers match “%1” with the filters chosen.</source>
        <translation>No customers match “%1” with the filters chosen.</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>No customers match “%1”.</translation>
    </message>
    <message>
        <source>No customers match the filters chosen.</source>
        <translation>No customers match the filters chosen.</translation>
    </message>
    <message>
        <source>The book has no customers yet.</source>
        <translation>The book has no customers yet.</translation>
    </message>
    <message>
        <source>Hand Over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customers listed, with their open follow-ups, to another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Over Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the book holds about them is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, company, notes and the text of their visits and surveys are removed for good, also from the audit log. Their purchases stay, as an anonymous customer&apos;s, so the figures stay true. This cannot be undone. Erase them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerDetailPane</name>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="vanished">Company</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="vanished">Industry</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="vanished">Company size</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Owner</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <translation type="vanished">Explicit needs</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <translation type="vanished">Implicit needs</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">Preferences</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="vanished">Personality</translation>
    </message>
    <message>
        <source>This %1 is not valid; it was not saved.</source>
        <translation>This %1 is not valid; it was not saved.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>R / F / M</source>
        <translation>R / F / M</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>NPS (mean)</source>
        <translation>NPS (mean)</translation>
    </message>
    <message>
        <source>Record &amp;survey…</source>
        <translation>Record &amp;survey…</translation>
    </message>
    <message>
        <source>P(alive) · %1</source>
        <translation>P(alive) · %1</translation>
    </message>
    <message>
        <source>P(alive) from the %1 purchase model of the classification run</source>
        <translation>P(alive) from the %1 purchase model of the classification run</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to marketing (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this customer, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a change to see the values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
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
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerTimelineModel</name>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1, quantity %2</source>
        <translation>%1, quantity %2</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>satisfaction %1/5</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>follow up %1</translation>
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
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kehu::DashboardView</name>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Won back</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Average CLV</translation>
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
        <translation>Customers per period (dashed: forecast)</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>ABC classes by customers</source>
        <translation>ABC classes by customers</translation>
    </message>
    <message>
        <source>ABC Pareto curve</source>
        <translation>ABC Pareto curve</translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation>Customers by R and F score</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>CLV distribution</translation>
    </message>
    <message>
        <source>NPS and CSAT per month</source>
        <translation>NPS and CSAT per month</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promoters, passives and detractors</translation>
    </message>
    <message>
        <source>Churn risk by segment</source>
        <translation>Churn risk by segment</translation>
    </message>
    <message>
        <source>R %1, F %2</source>
        <translation>R %1, F %2</translation>
    </message>
    <message>
        <source>CLV bin %1</source>
        <translation>CLV bin %1</translation>
    </message>
    <message>
        <source>CLV %1</source>
        <translation>CLV %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>No classification yet: re-classify (Ctrl+R) to fill the dashboard.</source>
        <translation>No classification yet: re-classify (Ctrl+R) to fill the dashboard.</translation>
    </message>
    <message>
        <source>Snapshot of %1, compared with %2</source>
        <translation>Snapshot of %1, compared with %2</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Snapshot of %1</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>no earlier snapshot</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>in the date range</source>
        <translation>in the date range</translation>
    </message>
    <message>
        <source>all periods</source>
        <translation>all periods</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>Active (forecast)</source>
        <translation>Active (forecast)</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Best %1 customers by revenue (%2% of customers, up to class %3)</source>
        <translation>Best %1 customers by revenue (%2% of customers, up to class %3)</translation>
    </message>
    <message>
        <source>CSAT answers in %1</source>
        <translation>CSAT answers in %1</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>NPS answers in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Click to see these customers</source>
        <translation>Click to see these customers</translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation>no earlier period</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partial)</translation>
    </message>
    <message>
        <source>Counting the customers of the filter…</source>
        <translation>Counting the customers of the filter…</translation>
    </message>
    <message>
        <source>Customers of the filter; no forecast (the model is the whole book&apos;s).</source>
        <translation>Customers of the filter; no forecast (the model is the whole book&apos;s).</translation>
    </message>
    <message>
        <source>The data ends on %1: the last period is partial (dotted).</source>
        <translation>The data ends on %1: the last period is partial (dotted).</translation>
    </message>
    <message>
        <source>Click a month to see its customers.</source>
        <translation>Click a month to see its customers.</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>New in %1</translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation>Active in %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Churned in %1</translation>
    </message>
</context>
<context>
    <name>kehu::DistributorScorecardModel</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>Follow-ups on time</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>kehu::DistributorsView</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Distributor scorecard</source>
        <translation>Distributor scorecard</translation>
    </message>
    <message>
        <source>Customers of type distributor, ranked by a score of sales (40%), growth on the quarter before (20%), CSAT (20%) and follow-ups done on time (20%). Double-click a distributor to open it.</source>
        <translation>Customers of type distributor, ranked by a score of sales (40%), growth on the quarter before (20%), CSAT (20%) and follow-ups done on time (20%). Double-click a distributor to open it.</translation>
    </message>
    <message>
        <source>Sales team: targets and actuals</source>
        <translation>Sales team: targets and actuals</translation>
    </message>
    <message>
        <source>Revenue and new customers of each owner&apos;s customers in the quarter. Double-click a target to change it (Ctrl+Z undoes).</source>
        <translation>Revenue and new customers of each owner&apos;s customers in the quarter. Double-click a target to change it (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="vanished">%1 Q%2</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the quarter&apos;s sales…</source>
        <translation>Reading the quarter&apos;s sales…</translation>
    </message>
</context>
<context>
    <name>kehu::EditCustomerCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
</context>
<context>
    <name>kehu::FieldLimits</name>
    <message>
        <source>%1 characters long; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FieldParsers</name>
    <message>
        <source>expected a date such as 2024-03-15 (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd or yyyy年M月d日)</source>
        <translation>expected a date such as 2024-03-15 (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd or yyyy年M月d日)</translation>
    </message>
    <message>
        <source>ambiguous date: the order of day and month is unknown; name the format with --date-format (dd/MM/yyyy or MM/dd/yyyy)</source>
        <translation type="vanished">ambiguous date: the order of day and month is unknown; name the format with --date-format (dd/MM/yyyy or MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>expected a real calendar date (this day does not exist)</source>
        <translation>expected a real calendar date (this day does not exist)</translation>
    </message>
    <message>
        <source>expected an amount such as 1234.50, 1,234.50 or ¥1,234.50</source>
        <translation type="vanished">expected an amount such as 1234.50, 1,234.50 or ¥1,234.50</translation>
    </message>
    <message>
        <source>expected a smaller amount (too large to store)</source>
        <translation type="vanished">expected a smaller amount (too large to store)</translation>
    </message>
    <message>
        <source>expected a decimal point, not a decimal comma: write 12.50, not 12,50</source>
        <translation type="vanished">expected a decimal point, not a decimal comma: write 12.50, not 12,50</translation>
    </message>
    <message>
        <source>expected thousands separators in groups of three, as in 1,234,567.89</source>
        <translation type="vanished">expected thousands separators in groups of three, as in 1,234,567.89</translation>
    </message>
    <message>
        <source>expected at most 2 decimal places (amounts are kept in fen / cents)</source>
        <translation type="vanished">expected at most 2 decimal places (amounts are kept in fen / cents)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a date and time such as 2024-03-15 14:30 (yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss)</source>
        <translation>expected a date and time such as 2024-03-15 14:30 (yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss)</translation>
    </message>
    <message>
        <source>ambiguous date: the order of day and month is unknown; say whether the day or the month comes first (dd/MM/yyyy or MM/dd/yyyy)</source>
        <translation>ambiguous date: the order of day and month is unknown; say whether the day or the month comes first (dd/MM/yyyy or MM/dd/yyyy)</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpListModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpPlanModel</name>
    <message>
        <source>Every day of this follow-up&apos;s window is full: it is due after it.</source>
        <translation>Every day of this follow-up&apos;s window is full: it is due after it.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpsView</name>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>Due and overdue follow-ups</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>Any due day</source>
        <translation>Any due day</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>What was said (optional)</translation>
    </message>
    <message>
        <source>Mark done and log the visit</source>
        <translation>Mark done and log the visit</translation>
    </message>
    <message>
        <source>Cadence rules per segment</source>
        <translation>Cadence rules per segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">Segment</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation type="vanished">Every (days)</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation type="vanished">Within (days)</translation>
    </message>
    <message>
        <source>Every: due this long after the last contact. Within: at the latest this long after planning. 0 = not set.</source>
        <translation>Every: due this long after the last contact. Within: at the latest this long after planning. 0 = not set.</translation>
    </message>
    <message>
        <source>Plan follow-ups due within</source>
        <translation>Plan follow-ups due within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <source>Plan from rules</source>
        <translation>Plan from rules</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>Plan to preview the follow-ups the rules would create.</source>
        <translation>Plan to preview the follow-ups the rules would create.</translation>
    </message>
    <message>
        <source>Create checked follow-ups</source>
        <translation>Create checked follow-ups</translation>
    </message>
    <message>
        <source>%1 — %2 overdue, %3 today, %4 later</source>
        <translation>%1 — %2 overdue, %3 today, %4 later</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Not marked done</source>
        <translation>Not marked done</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The cadence rules could not be saved.</source>
        <translation>The cadence rules could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) proposed; uncheck any you do not want.</source>
        <translation>
            <numerusform>%Ln follow-up proposed; uncheck any you do not want.</numerusform>
            <numerusform>%Ln follow-ups proposed; uncheck any you do not want.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Not created</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) created.</source>
        <translation>
            <numerusform>%Ln follow-up created.</numerusform>
            <numerusform>%Ln follow-ups created.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>Planned follow-ups are spread over the days so that no owner has more than this many due on one working day, open follow-ups included.</source>
        <translation>Planned follow-ups are spread over the days so that no owner has more than this many due on one working day, open follow-ups included.</translation>
    </message>
    <message>
        <source>follow-ups per owner per working day</source>
        <translation>follow-ups per owner per working day</translation>
    </message>
    <message>
        <source>Weekends are working days</source>
        <translation>Weekends are working days</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>First due</translation>
    </message>
    <message>
        <source>Last due</source>
        <translation>Last due</translation>
    </message>
    <message>
        <source>Most on one day</source>
        <translation>Most on one day</translation>
    </message>
    <message>
        <source>After their window</source>
        <translation>After their window</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="vanished">Due by</translation>
    </message>
    <message>
        <source>Every day of this follow-up&apos;s window is full: it is due after it.</source>
        <translation type="vanished">Every day of this follow-up&apos;s window is full: it is due after it.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) proposed, due %1 to %2, at most %3 per owner a day. Uncheck any you do not want.</source>
        <translation>
            <numerusform>%Ln follow-up proposed, due %1 to %2, at most %3 per owner a day. Uncheck any you do not want.</numerusform>
            <numerusform>%Ln follow-ups proposed, due %1 to %2, at most %3 per owner a day. Uncheck any you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be fitted within their rule&apos;s window and are due after it.</source>
        <translation>
            <numerusform>%Ln could not be fitted within its rule&apos;s window and is due after it.</numerusform>
            <numerusform>%Ln could not be fitted within their rule&apos;s window and are due after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::Handover</name>
    <message numerus="yes">
        <source>%n customer(s) changed owner or left the book meanwhile: nothing was moved. Look again and hand over anew.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say who receives the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers to hand over: the filter matches none that %1 does not already own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::HandoverDialog</name>
    <message>
        <source>Hand Over Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers the book lists now (its search and filters) go to the owner you choose, with the open follow-ups their owners were assigned. Follow-ups assigned to a colleague stay theirs. Edit ▸ Undo gives everyone back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book lists no customers that %1 does not already own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will go to %1 (from %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) handed over to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln open follow-up(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::HeatmapView</name>
    <message>
        <source>Recency score (R, 5 = most recent) by frequency score (F)</source>
        <translation>Recency score (R, 5 = most recent) by frequency score (F)</translation>
    </message>
    <message>
        <source>R %1, F %2: %3 customers</source>
        <translation>R %1, F %2: %3 customers</translation>
    </message>
</context>
<context>
    <name>kehu::ImportDialog</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV and text files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Every required field has a column. Change a column&apos;s field in the list if it was recognised wrongly.</source>
        <translation>Every required field has a column. Change a column&apos;s field in the list if it was recognised wrongly.</translation>
    </message>
    <message>
        <source>Press Check file: every row is validated and nothing is written.</source>
        <translation>Press Check file: every row is validated and nothing is written.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>looks like %1 %2 (same %3)</source>
        <translation>looks like %1 %2 (same %3)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Every required field has a column, but %Ln value(s) of the preview do not fit their field (marked; point at one to see why). Check the field chosen for that column, or the date format.</source>
        <translation>
            <numerusform>Every required field has a column, but %Ln value of the preview does not fit its field (marked; point at it to see why). Check the field chosen for that column, or the date format.</numerusform>
            <numerusform>Every required field has a column, but %Ln values of the preview do not fit their field (marked; point at one to see why). Check the field chosen for that column, or the date format.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::ImportIssue</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>kehu::ImportSession</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Lifecycle status</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>Personality type</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Explicit needs</source>
        <translation>Explicit needs</translation>
    </message>
    <message>
        <source>Implicit needs</source>
        <translation>Implicit needs</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>Visit kind</source>
        <translation>Visit kind</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>NPS (0-10)</source>
        <translation>NPS (0-10)</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Spaces (fixed columns)</source>
        <translation>Spaces (fixed columns)</translation>
    </message>
    <message>
        <source>Year first (2024-03-15, 2024年3月15日)</source>
        <translation>Year first (2024-03-15, 2024年3月15日)</translation>
    </message>
    <message>
        <source>Day/month/year (15/03/2024)</source>
        <translation>Day/month/year (15/03/2024)</translation>
    </message>
    <message>
        <source>Month/day/year (03/15/2024)</source>
        <translation>Month/day/year (03/15/2024)</translation>
    </message>
    <message>
        <source>%1 records: %2 new, %3 updated, %4 unchanged, %5 customers created, %6 rejected.</source>
        <translation type="vanished">%1 records: %2 new, %3 updated, %4 unchanged, %5 customers created, %6 rejected.</translation>
    </message>
    <message>
        <source>Check finished, nothing was written. The import would give: %1</source>
        <translation type="vanished">Check finished, nothing was written. The import would give: %1</translation>
    </message>
    <message>
        <source>Imported. %1 The rejected rows were written to %2.</source>
        <translation type="vanished">Imported. %1 The rejected rows were written to %2.</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Imported. %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln error(s); nothing was written. Fix the rows listed below, change the mapping, or choose to skip invalid rows.</source>
        <translation>
            <numerusform>The file has %Ln error; nothing was written. Fix the row listed below, change the mapping, or choose to skip invalid rows.</numerusform>
            <numerusform>The file has %Ln errors; nothing was written. Fix the rows listed below, change the mapping, or choose to skip invalid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>The import failed; nothing was written: %1</translation>
    </message>
    <message>
        <source>No column is chosen for %1: pick it under “Imports as” next to the column that holds it.</source>
        <translation>No column is chosen for %1: pick it under “Imports as” next to the column that holds it.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing customer(s) updated</source>
        <translation>
            <numerusform>%Ln existing customer updated</numerusform>
            <numerusform>%Ln existing customers updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new purchase(s)</source>
        <translation>
            <numerusform>%Ln new purchase</numerusform>
            <numerusform>%Ln new purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new visit(s)</source>
        <translation>
            <numerusform>%Ln new visit</numerusform>
            <numerusform>%Ln new visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new survey answer(s)</source>
        <translation>
            <numerusform>%Ln new survey answer</numerusform>
            <numerusform>%Ln new survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already in the book</source>
        <translation>
            <numerusform>%Ln row already in the book</numerusform>
            <numerusform>%Ln rows already in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) for codes not in the book yet</source>
        <translation>
            <numerusform>%Ln new customer for a code not in the book yet</numerusform>
            <numerusform>%Ln new customers for codes not in the book yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out</source>
        <translation>
            <numerusform>%Ln invalid row left out</numerusform>
            <numerusform>%Ln invalid rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file: %1.</source>
        <translation>
            <numerusform>%Ln row in the file: %1.</numerusform>
            <numerusform>%Ln rows in the file: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check finished, nothing was written. Importing would give: %1</source>
        <translation>Check finished, nothing was written. Importing would give: %1</translation>
    </message>
    <message>
        <source>Imported. %1 The rows left out were written to %2.</source>
        <translation>Imported. %1 The rows left out were written to %2.</translation>
    </message>
</context>
<context>
    <name>kehu::LoyaltyView</name>
    <message>
        <source>NPS (promoters − detractors)</source>
        <translation>NPS (promoters − detractors)</translation>
    </message>
    <message>
        <source>CSAT (mean, 1-5)</source>
        <translation>CSAT (mean, 1-5)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Repeat-purchase rate</translation>
    </message>
    <message>
        <source>Customers acquired</source>
        <translation>Customers acquired</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Retention by acquisition cohort</translation>
    </message>
    <message>
        <source>&amp;Cohorts by:</source>
        <translation>&amp;Cohorts by:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Share of each cohort (customers by month or quarter of their first purchase) who bought again 1, 2, … periods later.</source>
        <translation>Share of each cohort (customers by month or quarter of their first purchase) who bought again 1, 2, … periods later.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s), last 12 months</source>
        <translation>
            <numerusform>%Ln answer, last 12 months</numerusform>
            <numerusform>%Ln answers, last 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% satisfied (4-5)</source>
        <translation>%1% satisfied (4-5)</translation>
    </message>
    <message>
        <source>Computing retention from every purchase…</source>
        <translation>Computing retention from every purchase…</translation>
    </message>
    <message>
        <source>Retention could not be computed: %1</source>
        <translation>Retention could not be computed: %1</translation>
    </message>
    <message>
        <source>bought on two days or more</source>
        <translation>bought on two days or more</translation>
    </message>
    <message>
        <source>with a purchase by %1</source>
        <translation>with a purchase by %1</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>No purchases yet.</translation>
    </message>
    <message>
        <source>Cells: share of the cohort that bought in that period after its first one.</source>
        <translation>Cells: share of the cohort that bought in that period after its first one.</translation>
    </message>
    <message>
        <source>The purchases end on %1: %2 is a partial period.</source>
        <translation>The purchases end on %1: %2 is a partial period.</translation>
    </message>
</context>
<context>
    <name>kehu::MainWindow</name>
    <message>
        <source>Kehu</source>
        <translation>Kehu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>Recent &amp;Databases</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Find Customer</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>Log a &amp;Visit</source>
        <translation>Log a &amp;Visit</translation>
    </message>
    <message>
        <source>&amp;Re-classify</source>
        <translation>&amp;Re-classify</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>New &amp;Customer…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kehu</source>
        <translation>&amp;About Kehu</translation>
    </message>
    <message>
        <source>About Kehu</source>
        <translation>About Kehu</translation>
    </message>
    <message>
        <source>Kehu %1 — customer records, classification and value analytics.</source>
        <translation>Kehu %1 — customer records, classification and value analytics.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Churn watch</source>
        <translation>Churn watch</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Open a Kehu database to begin (File ▸ Open).</source>
        <translation>Open a Kehu database to begin (File ▸ Open).</translation>
    </message>
    <message>
        <source>The dashboard is coming in a later release.</source>
        <translation type="vanished">The dashboard is coming in a later release.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Someone else changed this customer first. Their version is shown now; please make your change again.</source>
        <translation type="vanished">Someone else changed this customer first. Their version is shown now; please make your change again.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>Database checked: no problems found.</source>
        <translation>Database checked: no problems found.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>SQLite found problems in this database. Make a backup (File ▸ Backup) and contact support before changing anything.

%1</source>
        <translation>SQLite found problems in this database. Make a backup (File ▸ Backup) and contact support before changing anything.

%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Kehu databases (*.kehu)</source>
        <translation>Kehu databases (*.kehu)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Kehu databases (*.kehu *.sqlite *.db);;All files (*)</source>
        <translation>Kehu databases (*.kehu *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A copy was written to %1.</source>
        <translation>A copy was written to %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="vanished">New Customer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="vanished">Phone:</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified on %1</source>
        <translation>Classified on %1</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Not classified yet</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Quarterly review</translation>
    </message>
    <message>
        <source>Satisfaction &amp; loyalty</source>
        <translation>Satisfaction &amp; loyalty</translation>
    </message>
    <message>
        <source>Distributors &amp; team</source>
        <translation>Distributors &amp; team</translation>
    </message>
    <message>
        <source>This book is on a PostgreSQL server (%1). It is backed up there, with the server&apos;s own tools (pg_dump), by whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name and password. Enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is open, but this computer&apos;s keychain did not keep the password (%1). You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not include this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Restore Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase to encrypt the copy with (at least 8 characters; empty: not encrypted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy was written to %1. Without the passphrase nobody can read it, you included: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::MergeCustomersCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
</context>
<context>
    <name>kehu::MoneyParser</name>
    <message>
        <source>expected an amount such as %1, %2 or %3</source>
        <translation>expected an amount such as %1, %2 or %3</translation>
    </message>
    <message>
        <source>expected thousands separators in groups of three, as in %1</source>
        <translation>expected thousands separators in groups of three, as in %1</translation>
    </message>
    <message>
        <source>expected a smaller amount (too large to store)</source>
        <translation>expected a smaller amount (too large to store)</translation>
    </message>
    <message>
        <source>expected a whole amount for %1 (it has no decimal places)</source>
        <translation>expected a whole amount for %1 (it has no decimal places)</translation>
    </message>
    <message>
        <source>expected at most %1 decimal places for %2</source>
        <translation>expected at most %1 decimal places for %2</translation>
    </message>
    <message>
        <source>expected a decimal point, not a decimal comma: write 12.50, not 12,50</source>
        <translation>expected a decimal point, not a decimal comma: write 12.50, not 12,50</translation>
    </message>
</context>
<context>
    <name>kehu::NewCustomerDialog</name>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Budget (%1):</translation>
    </message>
</context>
<context>
    <name>kehu::NewCustomerForm</name>
    <message>
        <source>Enter a customer code.</source>
        <translation>Enter a customer code.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another customer.</source>
        <translation>The code %1 is already used by another customer.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>Expected a phone number such as 138 0013 8000 or +86 21 5555 0123.</source>
        <translation>Expected a phone number such as 138 0013 8000 or +86 21 5555 0123.</translation>
    </message>
    <message>
        <source>Expected an e-mail address such as name@example.com.</source>
        <translation>Expected an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <source>Expected an amount such as 5000 or 12,500.50.</source>
        <translation>Expected an amount such as 5000 or 12,500.50.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>%1 (%2) has the same phone number.</source>
        <translation>%1 (%2) has the same phone number.</translation>
    </message>
    <message>
        <source>%1 (%2) has the same e-mail address.</source>
        <translation>%1 (%2) has the same e-mail address.</translation>
    </message>
    <message>
        <source>%1 (%2) has the same name.</source>
        <translation>%1 (%2) has the same name.</translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s) look alike too.</source>
        <translation>
            <numerusform>%n other customer looks alike too.</numerusform>
            <numerusform>%n other customers look alike too.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be saved.</source>
        <translation>The customer could not be saved.</translation>
    </message>
</context>
<context>
    <name>kehu::OwnerTargetModel</name>
    <message>
        <source>Double-click to set the target</source>
        <translation>Double-click to set the target</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Revenue target</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Of target</translation>
    </message>
    <message>
        <source>New-customer target</source>
        <translation>New-customer target</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
</context>
<context>
    <name>kehu::ParetoChartView</name>
    <message>
        <source>Share of customers</source>
        <translation>Share of customers</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Cumulative revenue</source>
        <translation>Cumulative revenue</translation>
    </message>
    <message>
        <source>A: %1% of customers, %2% of revenue</source>
        <translation type="vanished">A: %1% of customers, %2% of revenue</translation>
    </message>
    <message>
        <source>A+B: %1% of customers, %2% of revenue</source>
        <translation type="vanished">A+B: %1% of customers, %2% of revenue</translation>
    </message>
    <message>
        <source>A: %1% → %2% of revenue</source>
        <comment>Pareto legend: share of customers → share of revenue</comment>
        <translation>A: %1% → %2% of revenue</translation>
    </message>
    <message>
        <source>A+B: %1% → %2% of revenue</source>
        <comment>Pareto legend: share of customers → share of revenue</comment>
        <translation>A+B: %1% → %2% of revenue</translation>
    </message>
</context>
<context>
    <name>kehu::Prompter</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="vanished">Possible duplicate</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="vanished">Open existing</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation type="vanished">Merge into existing</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="vanished">Create anyway</translation>
    </message>
</context>
<context>
    <name>kehu::RecordChurnOutcomeCommand</name>
    <message>
        <source>Churn outcome of %1</source>
        <translation>Churn outcome of %1</translation>
    </message>
    <message>
        <source>The outcome could not be saved.</source>
        <translation>The outcome could not be saved.</translation>
    </message>
</context>
<context>
    <name>kehu::RecordChurnReasonCommand</name>
    <message>
        <source>Churn reason of %1</source>
        <translation>Churn reason of %1</translation>
    </message>
    <message>
        <source>The churn reason could not be saved.</source>
        <translation>The churn reason could not be saved.</translation>
    </message>
</context>
<context>
    <name>kehu::RecordSurveyCommand</name>
    <message>
        <source>Survey answer of %1</source>
        <translation>Survey answer of %1</translation>
    </message>
</context>
<context>
    <name>kehu::RecordVisitCommand</name>
    <message>
        <source>Visit of %1</source>
        <translation>Visit of %1</translation>
    </message>
</context>
<context>
    <name>kehu::RestorePointListModel</name>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::RestorePoints</name>
    <message>
        <source>A book on a server is backed up by the server (pg_dump, point-in-time recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore point could be taken, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book on a server is restored by the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::RestorePointsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kehu copies the whole book before every import, merge, handover, erasure and restore, and once a day, into %1. Restoring brings every customer, purchase and setting back as it was then; the audit log keeps what happened since. The book as it is now is kept as a restore point first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take One Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the newest %1 and those of the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore point was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln old restore point(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted Restore Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the whole book back to %1 (%2)? Everything written since is replaced; the book as it is now is kept as a restore point first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ReviewActionsModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewCustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
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
        <translation>Quarter revenue</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewMigrationModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4</source>
        <translation>%1 → %2: %3 customers, revenue %4</translation>
    </message>
</context>
<context>
    <name>kehu::ReviewView</name>
    <message>
        <source>1. Quarter:</source>
        <translation>1. Quarter:</translation>
    </message>
    <message>
        <source>2. Take snapshots and build the review</source>
        <translation>2. Take snapshots and build the review</translation>
    </message>
    <message>
        <source>The quarter&apos;s snapshot is taken (or reused) and frozen, then compared with the previous quarter&apos;s.</source>
        <translation>The quarter&apos;s snapshot is taken (or reused) and frozen, then compared with the previous quarter&apos;s.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <source>Export CSV lists…</source>
        <translation>Export CSV lists…</translation>
    </message>
    <message>
        <source>Rows: last quarter; columns: this quarter. Click a cell to see its customers.</source>
        <translation>Rows: last quarter; columns: this quarter. Click a cell to see its customers.</translation>
    </message>
    <message>
        <source>3. Migration</source>
        <translation>3. Migration</translation>
    </message>
    <message>
        <source>Became key customers</source>
        <translation>Became key customers</translation>
    </message>
    <message>
        <source>Dropped a class</source>
        <translation>Dropped a class</translation>
    </message>
    <message>
        <source>New churn risks</source>
        <translation>New churn risks</translation>
    </message>
    <message>
        <source>Win-back candidates</source>
        <translation>Win-back candidates</translation>
    </message>
    <message>
        <source>Top customers by CLV</source>
        <translation>Top customers by CLV</translation>
    </message>
    <message>
        <source>Show in the customer book</source>
        <translation>Show in the customer book</translation>
    </message>
    <message>
        <source>4. Lists</source>
        <translation>4. Lists</translation>
    </message>
    <message>
        <source>5. Team</source>
        <translation>5. Team</translation>
    </message>
    <message>
        <source>Follow-ups proposed by rule. Uncheck, reassign or move a due day, then create them.</source>
        <translation>Follow-ups proposed by rule. Uncheck, reassign or move a due day, then create them.</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>Create follow-ups</translation>
    </message>
    <message>
        <source>6. Actions</source>
        <translation>6. Actions</translation>
    </message>
    <message>
        <source>Review not built</source>
        <translation>Review not built</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export CSV lists into</source>
        <translation>Export CSV lists into</translation>
    </message>
    <message>
        <source>Building the review of %1…</source>
        <translation>Building the review of %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">(none)</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4</source>
        <translation type="vanished">%1 → %2: %3 customers, revenue %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">Segment</translation>
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
        <translation type="vanished">Quarter revenue</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 active, %4 new, revenue %5; compared with %6.</source>
        <translation type="vanished">%1: %2 customers, %3 active, %4 new, revenue %5; compared with %6.</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation type="vanished">no earlier snapshot</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Revenue target</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>Follow-ups on time</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="vanished">Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>Follow-ups not created</source>
        <translation>Follow-ups not created</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) created.</source>
        <translation>
            <numerusform>%Ln follow-up created.</numerusform>
            <numerusform>%Ln follow-ups created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>%1 (partial: data to %2)</source>
        <translation>%1 (partial: data to %2)</translation>
    </message>
    <message>
        <source>No purchases, visits or surveys yet: there is no quarter to review.</source>
        <translation>No purchases, visits or surveys yet: there is no quarter to review.</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 active, %4 new, revenue %5</source>
        <translation>%1: %2 customers, %3 active, %4 new, revenue %5</translation>
    </message>
    <message>
        <source>%1; compared with %2.</source>
        <translation>%1; compared with %2.</translation>
    </message>
    <message>
        <source>%1; no earlier quarter to compare with.</source>
        <translation>%1; no earlier quarter to compare with.</translation>
    </message>
</context>
<context>
    <name>kehu::RowContext</name>
    <message>
        <source>expected one of: %1</source>
        <translation>expected one of: %1</translation>
    </message>
    <message>
        <source>expected a value (this column is required)</source>
        <translation>expected a value (this column is required)</translation>
    </message>
</context>
<context>
    <name>kehu::SaveConflict</name>
    <message>
        <source>%1 was merged into another customer or deleted on another desk before your change was saved. Your change (%2: %3) was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 first (at %2). Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — yours: %2; in the book now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They also changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown now; make your change again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SegmentRuleModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R from</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R to</translation>
    </message>
    <message>
        <source>F from</source>
        <translation>F from</translation>
    </message>
    <message>
        <source>F to</source>
        <translation>F to</translation>
    </message>
    <message>
        <source>M from</source>
        <translation>M from</translation>
    </message>
    <message>
        <source>M to</source>
        <translation>M to</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentTotalsModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Revenue share</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Recommended action</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentsView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Re-classify</source>
        <translation>Re-classify</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="vanished">Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="vanished">Customers</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="vanished">Revenue share</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="vanished">Recommended action</translation>
    </message>
    <message>
        <source>ABC classes (by revenue)</source>
        <translation>ABC classes (by revenue)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Class</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Segments as of %1</source>
        <translation>Segments as of %1</translation>
    </message>
    <message>
        <source>Not classified yet: press Re-classify.</source>
        <translation>Not classified yet: press Re-classify.</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>The segments could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>Reading the segments…</translation>
    </message>
</context>
<context>
    <name>kehu::ServerConnectionForm</name>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the book&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name the server knows you by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SettingsSession</name>
    <message>
        <source>The A share must be above 0 and at most the B share, and the B share at most 100%.</source>
        <translation>The A share must be above 0 and at most the B share, and the B share at most 100%.</translation>
    </message>
    <message>
        <source>The P(alive) for &quot;churned&quot; must not be above the one for &quot;at risk&quot;.</source>
        <translation>The P(alive) for &quot;churned&quot; must not be above the one for &quot;at risk&quot;.</translation>
    </message>
    <message>
        <source>The gap factor for &quot;churned&quot; must not be below the one for &quot;at risk&quot;.</source>
        <translation>The gap factor for &quot;churned&quot; must not be below the one for &quot;at risk&quot;.</translation>
    </message>
    <message>
        <source>The days for a one-time buyer to count as churned must not be fewer than for at risk.</source>
        <translation>The days for a one-time buyer to count as churned must not be fewer than for at risk.</translation>
    </message>
    <message>
        <source>The CLV horizon must be at least one month.</source>
        <translation>The CLV horizon must be at least one month.</translation>
    </message>
    <message>
        <source>In the segment rule &quot;%1&quot; a lower bound is above its upper bound.</source>
        <translation>In the segment rule &quot;%1&quot; a lower bound is above its upper bound.</translation>
    </message>
    <message>
        <source>The segment table needs at least one rule.</source>
        <translation>The segment table needs at least one rule.</translation>
    </message>
    <message>
        <source>The settings could not be written to the database.</source>
        <translation>The settings could not be written to the database.</translation>
    </message>
</context>
<context>
    <name>kehu::SettingsView</name>
    <message>
        <source>Re-classified with the new rules. The table shows how each segment changed.</source>
        <translation>Re-classified with the new rules. The table shows how each segment changed.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM scores</translation>
    </message>
    <message>
        <source>Recency (days):</source>
        <translation>Recency (days):</translation>
    </message>
    <message>
        <source>Frequency (purchases):</source>
        <translation>Frequency (purchases):</translation>
    </message>
    <message>
        <source>Monetary (amount):</source>
        <translation>Monetary (amount):</translation>
    </message>
    <message>
        <source>bins: </source>
        <translation>bins: </translation>
    </message>
    <message>
        <source>or cut points: 30, 90, 180</source>
        <translation>or cut points: 30, 90, 180</translation>
    </message>
    <message>
        <source>Cut points must be ascending numbers separated by commas.</source>
        <translation>Cut points must be ascending numbers separated by commas.</translation>
    </message>
    <message>
        <source>Empty cut points: customers are split into equal-sized bins (quantiles). Amounts in whole currency units.</source>
        <translation>Empty cut points: customers are split into equal-sized bins (quantiles). Amounts in whole currency units.</translation>
    </message>
    <message>
        <source>ABC classes</source>
        <translation>ABC classes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Rank by:</translation>
    </message>
    <message>
        <source>A: customers making the first</source>
        <translation>A: customers making the first</translation>
    </message>
    <message>
        <source>B: up to</source>
        <translation>B: up to</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <translation>Churn rules</translation>
    </message>
    <message>
        <source> × usual gap</source>
        <translation> × usual gap</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>At risk when P(alive) below:</source>
        <translation>At risk when P(alive) below:</translation>
    </message>
    <message>
        <source>Churned when P(alive) below:</source>
        <translation>Churned when P(alive) below:</translation>
    </message>
    <message>
        <source>At risk after a gap of:</source>
        <translation>At risk after a gap of:</translation>
    </message>
    <message>
        <source>Churned after a gap of:</source>
        <translation>Churned after a gap of:</translation>
    </message>
    <message>
        <source>One-time buyer at risk after:</source>
        <translation>One-time buyer at risk after:</translation>
    </message>
    <message>
        <source>One-time buyer churned after:</source>
        <translation>One-time buyer churned after:</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer lifetime value</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon:</translation>
    </message>
    <message>
        <source>Discount rate per month:</source>
        <translation>Discount rate per month:</translation>
    </message>
    <message>
        <source>Currency and language</source>
        <translation>Currency and language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>RFM segment rules (the first matching rule wins)</source>
        <translation>RFM segment rules (the first matching rule wins)</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Effect of the last change</source>
        <translation>Effect of the last change</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and re-classify</source>
        <translation>Save and re-classify</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Saved. The next classification uses these rules.</source>
        <translation>Saved. The next classification uses these rules.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kehu starts.</source>
        <translation>The new language is used the next time Kehu starts.</translation>
    </message>
    <message>
        <source>Dates, numbers and money follow the language chosen here.</source>
        <translation>Dates, numbers and money follow the language chosen here.</translation>
    </message>
    <message>
        <source>MBG/NBD: one-time buyers can drop out</source>
        <translation>MBG/NBD: one-time buyers can drop out</translation>
    </message>
    <message>
        <source>BG/NBD: dropout only after a repeat purchase</source>
        <translation>BG/NBD: dropout only after a repeat purchase</translation>
    </message>
    <message>
        <source>The model behind P(alive), expected purchases and CLV. Under BG/NBD a customer who bought only once counts as certainly alive, however long ago that was.</source>
        <translation>The model behind P(alive), expected purchases and CLV. Under BG/NBD a customer who bought only once counts as certainly alive, however long ago that was.</translation>
    </message>
    <message>
        <source>Purchase model:</source>
        <translation>Purchase model:</translation>
    </message>
</context>
<context>
    <name>kehu::SignInView</name>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer book is shared: sign in with the name and password its owner gave you.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyDialog</name>
    <message>
        <source>Survey answer of %1</source>
        <translation>Survey answer of %1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
</context>
<context>
    <name>kehu::TextEncoding</name>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is read as %1 as requested</source>
        <translation>the file starts with a UTF-8 byte order mark but is read as %1 as requested</translation>
    </message>
    <message>
        <source>the file is not valid %1 (odd length or broken surrogate pairs)</source>
        <translation>the file is not valid %1 (odd length or broken surrogate pairs)</translation>
    </message>
    <message>
        <source>this system has no GB18030 converter (Qt was built without ICU); save the file as UTF-8 and import it again</source>
        <translation>this system has no GB18030 converter (Qt was built without ICU); save the file as UTF-8 and import it again</translation>
    </message>
</context>
<context>
    <name>kehu::UserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on everyone who opens this book signs in. You are its first user and its owner: you add the others and choose what each may do. Keep the password safe: without an owner&apos;s password nobody can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password to the person in person; they can change it under File ▸ Change My Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a manager then sees the whole book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user of a book is its owner: the person at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the book&apos;s last owner: make someone else an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled: ask an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: this book has users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">Staff</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything, including users and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole book, or their team&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their own customers: visits, surveys, follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads customers and figures, changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting after wrong passwords until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Active</translation>
    </message>
</context>
<context>
    <name>kehu::UsersView</name>
    <message>
        <source>Ask for &amp;Sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opens this book signs in. Owners manage users and backups; managers work on the whole book or their team&apos;s customers; staff on their own customers; viewers read. A disabled user cannot sign in; their customers stay theirs until handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no users: anyone who opens the file works on it as its owner. To share it with a team, ask for sign-in: you become its first user and owner, and then add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be able to sign in. Their customers stay theirs until you hand them over. Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::VisitEntryForm</name>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Visit for: %1</source>
        <translation>Visit for: %1</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>New customer: %1</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation type="vanished">The amount is not a number.</translation>
    </message>
    <message>
        <source>Saved the visit of %1.</source>
        <translation>Saved the visit of %1.</translation>
    </message>
</context>
</TS>
