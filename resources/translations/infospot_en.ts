<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="54"/>
        <source>New follow-up action</source>
        <translation>New follow-up action</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="54"/>
        <source>Edit follow-up action</source>
        <translation>Edit follow-up action</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="57"/>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="58"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="59"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="60"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>ActionsField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="117"/>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="118"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="119"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="120"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="138"/>
        <source>Cluster activity</source>
        <translation>Cluster activity</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="139"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="143"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="144"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="145"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="179"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="182"/>
        <source>This account adds the other users and changes the settings. Keep its password safe.</source>
        <translation>This account adds the other users and changes the settings. Keep its password safe.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="186"/>
        <source>User name *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="187"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="188"/>
        <source>Password *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="189"/>
        <source>Repeat password *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="197"/>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="203"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="95"/>
        <source>Space: present or absent · arrows: move · type a number: hours of a partial attendance · Ctrl+Space: everyone present in this session</source>
        <translation>Space: present or absent · arrows: move · type a number: hours of a partial attendance · Ctrl+Space: everyone present in this session</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="103"/>
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="105"/>
        <source>Mark every participant present in the selected session (Ctrl+Space)</source>
        <translation>Mark every participant present in the selected session (Ctrl+Space)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="109"/>
        <source>Attendance list (.xlsx)…</source>
        <translation>Attendance list (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="145"/>
        <source>Add sessions and enroll participants first; then tick attendance here.</source>
        <translation>Add sessions and enroll participants first; then tick attendance here.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="162"/>
        <source>{eligible} of {active} participants reach {pct} for a certificate</source>
        <translation>{eligible} of {active} participants reach {pct} for a certificate</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="225"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="228"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="228"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="247"/>
        <source>Not marked yet</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="249"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="251"/>
        <source>Present for {hours} of {length} hours</source>
        <translation>Present for {hours} of {length} hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="269"/>
        <source>{date}
{hours} h</source>
        <translation>{date}
{hours} h</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="274"/>
        <source>Session {n}: {times}</source>
        <translation>Session {n}: {times}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="279"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="281"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="42"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="53"/>
        <source>Keep the newest</source>
        <translation>Keep the newest</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="57"/>
        <source>backups (one is made every day on opening)</source>
        <translation>backups (one is made every day on opening)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="64"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="65"/>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="66"/>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="121"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="135"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="135"/>
        <source>InfoSpot backups (*.db)</source>
        <translation>InfoSpot backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="150"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="152"/>
        <source>Restore {name}?

Everything entered after this backup was made is replaced by the backup&apos;s contents. A copy of the current database is kept in the backups folder first. InfoSpot then closes; start it again to continue.</source>
        <translation>Restore {name}?

Everything entered after this backup was made is replaced by the backup&apos;s contents. A copy of the current database is kept in the backups folder first. InfoSpot then closes; start it again to continue.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="172"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="174"/>
        <source>The backup was restored. The database as it was is kept as {safety}. InfoSpot closes now; start it again.</source>
        <translation>The backup was restored. The database as it was is kept as {safety}. InfoSpot closes now; start it again.</translation>
    </message>
</context>
<context>
    <name>BenchmarkForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="164"/>
        <source>Benchmark assessment</source>
        <translation>Benchmark assessment</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="165"/>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="167"/>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="169"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="174"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CentralSyncPanel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="114"/>
        <source>Import packages…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="115"/>
        <source>Make receipt for office…</source>
        <translation>Make receipt for office…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="116"/>
        <source>Make office setup file…</source>
        <translation>Make office setup file…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="121"/>
        <source>You can also drop package files (.ispkg) on this page.</source>
        <translation>You can also drop package files (.ispkg) on this page.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="124"/>
        <source>Preview: what the import will do</source>
        <translation>Preview: what the import will do</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="133"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="134"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="143"/>
        <location filename="../../infospot_app/ui/sync_central.py" line="157"/>
        <location filename="../../infospot_app/ui/sync_central.py" line="334"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="145"/>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="146"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="147"/>
        <source>Missing numbers</source>
        <translation>Missing numbers</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="148"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="149"/>
        <source>Clock difference</source>
        <translation>Clock difference</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="150"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="158"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="159"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="160"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="161"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="162"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="163"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="169"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="170"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="171"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="201"/>
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="223"/>
        <source>Quarantine ({n})</source>
        <translation>Quarantine ({n})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="224"/>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="233"/>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="235"/>
        <source>InfoSpot packages (*.ispkg);;All files (*)</source>
        <translation>InfoSpot packages (*.ispkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="259"/>
        <source>Checking the packages…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="269"/>
        <source>Import {n} package(s)</source>
        <translation>Import {n} package(s)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="283"/>
        <source>{office}: packages never received: {numbers}</source>
        <translation>{office}: packages never received: {numbers}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="290"/>
        <source>{office} is new here; its key {fp} will be kept. Check it by phone.</source>
        <translation>{office} is new here; its key {fp} will be kept. Check it by phone.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="296"/>
        <source>Each package is checked on its own; an office&apos;s packages are imported in the order they were made, so rows that wait for an earlier package apply.</source>
        <translation>Each package is checked on its own; an office&apos;s packages are imported in the order they were made, so rows that wait for an earlier package apply.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="310"/>
        <source>Importing the packages…</source>
        <translation>Importing the packages…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="318"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="334"/>
        <source>For which office?</source>
        <translation>For which office?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="340"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>CertificateBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="38"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="42"/>
        <source>Signatory name</source>
        <translation>Signatory name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="43"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="56"/>
        <source>Save signatories</source>
        <translation>Save signatories</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="61"/>
        <source>Add logo…</source>
        <translation>Add logo…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="62"/>
        <source>Remove last logo</source>
        <translation>Remove last logo</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="103"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="113"/>
        <source>Add logo</source>
        <translation>Add logo</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="114"/>
        <source>{name} is not a PNG or JPEG image. Choose another file.</source>
        <translation>{name} is not a PNG or JPEG image. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="155"/>
        <source>{name} (missing)</source>
        <translation>{name} (missing)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="163"/>
        <source>No logos yet — the certificates are printed without one.</source>
        <translation>No logos yet — the certificates are printed without one.</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="77"/>
        <source>Issue for all eligible</source>
        <translation>Issue for all eligible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="78"/>
        <source>Issue for selected</source>
        <translation>Issue for selected</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="79"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="240"/>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="81"/>
        <source>Sign again with today&apos;s name and training details; the number stays</source>
        <translation>Sign again with today&apos;s name and training details; the number stays</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="83"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="95"/>
        <source>Turkish template</source>
        <translation>Turkish template</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="96"/>
        <source>English template</source>
        <translation>English template</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="98"/>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="99"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="100"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="101"/>
        <source>One file per person…</source>
        <translation>One file per person…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="159"/>
        <source>{valid} certificates · {eligible} participants eligible</source>
        <translation>{valid} certificates · {eligible} participants eligible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="169"/>
        <source>Revoked: {reason}</source>
        <translation>Revoked: {reason}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="171"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="173"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="174"/>
        <source>Eligible, not issued</source>
        <translation>Eligible, not issued</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="174"/>
        <source>Attendance too low</source>
        <translation>Attendance too low</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="202"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="202"/>
        <source>Select the participants first.</source>
        <translation>Select the participants first.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="220"/>
        <source>{issued} issued, {reissued} signed again, {low} with too little attendance</source>
        <translation>{issued} issued, {reissued} signed again, {low} with too little attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="232"/>
        <source>Issuing certificates…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="240"/>
        <source>Select participants who hold a certificate.</source>
        <translation>Select participants who hold a certificate.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="259"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="259"/>
        <source>Select one participant who holds a certificate.</source>
        <translation>Select one participant who holds a certificate.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="264"/>
        <source>Revoke certificate {number}</source>
        <translation>Revoke certificate {number}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="265"/>
        <source>Why is it revoked? Anyone verifying the certificate is shown this reason.</source>
        <translation>Why is it revoked? Anyone verifying the certificate is shown this reason.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="296"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="301"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="313"/>
        <source>certificates.pdf</source>
        <translation>certificates.pdf</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="315"/>
        <source>Save certificates</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="323"/>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="65"/>
        <source>Type to narrow the list</source>
        <translation>Type to narrow the list</translation>
    </message>
</context>
<context>
    <name>ClusterForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="48"/>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="48"/>
        <source>Edit cluster</source>
        <translation>Edit cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="66"/>
        <source>Sectors (NACE divisions)</source>
        <translation>Sectors (NACE divisions)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="67"/>
        <source>NACE divisions</source>
        <translation>NACE divisions</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="75"/>
        <source>Home office</source>
        <translation>Home office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="76"/>
        <location filename="../../infospot_app/ui/cluster_form.py" line="77"/>
        <source>Provinces involved</source>
        <translation>Provinces involved</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="81"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="82"/>
        <source>Stage reached on</source>
        <translation>Stage reached on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="85"/>
        <source>Coordinating body</source>
        <translation>Coordinating body</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="86"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="51"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="67"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="82"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="82"/>
        <source>Company&apos;s office</source>
        <translation>Company&apos;s office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="91"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="101"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Requested (TRY)</source>
        <translation>Requested (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Granted (TRY)</source>
        <translation>Granted (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="119"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="218"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="120"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="121"/>
        <source>Benchmarking</source>
        <translation>Benchmarking</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="122"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="154"/>
        <source>This cluster belongs to office {office}; it is shown read-only.</source>
        <translation>This cluster belongs to office {office}; it is shown read-only.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="204"/>
        <source>median {median}, mean {mean} ({n} members measured)</source>
        <translation>median {median}, mean {mean} ({n} members measured)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="209"/>
        <source>not yet measured: members need a baseline and a follow-up measurement</source>
        <translation>not yet measured: members need a baseline and a follow-up measurement</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="212"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="213"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="214"/>
        <source>Sectors (NACE)</source>
        <translation>Sectors (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="215"/>
        <source>Provinces involved</source>
        <translation>Provinces involved</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="216"/>
        <source>Home office</source>
        <translation>Home office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="217"/>
        <source>Coordinating body</source>
        <translation>Coordinating body</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="219"/>
        <source>Productivity change</source>
        <translation>Productivity change</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="220"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="75"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="76"/>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="77"/>
        <source>Search by name, coordinating body or NACE division (Ctrl+F)</source>
        <translation>Search by name, coordinating body or NACE division (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="81"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="84"/>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="100"/>
        <source>{n} clusters</source>
        <translation>{n} clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="105"/>
        <source>No cluster matches this search. Check the spelling or clear the filter.</source>
        <translation>No cluster matches this search. Check the spelling or clear the filter.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="108"/>
        <source>No clusters yet — press Ctrl+N to record the first one.</source>
        <translation>No clusters yet — press Ctrl+N to record the first one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="109"/>
        <source>No clusters yet.</source>
        <translation>No clusters yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="135"/>
        <source>Delete cluster</source>
        <translation>Delete cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="137"/>
        <source>Delete the cluster “{name}”? It disappears from every list here and at the central office after the next sync; its members stay registered as companies.</source>
        <translation>Delete the cluster “{name}”? It disappears from every list here and at the central office after the next sync; its members stay registered as companies.</translation>
    </message>
</context>
<context>
    <name>CodeListField</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="113"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="32"/>
        <source>Find company…</source>
        <translation>Find company…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="33"/>
        <source>No company</source>
        <translation>No company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="48"/>
        <source>Companies of other offices may be chosen too; their details stay read-only.</source>
        <translation>Companies of other offices may be chosen too; their details stay read-only.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="59"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="136"/>
        <source>Type part of the name or tax ID</source>
        <translation>Type part of the name or tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="141"/>
        <source>No company matches. Register it on the Companies page.</source>
        <translation>No company matches. Register it on the Companies page.</translation>
    </message>
</context>
<context>
    <name>CompanyFilters</name>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="25"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="26"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="30"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="32"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="33"/>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="39"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="40"/>
        <source>All sizes</source>
        <translation>All sizes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="44"/>
        <source>Cluster membership</source>
        <translation>Cluster membership</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="45"/>
        <source>In a cluster or not</source>
        <translation>In a cluster or not</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="46"/>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="47"/>
        <source>Not in a cluster</source>
        <translation>Not in a cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="62"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="31"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="31"/>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="46"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="47"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="53"/>
        <source>Tax ID (VKN/TCKN)</source>
        <translation>Tax ID (VKN/TCKN)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="55"/>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="56"/>
        <source>MERSIS no.</source>
        <translation>MERSIS no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="58"/>
        <location filename="../../infospot_app/ui/company_form.py" line="110"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="61"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="64"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="66"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="67"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="68"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="69"/>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="71"/>
        <source>Sector (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="72"/>
        <source>Founding year</source>
        <translation>Founding year</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="73"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="74"/>
        <source>Annual turnover (TRY)</source>
        <translation>Annual turnover (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="75"/>
        <source>Export share (%)</source>
        <translation>Export share (%)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="76"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="153"/>
        <source>Similar companies are already registered: {names}. Check that this is not one of them.</source>
        <translation>Similar companies are already registered: {names}. Check that this is not one of them.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="161"/>
        <source>Open that company</source>
        <translation>Open that company</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="55"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="60"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="61"/>
        <source>Add a company (Ctrl+N)</source>
        <translation>Add a company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="62"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="63"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="73"/>
        <source>Search by name, tax ID or district (Ctrl+F)</source>
        <translation>Search by name, tax ID or district (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="129"/>
        <location filename="../../infospot_app/ui/company_list_page.py" line="130"/>
        <source>Your role may only read records.</source>
        <translation>Your role may only read records.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="160"/>
        <source>{n} companies</source>
        <translation>{n} companies</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="166"/>
        <source>No company matches this search. Check the spelling or clear the filters.</source>
        <translation>No company matches this search. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="170"/>
        <source>No companies yet — press Ctrl+N to add the first one.</source>
        <translation>No companies yet — press Ctrl+N to add the first one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="172"/>
        <source>No companies yet.</source>
        <translation>No companies yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="218"/>
        <source>Delete company</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="220"/>
        <source>Delete “{name}”? It disappears from every list here and at the central office after the next sync. Its history stays in the audit log.</source>
        <translation>Delete “{name}”? It disappears from every list here and at the central office after the next sync. Its history stays in the audit log.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="61"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="74"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="78"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <location filename="../../infospot_app/ui/company_page.py" line="160"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <location filename="../../infospot_app/ui/company_page.py" line="161"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="83"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="88"/>
        <source>Trainings attended</source>
        <translation>Trainings attended</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="93"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="98"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="100"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="101"/>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="102"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="103"/>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="104"/>
        <location filename="../../infospot_app/ui/company_page.py" line="163"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="105"/>
        <source>Value added</source>
        <translation>Value added</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="111"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="113"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="114"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="115"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="117"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="118"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="124"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="156"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="157"/>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="158"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="159"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="162"/>
        <source>Sector (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="164"/>
        <source>Annual turnover (TRY)</source>
        <translation>Annual turnover (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="165"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="166"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="154"/>
        <source>Choose a company</source>
        <translation>Choose a company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="158"/>
        <source>Name or tax ID</source>
        <translation>Name or tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="175"/>
        <source>Companies of other offices can join the cluster; their details stay read-only.</source>
        <translation>Companies of other offices can join the cluster; their details stay read-only.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="203"/>
        <source>{office} (read-only)</source>
        <translation>{office} (read-only)</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="60"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="61"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="62"/>
        <source>Sector (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="63"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="64"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="65"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="66"/>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="37"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="38"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="39"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="40"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="41"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Kept here</source>
        <translation>Kept here</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="58"/>
        <source>Keep the version kept here</source>
        <translation>Keep the version kept here</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="59"/>
        <source>Keep the version that arrived</source>
        <translation>Keep the version that arrived</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="69"/>
        <source>Both versions are kept until you choose; if unsure, ask the office which one is right.</source>
        <translation>Both versions are kept until you choose; if unsure, ask the office which one is right.</translation>
    </message>
    <message>
        <source>Choosing a version is not available in this version of InfoSpot yet. Both versions are kept and nothing is lost; ask the office which one is right.</source>
        <translation type="vanished">Choosing a version is not available in this version of InfoSpot yet. Both versions are kept and nothing is lost; ask the office which one is right.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="104"/>
        <source>differs</source>
        <translation>differs</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="24"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="46"/>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="51"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="54"/>
        <source>e.g. 2024/1</source>
        <translation>e.g. 2024/1</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="56"/>
        <source>Information notice version</source>
        <translation>Information notice version</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="59"/>
        <source>Date given</source>
        <translation>Date given</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="64"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="67"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="28"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="29"/>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="30"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="31"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="32"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="33"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="61"/>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="62"/>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="100"/>
        <source>No consent recorded — press “Add consent…” when the person signs the notice.</source>
        <translation>No consent recorded — press “Add consent…” when the person signs the notice.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="102"/>
        <source>No consent recorded.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="115"/>
        <source>Your role may only read records.</source>
        <translation>Your role may only read records.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="38"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="61"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="70"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="95"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="108"/>
        <source>SMEs reached</source>
        <translation>SMEs reached</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="109"/>
        <source>SMEs in clusters</source>
        <translation>SMEs in clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="110"/>
        <source>Clusters per province</source>
        <translation>Clusters per province</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="111"/>
        <source>Clusters benchmarked (national system)</source>
        <translation>Clusters benchmarked (national system)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="112"/>
        <source>Productivity change of cluster SMEs</source>
        <translation>Productivity change of cluster SMEs</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="125"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="126"/>
        <source>Follow-up actions overdue</source>
        <translation>Follow-up actions overdue</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="127"/>
        <source>Trainings held</source>
        <translation>Trainings held</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="128"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="129"/>
        <source>Women among participants</source>
        <translation>Women among participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="130"/>
        <source>Participant-hours</source>
        <translation>Participant-hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="131"/>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="132"/>
        <source>Grant applications</source>
        <translation>Grant applications</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="133"/>
        <source>Requested (TRY)</source>
        <translation>Requested (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="134"/>
        <source>Granted (TRY)</source>
        <translation>Granted (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="151"/>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="160"/>
        <source>The indicators could not be computed.</source>
        <translation>The indicators could not be computed.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="182"/>
        <source>All offices (national totals)</source>
        <translation>All offices (national totals)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="195"/>
        <source>Target: {n}</source>
        <translation>Target: {n}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="204"/>
        <source>Target: {t} · median of {n} SMEs measured, mean {m}</source>
        <translation>Target: {t} · median of {n} SMEs measured, mean {m}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="219"/>
        <source>Provinces with {band} clusters · {n} clusters in all</source>
        <translation>Provinces with {band} clusters · {n} clusters in all</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="229"/>
        <source>Target: {band} in {province}</source>
        <translation>Target: {band} in {province}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="49"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="112"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="147"/>
        <source>{n} rows</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="155"/>
        <source>The list could not be loaded.</source>
        <translation>The list could not be loaded.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="195"/>
        <source>Companies already registered</source>
        <translation>Companies already registered</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="197"/>
        <source>Rows whose tax id is registered: update those companies or leave them.</source>
        <translation>Rows whose tax id is registered: update those companies or leave them.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="203"/>
        <source>Update them with the list&apos;s values (empty cells change nothing)</source>
        <translation>Update them with the list&apos;s values (empty cells change nothing)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="205"/>
        <source>Skip them: leave the registered companies</source>
        <translation>Skip them: leave the registered companies</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="220"/>
        <source>{n} rows of the list have the tax id of a company already registered in InfoSpot. Companies of other offices are never changed.</source>
        <translation>{n} rows of the list have the tax id of a company already registered in InfoSpot. Companies of other offices are never changed.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="88"/>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="97"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="104"/>
        <source>Save and new</source>
        <translation>Save and new</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="168"/>
        <source>To save, fill in: {fields}.</source>
        <translation>To save, fill in: {fields}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="173"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="241"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="242"/>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation>This form has changes that are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="19"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="24"/>
        <source>The name, phone, e-mail and position of {name} will be blanked for good. Statistics (gender, company, trainings attended) are kept. This cannot be undone.

To confirm, type the person&apos;s name or {word}:</source>
        <translation>The name, phone, e-mail and position of {name} will be blanked for good. Statistics (gender, company, trainings attended) are kept. This cannot be undone.

To confirm, type the person&apos;s name or {word}:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="37"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="158"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="164"/>
        <source>Save the rows shown, with their search, filters and order, as an Excel file</source>
        <translation>Save the rows shown, with their search, filters and order, as an Excel file</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../infospot_app/ui/failure.py" line="68"/>
        <source>Something went wrong that InfoSpot did not expect.</source>
        <translation>Something went wrong that InfoSpot did not expect.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/failure.py" line="73"/>
        <source>Nothing you typed was lost: the window is still open. Try again; if it happens again, send the details below to your administrator. The log is in {path}.</source>
        <translation>Nothing you typed was lost: the window is still open. Try again; if it happens again, send the details below to your administrator. The log is in {path}.</translation>
    </message>
</context>
<context>
    <name>FileOpen</name>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="37"/>
        <location filename="../../infospot_app/ui/file_open.py" line="72"/>
        <source>Opening files</source>
        <translation>Opening files</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="43"/>
        <source>These files were not found; nothing was imported from them:
{files}</source>
        <translation>These files were not found; nothing was imported from them:
{files}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="57"/>
        <source>Importing a setup file needs a staff or administrator account.</source>
        <translation>Importing a setup file needs a staff or administrator account.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="77"/>
        <source>Sync packages are imported at the central office. This computer is an Info Spot office: send the package to the central office instead.</source>
        <translation>Sync packages are imported at the central office. This computer is an Info Spot office: send the package to the central office instead.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="90"/>
        <source>Importing packages needs a staff or administrator account.</source>
        <translation>Importing packages needs a staff or administrator account.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="118"/>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="143"/>
        <source>Choose the member list</source>
        <translation>Choose the member list</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="121"/>
        <source>An Excel workbook (.xlsx) from the chamber. Title rows, logos and merged cells above the column names are fine: InfoSpot finds the header row itself.</source>
        <translation>An Excel workbook (.xlsx) from the chamber. Title rows, logos and merged cells above the column names are fine: InfoSpot finds the header row itself.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="128"/>
        <source>The list&apos;s file</source>
        <translation>The list&apos;s file</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="130"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="152"/>
        <source>Reading “{name}”…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="163"/>
        <source>Reading was cancelled. Choose the file again.</source>
        <translation>Reading was cancelled. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="168"/>
        <source>{lines} lines in the sheet “{sheet}” (the workbook has {n} sheets).</source>
        <translation>{lines} lines in the sheet “{sheet}” (the workbook has {n} sheets).</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="179"/>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="36"/>
        <source>New grant application</source>
        <translation>New grant application</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="36"/>
        <source>Grant application</source>
        <translation>Grant application</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="52"/>
        <source>A company</source>
        <translation>A company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="53"/>
        <source>A cluster</source>
        <translation>A cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="54"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="58"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="59"/>
        <source>Find company…</source>
        <translation>Find company…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="64"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="66"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="70"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="71"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="72"/>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="73"/>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="75"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="77"/>
        <source>Requested amount (TRY)</source>
        <translation>Requested amount (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="78"/>
        <source>Granted amount (TRY)</source>
        <translation>Granted amount (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="81"/>
        <source>e.g. 1.250.000,00</source>
        <translation>e.g. 1.250.000,00</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="83"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="105"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="106"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="107"/>
        <source>Search by applicant or project title (Ctrl+F)</source>
        <translation>Search by applicant or project title (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="112"/>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="112"/>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="113"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="113"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="137"/>
        <source>{n} applications</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="141"/>
        <source>No application matches. Check the spelling or clear the filters.</source>
        <translation>No application matches. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="143"/>
        <source>No grant applications yet — press Ctrl+N to record the first one.</source>
        <translation>No grant applications yet — press Ctrl+N to record the first one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="144"/>
        <source>No grant applications yet.</source>
        <translation>No grant applications yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="167"/>
        <source>Delete application</source>
        <translation>Delete application</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="169"/>
        <source>Delete the selected grant application? It is removed here and, after the next sync, at the central office.</source>
        <translation>Delete the selected grant application? It is removed here and, after the next sync, at the central office.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="46"/>
        <source>ready to import</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="47"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="48"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="49"/>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="87"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="88"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="89"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="90"/>
        <source>Table / status</source>
        <translation>Table / status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="91"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="92"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="93"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="94"/>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="95"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="96"/>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="97"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="41"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="96"/>
        <source>Show the list behind this number</source>
        <translation>Show the list behind this number</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="11"/>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="12"/>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="13"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="14"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="22"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="23"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="24"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="32"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="33"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="34"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="35"/>
        <source>Sharing with the ministry</source>
        <translation>Sharing with the ministry</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="36"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="44"/>
        <source>Paper form</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="45"/>
        <location filename="../../infospot_app/ui/labels.py" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="46"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="47"/>
        <source>Electronic form</source>
        <translation>Electronic form</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="55"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="56"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="57"/>
        <location filename="../../infospot_app/ui/labels.py" line="71"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="58"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="66"/>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="67"/>
        <source>Needs analysis</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="68"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="69"/>
        <source>Cluster meeting</source>
        <translation>Cluster meeting</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="70"/>
        <source>Grant support</source>
        <translation>Grant support</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="79"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="80"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="81"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="82"/>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="83"/>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="84"/>
        <source>activated</source>
        <translation>activated</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="85"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="93"/>
        <source>Central office</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="95"/>
        <source>Info Spot office</source>
        <translation>Info Spot office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="102"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="103"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="104"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="105"/>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="106"/>
        <source>MERSIS no.</source>
        <translation>MERSIS no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="107"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="108"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="109"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="110"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="112"/>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="113"/>
        <source>Sector (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="114"/>
        <source>Founding year</source>
        <translation>Founding year</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="115"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="116"/>
        <source>Annual turnover</source>
        <translation>Annual turnover</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="117"/>
        <source>Export share</source>
        <translation>Export share</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="118"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="119"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="120"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="121"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="122"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="123"/>
        <location filename="../../infospot_app/ui/labels.py" line="132"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="124"/>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="133"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="134"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="135"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="136"/>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="52"/>
        <source>Welcome to InfoSpot</source>
        <translation>Welcome to InfoSpot</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="54"/>
        <source>Choose the language of the application. You can change it later.</source>
        <translation>Choose the language of the application. You can change it later.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="99"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="121"/>
        <source>Exporting “{name}” to Excel…</source>
        <translation>Exporting “{name}” to Excel…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="131"/>
        <source>{n} rows of “{name}” were written to the Excel file.</source>
        <translation>{n} rows of “{name}” were written to the Excel file.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="233"/>
        <source>Where to keep the data</source>
        <translation>Where to keep the data</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="234"/>
        <source>The default location is right for most computers.</source>
        <translation>The default location is right for most computers.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="235"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="238"/>
        <source>Backups are kept in a “backups” folder next to this file. Press Finish to create the database.</source>
        <translation>Backups are kept in a “backups” folder next to this file. Press Finish to create the database.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="245"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="245"/>
        <source>InfoSpot database (*.db)</source>
        <translation>InfoSpot database (*.db)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="31"/>
        <source>Sign in to InfoSpot</source>
        <translation>Sign in to InfoSpot</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="34"/>
        <source>Sign in — office {office}</source>
        <translation>Sign in — office {office}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="42"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="43"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="51"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="32"/>
        <source>E-mail settings</source>
        <translation>E-mail settings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="40"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="41"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="42"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="53"/>
        <source>SMTP server:</source>
        <translation>SMTP server:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="54"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="55"/>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="56"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="57"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="58"/>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="59"/>
        <source>Central office address:</source>
        <translation>Central office address:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="64"/>
        <source>The password is kept in this computer&apos;s password store.</source>
        <translation>The password is kept in this computer&apos;s password store.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="68"/>
        <source>This computer has no password store, so InfoSpot does not save the password and asks for it once each time InfoSpot runs. To save it, install and unlock GNOME Keyring or KWallet (Linux); Windows uses its Credential Manager.</source>
        <translation>This computer has no password store, so InfoSpot does not save the password and asks for it once each time InfoSpot runs. To save it, install and unlock GNOME Keyring or KWallet (Linux); Windows uses its Credential Manager.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="73"/>
        <source>asked when sending</source>
        <translation>asked when sending</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="47"/>
        <source>InfoSpot — Cluster Info Spots</source>
        <translation>InfoSpot — Cluster Info Spots</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="90"/>
        <source>Office: {code} — {name}</source>
        <translation>Office: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="93"/>
        <source>User: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="95"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="103"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="106"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="110"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="194"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="195"/>
        <source>A form has changes that are not saved. Close InfoSpot and discard them?</source>
        <translation>A form has changes that are not saved. Close InfoSpot and discard them?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="40"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="42"/>
        <source>Each column of the list and the field it goes to, recognised by its name.</source>
        <translation>Each column of the list and the field it goes to, recognised by its name.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="57"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="58"/>
        <source>Load mapping…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="101"/>
        <source>{mapped} of {total} columns are imported. Check each one and change what is wrong; columns not imported are left out. The mapping is remembered for the next list.</source>
        <translation>{mapped} of {total} columns are imported. Check each one and change what is wrong; columns not imported are left out. The mapping is remembered for the next list.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="109"/>
        <source>Choose the columns holding: {fields}.</source>
        <translation>Choose the columns holding: {fields}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="118"/>
        <source>Save the column mapping</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="119"/>
        <source>column mapping.json</source>
        <translation>column mapping.json</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="120"/>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="133"/>
        <source>Column mapping (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="133"/>
        <source>Load a column mapping</source>
        <translation>Load a column mapping</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="33"/>
        <source>Productivity measurement</source>
        <translation>Productivity measurement</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="36"/>
        <source>Period (e.g. 2025)</source>
        <translation>Period (e.g. 2025)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="38"/>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="40"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="41"/>
        <source>Turnover (TRY)</source>
        <translation>Turnover (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="42"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="43"/>
        <source>Value added (TRY, optional)</source>
        <translation>Value added (TRY, optional)</translation>
    </message>
</context>
<context>
    <name>MeasurementsWidget</name>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="85"/>
        <source>Turnover (TRY)</source>
        <translation>Turnover (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="85"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="86"/>
        <source>Value added (TRY)</source>
        <translation>Value added (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="86"/>
        <source>Per employee (TRY)</source>
        <translation>Per employee (TRY)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="87"/>
        <source>Change vs baseline</source>
        <translation>Change vs baseline</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="115"/>
        <source>Productivity change since the baseline: {change}</source>
        <translation>Productivity change since the baseline: {change}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="120"/>
        <source>The change is computed once there is a baseline and a follow-up measurement.</source>
        <translation>The change is computed once there is a baseline and a follow-up measurement.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="88"/>
        <source>Cluster member</source>
        <translation>Cluster member</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="93"/>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="128"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="94"/>
        <source>Find company…</source>
        <translation>Find company…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="100"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="101"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="102"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="103"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
</context>
<context>
    <name>MemberImportWizard</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="109"/>
        <source>Import a member list</source>
        <translation>Import a member list</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="88"/>
        <source>Where is this computer?</source>
        <translation>Where is this computer?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="90"/>
        <source>InfoSpot works differently at an Info Spot and at the central office.</source>
        <translation>InfoSpot works differently at an Info Spot and at the central office.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="93"/>
        <source>At an Info Spot office (registers companies, sends sync packages)</source>
        <translation>At an Info Spot office (registers companies, sends sync packages)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="95"/>
        <source>At the central office (imports every office&apos;s packages)</source>
        <translation>At the central office (imports every office&apos;s packages)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="96"/>
        <source>Most computers are at an Info Spot office.</source>
        <translation>Most computers are at an Info Spot office.</translation>
    </message>
</context>
<context>
    <name>MonthlyReachChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="187"/>
        <source>SMEs reached by month</source>
        <translation>SMEs reached by month</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="192"/>
        <source>Newly reached</source>
        <translation>Newly reached</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="195"/>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="208"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>NaceField</name>
    <message>
        <location filename="../../infospot_app/ui/nace_field.py" line="26"/>
        <source>Code or words, e.g. 10.71 or bread</source>
        <translation>Code or words, e.g. 10.71 or bread</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="129"/>
        <source>Your office</source>
        <translation>Your office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="130"/>
        <source>Choose the Info Spot this computer works for.</source>
        <translation>Choose the Info Spot this computer works for.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="131"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="137"/>
        <source>Hosted by {host}</source>
        <translation>Hosted by {host}</translation>
    </message>
</context>
<context>
    <name>OfficeReachChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="147"/>
        <source>SMEs reached per office</source>
        <translation>SMEs reached per office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="156"/>
        <source>SMEs reached</source>
        <translation>SMEs reached</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="158"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="162"/>
        <source>SMEs in clusters</source>
        <translation>SMEs in clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="164"/>
        <source>Target (clusters)</source>
        <translation>Target (clusters)</translation>
    </message>
</context>
<context>
    <name>OfficeSyncPanel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="91"/>
        <source>Create package and save…</source>
        <translation>Create package and save…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="98"/>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="100"/>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="101"/>
        <source>E-mail draft (.eml)</source>
        <translation>E-mail draft (.eml)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="102"/>
        <source>Import receipt…</source>
        <translation>Import receipt…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="103"/>
        <source>E-mail settings…</source>
        <translation>E-mail settings…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="104"/>
        <source>Full package (every row)</source>
        <translation>Full package (every row)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="105"/>
        <source>Normally a package carries only what HQ has not confirmed.</source>
        <translation>Normally a package carries only what HQ has not confirmed.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="118"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="119"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="120"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="121"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="122"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="127"/>
        <source>Packages made</source>
        <translation>Packages made</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="132"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="133"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="134"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="135"/>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="140"/>
        <source>Outbox (e-mail)</source>
        <translation>Outbox (e-mail)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="143"/>
        <source>Try sending now</source>
        <translation>Try sending now</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="162"/>
        <source>USB drive {name} ({path})</source>
        <translation>USB drive {name} ({path})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="183"/>
        <source>{n} changes not yet confirmed by the central office, since {when}</source>
        <translation>{n} changes not yet confirmed by the central office, since {when}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="189"/>
        <source>Every change is confirmed by the central office</source>
        <translation>Every change is confirmed by the central office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="197"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="211"/>
        <source>sent {when}</source>
        <translation>sent {when}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="213"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="232"/>
        <source>Save the package to</source>
        <translation>Save the package to</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="246"/>
        <source>Package {n} saved: {path} ({rows} rows)</source>
        <translation>Package {n} saved: {path} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="256"/>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="317"/>
        <source>The outbox waits for the e-mail password.</source>
        <translation>The outbox waits for the e-mail password.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="334"/>
        <source>{n} package(s) sent to the central office.</source>
        <translation>{n} package(s) sent to the central office.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="349"/>
        <source>E-mail draft written: {path}</source>
        <translation>E-mail draft written: {path}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="357"/>
        <source>Import the central office&apos;s receipt</source>
        <translation>Import the central office&apos;s receipt</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="359"/>
        <source>InfoSpot receipts (*.isrcpt);;All files (*)</source>
        <translation>InfoSpot receipts (*.isrcpt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="372"/>
        <source>Receipt imported: {name}</source>
        <translation>Receipt imported: {name}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="377"/>
        <source>Importing the receipt…</source>
        <translation>Importing the receipt…</translation>
    </message>
</context>
<context>
    <name>OfficeTable</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="66"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="67"/>
        <source>SMEs reached</source>
        <translation>SMEs reached</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="68"/>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="70"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="69"/>
        <source>SMEs in clusters</source>
        <translation>SMEs in clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="71"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="72"/>
        <source>Benchmarked</source>
        <translation>Benchmarked</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="73"/>
        <source>Productivity change %</source>
        <translation>Productivity change %</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="74"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="75"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="76"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="77"/>
        <source>Grant applications</source>
        <translation>Grant applications</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="94"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OverdueActions</name>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="35"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="36"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="37"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="38"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="39"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="40"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
</context>
<context>
    <name>OverdueActionsView</name>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="89"/>
        <source>Overdue follow-up actions</source>
        <translation>Overdue follow-up actions</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="93"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="94"/>
        <source>Record that the selected action was done today</source>
        <translation>Record that the selected action was done today</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="96"/>
        <source>Open visit</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="109"/>
        <source>No overdue actions. Well done.</source>
        <translation>No overdue actions. Well done.</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="57"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="58"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="59"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="122"/>
        <source>Your role may only read records.</source>
        <translation>Your role may only read records.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="93"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="94"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="95"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="96"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="97"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="98"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="99"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="100"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="101"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="102"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="53"/>
        <source>Enroll people</source>
        <translation>Enroll people</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="57"/>
        <source>Name, e-mail or phone</source>
        <translation>Name, e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="76"/>
        <source>Hold Ctrl or Shift to choose several people. Someone not in the list? Close this and use “Quick add”.</source>
        <translation>Hold Ctrl or Shift to choose several people. Someone not in the list? Close this and use “Quick add”.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="86"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="99"/>
        <source>already enrolled</source>
        <translation>already enrolled</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="46"/>
        <source>Enroll people…</source>
        <translation>Enroll people…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="47"/>
        <source>Quick add…</source>
        <translation>Quick add…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="48"/>
        <location filename="../../infospot_app/ui/training_participants.py" line="175"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="81"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="81"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="96"/>
        <source>{taken} of {capacity} places taken</source>
        <translation>{taken} of {capacity} places taken</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="101"/>
        <source>{taken} participants</source>
        <translation>{taken} participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="106"/>
        <source>{extra} more participants than the capacity of {capacity}.</source>
        <translation>{extra} more participants than the capacity of {capacity}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="127"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="129"/>
        <source>The training has {capacity} places and {taken} are taken; enrolling {adding} more goes over the capacity. Enroll anyway?</source>
        <translation>The training has {capacity} places and {taken} are taken; enrolling {adding} more goes over the capacity. Enroll anyway?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="177"/>
        <source>Withdraw {name} from the training? Their attendance so far is kept, but they will not receive a certificate.</source>
        <translation>Withdraw {name} from the training? Their attendance so far is kept, but they will not receive a certificate.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="95"/>
        <source>New password for {user}</source>
        <translation>New password for {user}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="97"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="98"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>PeopleMetField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="236"/>
        <source>No people recorded for this company.</source>
        <translation>No people recorded for this company.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="26"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="27"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="28"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="29"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="30"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="67"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="68"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="69"/>
        <source>Search by name, e-mail or phone (Ctrl+F)</source>
        <translation>Search by name, e-mail or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="73"/>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="74"/>
        <location filename="../../infospot_app/ui/people_page.py" line="100"/>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="75"/>
        <source>Show only the people of one company</source>
        <translation>Show only the people of one company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="76"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="109"/>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="113"/>
        <source>Nobody matches. Check the spelling or show all companies.</source>
        <translation>Nobody matches. Check the spelling or show all companies.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="115"/>
        <source>No people yet — press Ctrl+N to add a contact person or a participant.</source>
        <translation>No people yet — press Ctrl+N to add a contact person or a participant.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="116"/>
        <source>No people yet.</source>
        <translation>No people yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="144"/>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="146"/>
        <source>Delete the selected person? They are removed here and, after the next sync, at the central office. To honour a request to be forgotten, open the person and use “Erase this person” instead.</source>
        <translation>Delete the selected person? They are removed here and, after the next sync, at the central office. To honour a request to be forgotten, open the person and use “Erase this person” instead.</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="36"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="39"/>
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="40"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="41"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="42"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="43"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="80"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="80"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="93"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="96"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="98"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="99"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="100"/>
        <source>e.g. 0364 123 45 67</source>
        <translation>e.g. 0364 123 45 67</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="101"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="102"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="107"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="65"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="66"/>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="68"/>
        <source>Everything held about this person, as an Excel workbook or a PDF</source>
        <translation>Everything held about this person, as an Excel workbook or a PDF</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="70"/>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="83"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="85"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="113"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="114"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="115"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="116"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="117"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="118"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="119"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="139"/>
        <source>Personal data erased on {day}; the record is kept only for statistics.</source>
        <translation>Personal data erased on {day}; the record is kept only for statistics.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="142"/>
        <source>Your role may only read records.</source>
        <translation>Your role may only read records.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="144"/>
        <source>This person was recorded by another office; only they can change it.</source>
        <translation>This person was recorded by another office; only they can change it.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="165"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="169"/>
        <source>Export everything about this person</source>
        <translation>Export everything about this person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="185"/>
        <source>Exporting everything about this person…</source>
        <translation>Exporting everything about this person…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="205"/>
        <source>Everything about this person was saved.</source>
        <translation>Everything about this person was saved.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="217"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="218"/>
        <source>Erase the personal data of {name}? Use this when the person asks to be forgotten (KVKK). The name, phone, e-mail and position are blanked here and, after the next sync, at the central office; statistics are kept.</source>
        <translation>Erase the personal data of {name}? Use this when the person asks to be forgotten (KVKK). The name, phone, e-mail and position are blanked here and, after the next sync, at the central office; statistics are kept.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="102"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="131"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="132"/>
        <source>What each row would do. Nothing has been saved yet.</source>
        <translation>What each row would do. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="138"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="139"/>
        <source>Only refused rows</source>
        <translation>Only refused rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="152"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="157"/>
        <source>The check did not finish. Press Back, then Next.</source>
        <translation>The check did not finish. Press Back, then Next.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="163"/>
        <source>{rows} rows read: {refused} refused (highlighted; the reasons are under “Problems”), {known} already registered, {new} new.</source>
        <translation>{rows} rows read: {refused} refused (highlighted; the reasons are under “Problems”), {known} already registered, {new} new.</translation>
    </message>
</context>
<context>
    <name>ProvinceChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="116"/>
        <source>Clusters per province</source>
        <translation>Clusters per province</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="120"/>
        <source>Within the target band</source>
        <translation>Within the target band</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="121"/>
        <source>Below the target</source>
        <translation>Below the target</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="134"/>
        <source>Target: at least</source>
        <translation>Target: at least</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="134"/>
        <source>at most</source>
        <translation>at most</translation>
    </message>
</context>
<context>
    <name>QuickAddParticipant</name>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="67"/>
        <source>Quick add a participant</source>
        <translation>Quick add a participant</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="70"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="71"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="72"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="73"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="74"/>
        <source>Registered company</source>
        <translation>Registered company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="77"/>
        <source>…or a new company</source>
        <translation>…or a new company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="78"/>
        <source>Legal name, if not registered yet</source>
        <translation>Legal name, if not registered yet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="80"/>
        <source>Its tax ID</source>
        <translation>Its tax ID</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="80"/>
        <source>10 digits</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="82"/>
        <source>Consent to process the person&apos;s data for the certificate (KVKK):</source>
        <translation>Consent to process the person&apos;s data for the certificate (KVKK):</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="86"/>
        <source>e.g. v1.2</source>
        <translation>e.g. v1.2</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="89"/>
        <source>Information notice version</source>
        <translation>Information notice version</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="94"/>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="95"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="104"/>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="125"/>
        <source>None chosen</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="105"/>
        <source>Find company…</source>
        <translation>Find company…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="107"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="50"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="51"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="52"/>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="105"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="106"/>
        <source>Delete the selected line? It is removed here and, after the next sync, at the central office.</source>
        <translation>Delete the selected line? It is removed here and, after the next sync, at the central office.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="107"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="125"/>
        <source>The Ministry&apos;s indicator workbook</source>
        <translation>The Ministry&apos;s indicator workbook</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="130"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="207"/>
        <source>All offices (national)</source>
        <translation>All offices (national)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="138"/>
        <source>Create the workbook…</source>
        <translation>Create the workbook…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="141"/>
        <source>A summary of every indicator against its target, per office and in total, then the rows behind the numbers</source>
        <translation>A summary of every indicator against its target, per office and in total, then the rows behind the numbers</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="167"/>
        <source>Lists as Excel files</source>
        <translation>Lists as Excel files</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="174"/>
        <source>Every row of the list, in the list&apos;s order</source>
        <translation>Every row of the list, in the list&apos;s order</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="182"/>
        <source>Chamber member lists</source>
        <translation>Chamber member lists</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="186"/>
        <source>Add the companies of a chamber&apos;s Excel list, with their contact people. Rows with errors are shown with the reason and can be saved to fix.</source>
        <translation>Add the companies of a chamber&apos;s Excel list, with their contact people. Rows with errors are shown with the reason and can be saved to fix.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="225"/>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="227"/>
        <source>{who}, whole project</source>
        <translation>{who}, whole project</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="238"/>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="254"/>
        <source>The indicators could not be computed.</source>
        <translation>The indicators could not be computed.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="259"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="260"/>
        <source>Indicator report {who}</source>
        <translation>Indicator report {who}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="265"/>
        <source>Save the indicator workbook</source>
        <translation>Save the indicator workbook</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="281"/>
        <source>Writing the indicator workbook…</source>
        <translation>Writing the indicator workbook…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="289"/>
        <source>The indicator workbook for {scope} was written.</source>
        <translation>The indicator workbook for {scope} was written.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="58"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="59"/>
        <source>The list was saved in one step.</source>
        <translation>The list was saved in one step.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="67"/>
        <source>Save refused rows…</source>
        <translation>Save refused rows…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="79"/>
        <source>Companies added: {created} · updated: {updated} · contact people added: {contacts}.</source>
        <translation>Companies added: {created} · updated: {updated} · contact people added: {contacts}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="90"/>
        <source>{n} rows were refused. Save them as a workbook: each row with its reasons next to its cells. Correct them and import that file; rows already imported are recognised by their tax id and not added twice.</source>
        <translation>{n} rows were refused. Save them as a workbook: each row with its reasons next to its cells. Correct them and import that file; rows already imported are recognised by their tax id and not added twice.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="95"/>
        <source>Every row of the list was taken.</source>
        <translation>Every row of the list was taken.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="29"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="45"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="45"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="49"/>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="50"/>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="52"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="80"/>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="82"/>
        <source>— type a start and an end time</source>
        <translation>— type a start and an end time</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="124"/>
        <source>Sign-in sheet…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="125"/>
        <source>A PDF of the selected session to sign on the day</source>
        <translation>A PDF of the selected session to sign on the day</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="152"/>
        <source>{n} sessions, {hours} hours in total</source>
        <translation>{n} sessions, {hours} hours in total</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="156"/>
        <source>No sessions yet — press Add to plan the first one.</source>
        <translation>No sessions yet — press Add to plan the first one.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="42"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="47"/>
        <source>Only an administrator can change these settings; you can read them.</source>
        <translation>Only an administrator can change these settings; you can read them.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="63"/>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="80"/>
        <source>Office code:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="81"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="82"/>
        <source>Host organisation:</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="83"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="84"/>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="85"/>
        <source>Encryption key:</source>
        <translation>Encryption key:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="91"/>
        <source>Read the key fingerprints to the central office by phone to confirm them.</source>
        <translation>Read the key fingerprints to the central office by phone to confirm them.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="100"/>
        <source>Language and e-mail</source>
        <translation>Language and e-mail</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="107"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="108"/>
        <source>E-mail settings…</source>
        <translation>E-mail settings…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="111"/>
        <source>Sending packages:</source>
        <translation>Sending packages:</translation>
    </message>
</context>
<context>
    <name>SetupFileBanner</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="97"/>
        <source>This office was set up without the central office&apos;s setup file, so it cannot sync yet. Ask the central office for your setup file (.isetup) and import it.</source>
        <translation>This office was set up without the central office&apos;s setup file, so it cannot sync yet. Ask the central office for your setup file (.isetup) and import it.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="103"/>
        <source>Import setup file…</source>
        <translation>Import setup file…</translation>
    </message>
</context>
<context>
    <name>SetupFileImport</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="30"/>
        <source>Import setup file</source>
        <translation>Import setup file</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="46"/>
        <source>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</source>
        <translation>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="56"/>
        <source>Setup file for office {office}.
Central office key: {fingerprint}

Check this key by phone with the central office. Import the setup file now? Your records are kept; this computer gets its own sync keys.</source>
        <translation>Setup file for office {office}.
Central office key: {fingerprint}

Check this key by phone with the central office. Import the setup file now? Your records are kept; this computer gets its own sync keys.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="76"/>
        <source>The setup file is imported; this office can now sync with the central office.
This office&apos;s key: {fingerprint}
The central office checks it on your first package.</source>
        <translation>The setup file is imported; this office can now sync with the central office.
This office&apos;s key: {fingerprint}
The central office checks it on your first package.</translation>
    </message>
</context>
<context>
    <name>SetupFileSource</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="29"/>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="80"/>
        <source>Setup file from the central office</source>
        <translation>Setup file from the central office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="31"/>
        <source>InfoSpot setup file ({pattern})</source>
        <translation>InfoSpot setup file ({pattern})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="83"/>
        <source>Syncing with the central office needs the setup file it sends you (.isetup). Without it you can try InfoSpot with an office chosen from the list and import the setup file later on the Sync page.</source>
        <translation>Syncing with the central office needs the setup file it sends you (.isetup). Without it you can try InfoSpot with an office chosen from the list and import the setup file later on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="88"/>
        <source>Choose setup file…</source>
        <translation>Choose setup file…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="89"/>
        <source>Do not use a setup file</source>
        <translation>Do not use a setup file</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="104"/>
        <source>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</source>
        <translation>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="126"/>
        <source>No setup file chosen.</source>
        <translation>No setup file chosen.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="130"/>
        <source>File: {file}
Office: {office}
Central office key: {fingerprint}
Check this key by phone with the central office before you continue.</source>
        <translation>File: {file}
Office: {office}
Central office key: {fingerprint}
Check this key by phone with the central office before you continue.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="298"/>
        <source>Set up InfoSpot</source>
        <translation>Set up InfoSpot</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="299"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="300"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="301"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="302"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="196"/>
        <source>Sheet and header row</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="198"/>
        <source>The line with the column names is marked. Change it if it is not right.</source>
        <translation>The line with the column names is marked. Change it if it is not right.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="205"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="207"/>
        <source>Column names on line:</source>
        <translation>Column names on line:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="243"/>
        <source>Found automatically: line {n}</source>
        <translation>Found automatically: line {n}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="245"/>
        <source>This sheet is empty. Choose the sheet that holds the list.</source>
        <translation>This sheet is empty. Choose the sheet that holds the list.</translation>
    </message>
</context>
<context>
    <name>SmallFigure</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="137"/>
        <source>Show the list behind this number</source>
        <translation>Show the list behind this number</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="240"/>
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="241"/>
        <source>Check the numbers, then import.</source>
        <translation>Check the numbers, then import.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="243"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="263"/>
        <source>Save refused rows…</source>
        <translation>Save refused rows…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="271"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="278"/>
        <source>The check did not finish. Press Back, then Next.</source>
        <translation>The check did not finish. Press Back, then Next.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="285"/>
        <source>This was a dry run: nothing has been saved yet. “Import” saves the list in one step — every row below, or none if anything goes wrong.</source>
        <translation>This was a dry run: nothing has been saved yet. “Import” saves the list in one step — every row below, or none if anything goes wrong.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="292"/>
        <source>Nothing to import: no row is new or changes a company.</source>
        <translation>Nothing to import: no row is new or changes a company.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="328"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="36"/>
        <source>Sync with the central office</source>
        <translation>Sync with the central office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="38"/>
        <source>Sync: packages from the offices</source>
        <translation>Sync: packages from the offices</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="47"/>
        <source>Your role may only read records; syncing needs staff.</source>
        <translation>Your role may only read records; syncing needs staff.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="44"/>
        <source>Quarantine: {q} rows, conflicts: {c}</source>
        <translation>Quarantine: {q} rows, conflicts: {c}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="48"/>
        <source>No rows in quarantine, no open conflicts</source>
        <translation>No rows in quarantine, no open conflicts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="52"/>
        <source>Not yet confirmed by the central office: {n} changes since {when}</source>
        <translation>Not yet confirmed by the central office: {n} changes since {when}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="57"/>
        <source>Every change is confirmed by the central office</source>
        <translation>Every change is confirmed by the central office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="61"/>
        <source>Sync state unknown</source>
        <translation>Sync state unknown</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../infospot_app/ui/tasks.py" line="188"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrainingDocuments</name>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="110"/>
        <source>Writing certificates…</source>
        <translation>Writing certificates…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="125"/>
        <source>Writing the sign-in sheet…</source>
        <translation>Writing the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="143"/>
        <source>Writing the attendance list…</source>
        <translation>Writing the attendance list…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="156"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="34"/>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="34"/>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="45"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="47"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="47"/>
        <source>e.g. Export marketing</source>
        <translation>e.g. Export marketing</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="49"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="50"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="52"/>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="52"/>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="54"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="55"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="56"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="60"/>
        <source>Participants who attend at least this share of the hours get a certificate.</source>
        <translation>Participants who attend at least this share of the hours get a certificate.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="63"/>
        <source>Minimum attendance (%)</source>
        <translation>Minimum attendance (%)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="70"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="74"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="13"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="14"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="15"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="78"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="110"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="111"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="112"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="113"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="143"/>
        <source>This training belongs to office {office}; it is shown read-only.</source>
        <translation>This training belongs to office {office}; it is shown read-only.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="161"/>
        <source>no sessions yet</source>
        <translation>no sessions yet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="162"/>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="165"/>
        <source>certificate from {pct} attendance</source>
        <translation>certificate from {pct} attendance</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="199"/>
        <source>sign-in sheet {day}.pdf</source>
        <translation>sign-in sheet {day}.pdf</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="201"/>
        <source>Save the sign-in sheet</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="208"/>
        <source>attendance.xlsx</source>
        <translation>attendance.xlsx</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="210"/>
        <source>Save the attendance list</source>
        <translation>Save the attendance list</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="30"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="31"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="32"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="33"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="34"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="36"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="37"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="38"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="94"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="95"/>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="96"/>
        <source>Search by title, topic, venue or trainer (Ctrl+F)</source>
        <translation>Search by title, topic, venue or trainer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="101"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="102"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="103"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="103"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="106"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="106"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="107"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="107"/>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="118"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="154"/>
        <source>{n} trainings</source>
        <translation>{n} trainings</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="158"/>
        <source>No training matches. Check the spelling or clear the filters.</source>
        <translation>No training matches. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="160"/>
        <source>No trainings yet — press Ctrl+N to plan the first one.</source>
        <translation>No trainings yet — press Ctrl+N to plan the first one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="161"/>
        <source>No trainings yet.</source>
        <translation>No trainings yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="188"/>
        <source>Delete training</source>
        <translation>Delete training</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="190"/>
        <source>Delete the training “{title}”? It disappears from every list here and at the central office after the next sync. Certificates already printed stay valid.</source>
        <translation>Delete the training “{title}”? It disappears from every list here and at the central office after the next sync. Certificates already printed stay valid.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../infospot_app/ui/unavailable_page.py" line="26"/>
        <source>This part of InfoSpot is not yet available in this version. It will arrive with an update; nothing you enter elsewhere is affected.</source>
        <translation>This part of InfoSpot is not yet available in this version. It will arrive with an update; nothing you enter elsewhere is affected.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="64"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="65"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="70"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="71"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="72"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="37"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="38"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="39"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="41"/>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="62"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="113"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="128"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="129"/>
        <location filename="../../infospot_app/ui/settings_users.py" line="174"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="130"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="132"/>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="157"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="157"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="174"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="39"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="40"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="41"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="42"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="102"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="102"/>
        <source>Edit visit</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="119"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="122"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="126"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="132"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="134"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="136"/>
        <source>e.g. export, energy efficiency</source>
        <translation>e.g. export, energy efficiency</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="137"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="138"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="139"/>
        <source>Needs identified</source>
        <translation>Needs identified</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="140"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="142"/>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="40"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="42"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="43"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="44"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="45"/>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="46"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="123"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="124"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="125"/>
        <source>Search by company, staff or topic (Ctrl+F)</source>
        <translation>Search by company, staff or topic (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="130"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="131"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="133"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="133"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="137"/>
        <source>Staff:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="137"/>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="139"/>
        <location filename="../../infospot_app/ui/visit_list.py" line="190"/>
        <source>Any company</source>
        <translation>Any company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="140"/>
        <source>Show the visits of one company</source>
        <translation>Show the visits of one company</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="143"/>
        <source>Show every company&apos;s visits</source>
        <translation>Show every company&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="159"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="205"/>
        <source>{n} visits</source>
        <translation>{n} visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="209"/>
        <source>No visit matches. Check the spelling or clear the filters.</source>
        <translation>No visit matches. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="211"/>
        <source>No visits yet — press Ctrl+N to record the first one.</source>
        <translation>No visits yet — press Ctrl+N to record the first one.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="212"/>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="238"/>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="239"/>
        <source>Delete the visit of {date} to {company} and its follow-up actions?</source>
        <translation>Delete the visit of {date} to {company} and its follow-up actions?</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../infospot_app/ui/visits_page.py" line="24"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visits_page.py" line="34"/>
        <source>Overdue actions ({n})</source>
        <translation>Overdue actions ({n})</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="100"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="106"/>
        <source>{purpose}, given on {day}</source>
        <translation>{purpose}, given on {day}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="111"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="114"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="118"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="350"/>
        <source>{name} - refused rows</source>
        <translation>{name} - refused rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="351"/>
        <source>Save the refused rows</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="358"/>
        <source>{n} refused rows were saved.</source>
        <translation>{n} refused rows were saved.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="105"/>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="35"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="vanished">hh:mm</translation>
    </message>
</context>
</TS>
