<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="54"/>
        <source>New follow-up action</source>
        <translation>Yeni takip eylemi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="54"/>
        <source>Edit follow-up action</source>
        <translation>Takip eylemini düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="57"/>
        <source>What is to be done</source>
        <translation>Yapılacak iş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="58"/>
        <source>Due date</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="59"/>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="60"/>
        <source>Done on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
</context>
<context>
    <name>ActionsField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="117"/>
        <source>Add action</source>
        <translation>Eylem ekle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="118"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="119"/>
        <source>Mark done</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="120"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="138"/>
        <source>Cluster activity</source>
        <translation>Küme etkinliği</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="139"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="141"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="143"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="144"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="145"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="179"/>
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="182"/>
        <source>This account adds the other users and changes the settings. Keep its password safe.</source>
        <translation>Bu hesap diğer kullanıcıları ekler ve ayarları değiştirir. Parolasını güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="186"/>
        <source>User name *</source>
        <translation>Kullanıcı adı *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="187"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="188"/>
        <source>Password *</source>
        <translation>Parola *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="189"/>
        <source>Repeat password *</source>
        <translation>Parola (tekrar) *</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="197"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Parola en az {n} karakter olmalı.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="203"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>İki parola birbirini tutmuyor. Aynı parolayı iki kez yazın.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="95"/>
        <source>Space: present or absent · arrows: move · type a number: hours of a partial attendance · Ctrl+Space: everyone present in this session</source>
        <translation>Boşluk: geldi ya da gelmedi · oklar: hücre değiştir · sayı yazın: kısmi katılımın saati · Ctrl+Boşluk: bu oturumda herkes geldi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="103"/>
        <source>Everyone present</source>
        <translation>Herkes geldi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="105"/>
        <source>Mark every participant present in the selected session (Ctrl+Space)</source>
        <translation>Seçili oturumda bütün katılımcıları geldi olarak işaretle (Ctrl+Boşluk)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="109"/>
        <source>Attendance list (.xlsx)…</source>
        <translation>Katılım listesi (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="145"/>
        <source>Add sessions and enroll participants first; then tick attendance here.</source>
        <translation>Önce oturumları ekleyin ve katılımcıları kaydedin; sonra yoklamayı burada işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_grid.py" line="162"/>
        <source>{eligible} of {active} participants reach {pct} for a certificate</source>
        <translation>{active} katılımcının {eligible} tanesi belge için gereken {pct} katılıma ulaşıyor</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="225"/>
        <source>Withdrawn</source>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="228"/>
        <source>Eligible</source>
        <translation>Belge alabilir</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="228"/>
        <source>Not yet</source>
        <translation>Henüz değil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="247"/>
        <source>Not marked yet</source>
        <translation>Henüz işaretlenmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="249"/>
        <source>Absent</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="251"/>
        <source>Present for {hours} of {length} hours</source>
        <translation>{length} saatin {hours} saatinde bulundu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="269"/>
        <source>{date}
{hours} h</source>
        <translation>{date}
{hours} sa</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="274"/>
        <source>Session {n}: {times}</source>
        <translation>{n}. oturum: {times}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="279"/>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="281"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/attendance_model.py" line="283"/>
        <source>Certificate</source>
        <translation>Belge</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="42"/>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="53"/>
        <source>Keep the newest</source>
        <translation>En yeni</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="57"/>
        <source>backups (one is made every day on opening)</source>
        <translation>yedeği sakla (her gün açılışta bir yedek alınır)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="64"/>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="65"/>
        <source>Restore selected…</source>
        <translation>Seçileni geri yükle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="66"/>
        <source>Restore from a file…</source>
        <translation>Dosyadan geri yükle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="121"/>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="135"/>
        <source>Choose a backup</source>
        <translation>Bir yedek seçin</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="135"/>
        <source>InfoSpot backups (*.db)</source>
        <translation>InfoSpot yedekleri (*.db)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="150"/>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="152"/>
        <source>Restore {name}?

Everything entered after this backup was made is replaced by the backup&apos;s contents. A copy of the current database is kept in the backups folder first. InfoSpot then closes; start it again to continue.</source>
        <translation>{name} geri yüklensin mi?

Bu yedek alındıktan sonra girilen her şey yedeğin içeriğiyle değiştirilir. Önce mevcut veritabanının bir kopyası yedekler klasöründe saklanır. Ardından InfoSpot kapanır; devam etmek için yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="172"/>
        <source>Backup restored</source>
        <translation>Yedek geri yüklendi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_backup.py" line="174"/>
        <source>The backup was restored. The database as it was is kept as {safety}. InfoSpot closes now; start it again.</source>
        <translation>Yedek geri yüklendi. Veritabanının önceki hâli {safety} olarak saklandı. InfoSpot şimdi kapanıyor; yeniden başlatın.</translation>
    </message>
</context>
<context>
    <name>BenchmarkForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="164"/>
        <source>Benchmark assessment</source>
        <translation>Kıyaslama değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="165"/>
        <source>Scheme</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="167"/>
        <source>Assessed on</source>
        <translation>Değerlendirme tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="169"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="174"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>CentralSyncPanel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="114"/>
        <source>Import packages…</source>
        <translation>Paketleri içe aktar…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="115"/>
        <source>Make receipt for office…</source>
        <translation>Ofis için alındı oluştur…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="116"/>
        <source>Make office setup file…</source>
        <translation>Ofis kurulum dosyası oluştur…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="121"/>
        <source>You can also drop package files (.ispkg) on this page.</source>
        <translation>Paket dosyalarını (.ispkg) bu sayfaya sürükleyip bırakabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="124"/>
        <source>Preview: what the import will do</source>
        <translation>Ön izleme: içe aktarma ne yapacak</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="133"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="134"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="143"/>
        <location filename="../../infospot_app/ui/sync_central.py" line="157"/>
        <location filename="../../infospot_app/ui/sync_central.py" line="334"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="144"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="145"/>
        <source>Last package</source>
        <translation>Son paket</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="146"/>
        <source>Received</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="147"/>
        <source>Missing numbers</source>
        <translation>Eksik numaralar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="148"/>
        <source>Last contact</source>
        <translation>Son iletişim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="149"/>
        <source>Clock difference</source>
        <translation>Saat farkı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="150"/>
        <source>Key fingerprint</source>
        <translation>Anahtar parmak izi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="158"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="159"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="160"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="161"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="162"/>
        <source>Since</source>
        <translation>Karantinaya alınma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="163"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="169"/>
        <source>Offices</source>
        <translation>Ofisler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="170"/>
        <source>Quarantine</source>
        <translation>Karantina</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="171"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="201"/>
        <source>not yet known</source>
        <translation>henüz bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="223"/>
        <source>Quarantine ({n})</source>
        <translation>Karantina ({n})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="224"/>
        <source>Conflicts ({n})</source>
        <translation>Çakışmalar ({n})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="233"/>
        <source>Import packages</source>
        <translation>Paketleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="235"/>
        <source>InfoSpot packages (*.ispkg);;All files (*)</source>
        <translation>InfoSpot paketleri (*.ispkg);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="259"/>
        <source>Checking the packages…</source>
        <translation>Paketler denetleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="269"/>
        <source>Import {n} package(s)</source>
        <translation>{n} paketi içe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="283"/>
        <source>{office}: packages never received: {numbers}</source>
        <translation>{office}: hiç alınmamış paketler: {numbers}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="290"/>
        <source>{office} is new here; its key {fp} will be kept. Check it by phone.</source>
        <translation>{office} ofisi burada yeni; {fp} anahtarı saklanacak. Anahtarı telefonla doğrulayın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="296"/>
        <source>Each package is checked on its own; an office&apos;s packages are imported in the order they were made, so rows that wait for an earlier package apply.</source>
        <translation>Her paket ayrı ayrı denetlenir; bir ofisin paketleri oluşturuldukları sırayla içe aktarılır, böylece önceki bir paketi bekleyen satırlar da uygulanır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="310"/>
        <source>Importing the packages…</source>
        <translation>Paketler içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="318"/>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="334"/>
        <source>For which office?</source>
        <translation>Hangi ofis için?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_central.py" line="340"/>
        <source>Save as</source>
        <translation>Farklı kaydet</translation>
    </message>
</context>
<context>
    <name>CertificateBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="38"/>
        <source>Certificates</source>
        <translation>Katılım belgeleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="42"/>
        <source>Signatory name</source>
        <translation>İmzalayanın adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="43"/>
        <source>Title</source>
        <translation>Unvan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="56"/>
        <source>Save signatories</source>
        <translation>İmzalayanları kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="61"/>
        <source>Add logo…</source>
        <translation>Logo ekle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="62"/>
        <source>Remove last logo</source>
        <translation>Son logoyu kaldır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="103"/>
        <source>Choose a logo</source>
        <translation>Bir logo seçin</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="113"/>
        <source>Add logo</source>
        <translation>Logo ekle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="114"/>
        <source>{name} is not a PNG or JPEG image. Choose another file.</source>
        <translation>{name} bir PNG ya da JPEG resmi değil. Başka bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="155"/>
        <source>{name} (missing)</source>
        <translation>{name} (bulunamadı)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_certificate.py" line="163"/>
        <source>No logos yet — the certificates are printed without one.</source>
        <translation>Henüz logo yok — belgeler logosuz basılır.</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="77"/>
        <source>Issue for all eligible</source>
        <translation>Hak eden herkese düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="78"/>
        <source>Issue for selected</source>
        <translation>Seçilenlere düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="79"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="240"/>
        <source>Reissue</source>
        <translation>Yeniden düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="81"/>
        <source>Sign again with today&apos;s name and training details; the number stays</source>
        <translation>Bugünkü ad ve eğitim bilgileriyle yeniden imzala; numara aynı kalır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="83"/>
        <source>Revoke…</source>
        <translation>İptal et…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="95"/>
        <source>Turkish template</source>
        <translation>Türkçe şablon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="96"/>
        <source>English template</source>
        <translation>İngilizce şablon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="98"/>
        <source>Open PDF</source>
        <translation>PDF&apos;i aç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="99"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="100"/>
        <source>Save PDF…</source>
        <translation>PDF kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="101"/>
        <source>One file per person…</source>
        <translation>Kişi başına bir dosya…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="110"/>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>Certificate no.</source>
        <translation>Belge no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>Issued on</source>
        <translation>Düzenlenme tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="111"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="159"/>
        <source>{valid} certificates · {eligible} participants eligible</source>
        <translation>{valid} belge · {eligible} katılımcı belge alabilir</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="169"/>
        <source>Revoked: {reason}</source>
        <translation>İptal edildi: {reason}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="171"/>
        <source>Valid</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="173"/>
        <source>Withdrawn</source>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="174"/>
        <source>Eligible, not issued</source>
        <translation>Belge alabilir, düzenlenmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="174"/>
        <source>Attendance too low</source>
        <translation>Katılım yetersiz</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="202"/>
        <source>Certificates</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="202"/>
        <source>Select the participants first.</source>
        <translation>Önce katılımcıları seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="220"/>
        <source>{issued} issued, {reissued} signed again, {low} with too little attendance</source>
        <translation>{issued} düzenlendi, {reissued} yeniden imzalandı, {low} kişinin katılımı yetersiz</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="232"/>
        <source>Issuing certificates…</source>
        <translation>Belgeler düzenleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="240"/>
        <source>Select participants who hold a certificate.</source>
        <translation>Belgesi olan katılımcıları seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="259"/>
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="259"/>
        <source>Select one participant who holds a certificate.</source>
        <translation>Belgesi olan bir katılımcı seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="264"/>
        <source>Revoke certificate {number}</source>
        <translation>{number} numaralı belgeyi iptal et</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="265"/>
        <source>Why is it revoked? Anyone verifying the certificate is shown this reason.</source>
        <translation>Neden iptal ediliyor? Belgeyi doğrulayan herkes bu nedeni görür.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="296"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="301"/>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="313"/>
        <source>certificates.pdf</source>
        <translation>belgeler.pdf</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="315"/>
        <source>Save certificates</source>
        <translation>Belgeleri kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/certificate_actions.py" line="323"/>
        <source>Folder for the certificates</source>
        <translation>Belgelerin klasörü</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="65"/>
        <source>Type to narrow the list</source>
        <translation>Listeyi daraltmak için yazın</translation>
    </message>
</context>
<context>
    <name>ClusterForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="48"/>
        <source>New cluster</source>
        <translation>Yeni küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="48"/>
        <source>Edit cluster</source>
        <translation>Kümeyi düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="63"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="66"/>
        <source>Sectors (NACE divisions)</source>
        <translation>Sektörler (NACE bölümleri)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="67"/>
        <source>NACE divisions</source>
        <translation>NACE bölümleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="75"/>
        <source>Home office</source>
        <translation>Bağlı olduğu ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="76"/>
        <location filename="../../infospot_app/ui/cluster_form.py" line="77"/>
        <source>Provinces involved</source>
        <translation>Kapsanan iller</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="81"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="82"/>
        <source>Stage reached on</source>
        <translation>Aşamaya geçiş tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="85"/>
        <source>Coordinating body</source>
        <translation>Koordinatör kuruluş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="86"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="51"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="67"/>
        <source>Details</source>
        <translation>Bilgiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Tax ID</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="81"/>
        <source>Joined</source>
        <translation>Katılış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="82"/>
        <source>Left</source>
        <translation>Ayrılış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="82"/>
        <source>Company&apos;s office</source>
        <translation>Firmanın ofisi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="90"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="91"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="101"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Scheme</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="100"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="110"/>
        <source>Submitted</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Requested (TRY)</source>
        <translation>Talep edilen (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="111"/>
        <source>Granted (TRY)</source>
        <translation>Verilen (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="119"/>
        <location filename="../../infospot_app/ui/cluster_page.py" line="218"/>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="120"/>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="121"/>
        <source>Benchmarking</source>
        <translation>Kıyaslama</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="122"/>
        <source>Grants</source>
        <translation>Hibeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="154"/>
        <source>This cluster belongs to office {office}; it is shown read-only.</source>
        <translation>Bu küme {office} ofisine ait; yalnızca görüntülenebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="204"/>
        <source>median {median}, mean {mean} ({n} members measured)</source>
        <translation>medyan {median}, ortalama {mean} (ölçülen üye: {n})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="209"/>
        <source>not yet measured: members need a baseline and a follow-up measurement</source>
        <translation>henüz ölçülmedi: üyelerin bir başlangıç ve bir izleme ölçümü olmalı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="212"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="213"/>
        <source>Stage history</source>
        <translation>Aşama geçmişi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="214"/>
        <source>Sectors (NACE)</source>
        <translation>Sektörler (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="215"/>
        <source>Provinces involved</source>
        <translation>Kapsanan iller</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="216"/>
        <source>Home office</source>
        <translation>Bağlı olduğu ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="217"/>
        <source>Coordinating body</source>
        <translation>Koordinatör kuruluş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="219"/>
        <source>Productivity change</source>
        <translation>Verimlilik değişimi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_page.py" line="220"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="75"/>
        <source>Clusters</source>
        <translation>Kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="76"/>
        <source>New cluster</source>
        <translation>Yeni küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="77"/>
        <source>Search by name, coordinating body or NACE division (Ctrl+F)</source>
        <translation>Ad, koordinatör kuruluş ya da NACE bölümüne göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="81"/>
        <source>All stages</source>
        <translation>Bütün aşamalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="84"/>
        <source>Stage:</source>
        <translation>Aşama:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="100"/>
        <source>{n} clusters</source>
        <translation>{n} küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="105"/>
        <source>No cluster matches this search. Check the spelling or clear the filter.</source>
        <translation>Bu aramaya uyan küme yok. Yazımı kontrol edin ya da süzgeci temizleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="108"/>
        <source>No clusters yet — press Ctrl+N to record the first one.</source>
        <translation>Henüz küme yok — ilkini kaydetmek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="109"/>
        <source>No clusters yet.</source>
        <translation>Henüz küme yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="135"/>
        <source>Delete cluster</source>
        <translation>Kümeyi sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/clusters_page.py" line="137"/>
        <source>Delete the cluster “{name}”? It disappears from every list here and at the central office after the next sync; its members stay registered as companies.</source>
        <translation>“{name}” kümesi silinsin mi? Küme buradaki bütün listelerden ve bir sonraki eşitlemeden sonra merkezdeki listelerden kalkar; üyeleri firma olarak kayıtlı kalır.</translation>
    </message>
</context>
<context>
    <name>CodeListField</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="113"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="32"/>
        <source>Find company…</source>
        <translation>Firma bul…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="33"/>
        <source>No company</source>
        <translation>Firma yok</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="48"/>
        <source>Companies of other offices may be chosen too; their details stay read-only.</source>
        <translation>Diğer ofislerin firmaları da seçilebilir; bilgileri yalnızca görüntülenebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="59"/>
        <source>No company chosen</source>
        <translation>Firma seçilmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="136"/>
        <source>Type part of the name or tax ID</source>
        <translation>Adın ya da vergi numarasının bir kısmını yazın</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="141"/>
        <source>No company matches. Register it on the Companies page.</source>
        <translation>Uyan firma yok. Firmayı Firmalar sayfasında kaydedin.</translation>
    </message>
</context>
<context>
    <name>CompanyFilters</name>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="25"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="26"/>
        <source>All provinces</source>
        <translation>Tüm iller</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="30"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="32"/>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="33"/>
        <source>All sectors</source>
        <translation>Tüm sektörler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="39"/>
        <source>Size</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="40"/>
        <source>All sizes</source>
        <translation>Tüm ölçekler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="44"/>
        <source>Cluster membership</source>
        <translation>Küme üyeliği</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="45"/>
        <source>In a cluster or not</source>
        <translation>Kümede olan ve olmayan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="46"/>
        <source>Cluster members</source>
        <translation>Küme üyeleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="47"/>
        <source>Not in a cluster</source>
        <translation>Kümede olmayanlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_filters.py" line="62"/>
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="31"/>
        <source>New company</source>
        <translation>Yeni firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="31"/>
        <source>Edit company</source>
        <translation>Firmayı düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="46"/>
        <source>Legal name</source>
        <translation>Firma unvanı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="47"/>
        <source>Short name</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="53"/>
        <source>Tax ID (VKN/TCKN)</source>
        <translation>Vergi no. (VKN/TCKN)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="55"/>
        <source>Tax office</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="56"/>
        <source>MERSIS no.</source>
        <translation>MERSİS no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="58"/>
        <location filename="../../infospot_app/ui/company_form.py" line="110"/>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="61"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="64"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="66"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="68"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="69"/>
        <source>Web site</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="71"/>
        <source>Sector (NACE)</source>
        <translation>Sektör (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="72"/>
        <source>Founding year</source>
        <translation>Kuruluş yılı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="73"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="74"/>
        <source>Annual turnover (TRY)</source>
        <translation>Yıllık ciro (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="75"/>
        <source>Export share (%)</source>
        <translation>İhracat payı (%)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="76"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="153"/>
        <source>Similar companies are already registered: {names}. Check that this is not one of them.</source>
        <translation>Benzer adlı firmalar zaten kayıtlı: {names}. Bu firmanın onlardan biri olmadığını kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_form.py" line="161"/>
        <source>Open that company</source>
        <translation>O firmayı aç</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="55"/>
        <source>Companies</source>
        <translation>Firmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="60"/>
        <source>New company</source>
        <translation>Yeni firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="61"/>
        <source>Add a company (Ctrl+N)</source>
        <translation>Firma ekle (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="62"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="63"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="73"/>
        <source>Search by name, tax ID or district (Ctrl+F)</source>
        <translation>Ad, vergi numarası ya da ilçeyle arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="129"/>
        <location filename="../../infospot_app/ui/company_list_page.py" line="130"/>
        <source>Your role may only read records.</source>
        <translation>Rolünüz kayıtları yalnızca görüntüleyebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="160"/>
        <source>{n} companies</source>
        <translation>{n} firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="166"/>
        <source>No company matches this search. Check the spelling or clear the filters.</source>
        <translation>Bu aramaya uyan firma yok. Yazımı kontrol edin ya da süzgeçleri temizleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="170"/>
        <source>No companies yet — press Ctrl+N to add the first one.</source>
        <translation>Henüz firma yok — ilk firmayı eklemek için Ctrl+N tuşlarına basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="172"/>
        <source>No companies yet.</source>
        <translation>Henüz firma yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="218"/>
        <source>Delete company</source>
        <translation>Firmayı sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_list_page.py" line="220"/>
        <source>Delete “{name}”? It disappears from every list here and at the central office after the next sync. Its history stays in the audit log.</source>
        <translation>“{name}” silinsin mi? Firma buradaki bütün listelerden ve bir sonraki eşitlemeden sonra merkezdeki listelerden kalkar. Geçmişi denetim kaydında kalır.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="61"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="74"/>
        <source>Details</source>
        <translation>Bilgiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="78"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <location filename="../../infospot_app/ui/company_page.py" line="160"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="79"/>
        <location filename="../../infospot_app/ui/company_page.py" line="161"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="83"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="84"/>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="88"/>
        <source>Trainings attended</source>
        <translation>Katıldığı eğitimler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="89"/>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="93"/>
        <source>Clusters</source>
        <translation>Kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Cluster</source>
        <translation>Küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Joined</source>
        <translation>Katılış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="94"/>
        <source>Left</source>
        <translation>Ayrılış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="98"/>
        <source>Measurements</source>
        <translation>Ölçümler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="100"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="101"/>
        <source>Measured on</source>
        <translation>Ölçüm tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="102"/>
        <source>Kind</source>
        <translation>Türü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="103"/>
        <source>Turnover</source>
        <translation>Ciro</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="104"/>
        <location filename="../../infospot_app/ui/company_page.py" line="163"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="105"/>
        <source>Value added</source>
        <translation>Katma değer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="111"/>
        <source>Grants</source>
        <translation>Hibeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="113"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="114"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="115"/>
        <source>Submitted</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="116"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="117"/>
        <source>Requested</source>
        <translation>Talep edilen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="118"/>
        <source>Granted</source>
        <translation>Verilen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="124"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="125"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="156"/>
        <source>Tax ID</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="157"/>
        <source>Tax office</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="158"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="159"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="162"/>
        <source>Sector (NACE)</source>
        <translation>Sektör (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="164"/>
        <source>Annual turnover (TRY)</source>
        <translation>Yıllık ciro (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="165"/>
        <source>Size</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="166"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_page.py" line="167"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="154"/>
        <source>Choose a company</source>
        <translation>Firma seçin</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="158"/>
        <source>Name or tax ID</source>
        <translation>Ad ya da vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Tax ID</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="162"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="175"/>
        <source>Companies of other offices can join the cluster; their details stay read-only.</source>
        <translation>Diğer ofislerin firmaları da kümeye katılabilir; bilgileri yalnızca görüntülenebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_pickers.py" line="203"/>
        <source>{office} (read-only)</source>
        <translation>{office} (yalnızca görüntüleme)</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="59"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="60"/>
        <source>Tax ID</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="61"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="62"/>
        <source>Sector (NACE)</source>
        <translation>Sektör (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="63"/>
        <source>Size</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="64"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="65"/>
        <source>Clusters</source>
        <translation>Kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/company_model.py" line="66"/>
        <source>Last visit</source>
        <translation>Son ziyaret</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="37"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="38"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="39"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="40"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="41"/>
        <source>Found</source>
        <translation>Tespit tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Kept here</source>
        <translation>Burada tutulan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="47"/>
        <source>Arrived</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="58"/>
        <source>Keep the version kept here</source>
        <translation>Burada tutulan sürümü koru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="59"/>
        <source>Keep the version that arrived</source>
        <translation>Gelen sürümü koru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="69"/>
        <source>Both versions are kept until you choose; if unsure, ask the office which one is right.</source>
        <translation>Siz seçene kadar iki sürüm de saklanır; emin değilseniz hangisinin doğru olduğunu ofise sorun.</translation>
    </message>
    <message>
        <source>Choosing a version is not available in this version of InfoSpot yet. Both versions are kept and nothing is lost; ask the office which one is right.</source>
        <translation type="vanished">Sürüm seçmek InfoSpot&apos;un bu sürümünde henüz yok. İki sürüm de saklanır ve hiçbir şey kaybolmaz; hangisinin doğru olduğunu ofise sorun.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_conflicts.py" line="104"/>
        <source>differs</source>
        <translation>farklı</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="24"/>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="46"/>
        <source>New consent</source>
        <translation>Yeni onay</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="51"/>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="54"/>
        <source>e.g. 2024/1</source>
        <translation>örneğin 2024/1</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="56"/>
        <source>Information notice version</source>
        <translation>Aydınlatma metni sürümü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="59"/>
        <source>Date given</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="64"/>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="67"/>
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="28"/>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="29"/>
        <source>Notice version</source>
        <translation>Aydınlatma metni sürümü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="30"/>
        <source>Given on</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="31"/>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="32"/>
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="33"/>
        <source>Withdrawn on</source>
        <translation>Geri çekilme tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="61"/>
        <source>Add consent…</source>
        <translation>Onay ekle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="62"/>
        <source>Withdraw…</source>
        <translation>Geri çek…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="100"/>
        <source>No consent recorded — press “Add consent…” when the person signs the notice.</source>
        <translation>Kayıtlı onay yok — kişi aydınlatma metnini imzaladığında “Onay ekle…” düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="102"/>
        <source>No consent recorded.</source>
        <translation>Kayıtlı onay yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_list.py" line="115"/>
        <source>Your role may only read records.</source>
        <translation>Rolünüz kayıtları yalnızca görüntüleyebilir.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="38"/>
        <source>{n} %</source>
        <translation>%{n}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="61"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="70"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="95"/>
        <source>Offices</source>
        <translation>Ofisler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="108"/>
        <source>SMEs reached</source>
        <translation>Ulaşılan KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="109"/>
        <source>SMEs in clusters</source>
        <translation>Kümelerdeki KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="110"/>
        <source>Clusters per province</source>
        <translation>İllere göre küme sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="111"/>
        <source>Clusters benchmarked (national system)</source>
        <translation>Kıyaslanan kümeler (ulusal sistem)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="112"/>
        <source>Productivity change of cluster SMEs</source>
        <translation>Küme KOBİ&apos;lerinin verimlilik değişimi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="125"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="126"/>
        <source>Follow-up actions overdue</source>
        <translation>Gecikmiş takip eylemleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="127"/>
        <source>Trainings held</source>
        <translation>Yapılan eğitimler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="128"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="129"/>
        <source>Women among participants</source>
        <translation>Katılımcılar arasında kadınlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="130"/>
        <source>Participant-hours</source>
        <translation>Katılımcı-saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="131"/>
        <source>Certificates issued</source>
        <translation>Düzenlenen katılım belgeleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="132"/>
        <source>Grant applications</source>
        <translation>Hibe başvuruları</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="133"/>
        <source>Requested (TRY)</source>
        <translation>Talep edilen (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="134"/>
        <source>Granted (TRY)</source>
        <translation>Verilen (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="151"/>
        <source>Computing the indicators…</source>
        <translation>Göstergeler hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="160"/>
        <source>The indicators could not be computed.</source>
        <translation>Göstergeler hesaplanamadı.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="182"/>
        <source>All offices (national totals)</source>
        <translation>Bütün ofisler (ulusal toplam)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="195"/>
        <source>Target: {n}</source>
        <translation>Hedef: {n}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="204"/>
        <source>Target: {t} · median of {n} SMEs measured, mean {m}</source>
        <translation>Hedef: {t} · ölçülen {n} KOBİ&apos;nin medyanı, ortalama {m}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="219"/>
        <source>Provinces with {band} clusters · {n} clusters in all</source>
        <translation>{band} kümesi olan iller · toplam {n} küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_page.py" line="229"/>
        <source>Target: {band} in {province}</source>
        <translation>Hedef: {province} ilinde {band}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="49"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="112"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="147"/>
        <source>{n} rows</source>
        <translation>{n} satır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_drill.py" line="155"/>
        <source>The list could not be loaded.</source>
        <translation>Liste yüklenemedi.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="195"/>
        <source>Companies already registered</source>
        <translation>Zaten kayıtlı firmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="197"/>
        <source>Rows whose tax id is registered: update those companies or leave them.</source>
        <translation>Vergi numarası kayıtlı olan satırlar: o firmaları güncelleyin ya da olduğu gibi bırakın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="203"/>
        <source>Update them with the list&apos;s values (empty cells change nothing)</source>
        <translation>Listedeki değerlerle güncelle (boş hücreler hiçbir şeyi değiştirmez)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="205"/>
        <source>Skip them: leave the registered companies</source>
        <translation>Atla: kayıtlı firmalara dokunma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="220"/>
        <source>{n} rows of the list have the tax id of a company already registered in InfoSpot. Companies of other offices are never changed.</source>
        <translation>Listenin {n} satırında InfoSpot&apos;ta zaten kayıtlı bir firmanın vergi numarası var. Diğer ofislerin firmaları hiçbir zaman değiştirilmez.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="88"/>
        <source>Fields marked * are required.</source>
        <translation>* ile işaretli alanlar zorunludur.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="97"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="104"/>
        <source>Save and new</source>
        <translation>Kaydet ve yeni</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="168"/>
        <source>To save, fill in: {fields}.</source>
        <translation>Kaydetmek için doldurun: {fields}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="173"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>Kaydet (Enter ya da Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="241"/>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/edit_dialog.py" line="242"/>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation>Bu formda kaydedilmemiş değişiklikler var. Atılsın mı?</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="19"/>
        <source>Erase this person</source>
        <translation>Bu kişinin verilerini sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="24"/>
        <source>The name, phone, e-mail and position of {name} will be blanked for good. Statistics (gender, company, trainings attended) are kept. This cannot be undone.

To confirm, type the person&apos;s name or {word}:</source>
        <translation>{name} adlı kişinin adı, telefonu, e-postası ve görevi kalıcı olarak silinecek. İstatistikler (cinsiyet, firma, katıldığı eğitimler) korunur. Bu işlem geri alınamaz.

Onaylamak için kişinin adını ya da {word} yazın:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_erase.py" line="37"/>
        <source>Erase</source>
        <translation>Verileri sil</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="158"/>
        <source>Export to Excel</source>
        <translation>Excel&apos;e aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="164"/>
        <source>Save the rows shown, with their search, filters and order, as an Excel file</source>
        <translation>Gösterilen satırları arama, süzgeç ve sıralamalarıyla birlikte Excel dosyası olarak kaydet</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../infospot_app/ui/failure.py" line="68"/>
        <source>Something went wrong that InfoSpot did not expect.</source>
        <translation>InfoSpot’ta beklenmeyen bir hata oluştu.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/failure.py" line="73"/>
        <source>Nothing you typed was lost: the window is still open. Try again; if it happens again, send the details below to your administrator. The log is in {path}.</source>
        <translation>Yazdıklarınızın hiçbiri kaybolmadı; pencere hâlâ açık. Yeniden deneyin; hata tekrarlanırsa aşağıdaki ayrıntıları yöneticinize gönderin. Kayıt dosyası: {path}.</translation>
    </message>
</context>
<context>
    <name>FileOpen</name>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="37"/>
        <location filename="../../infospot_app/ui/file_open.py" line="72"/>
        <source>Opening files</source>
        <translation>Dosyalar açılıyor</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="43"/>
        <source>These files were not found; nothing was imported from them:
{files}</source>
        <translation>Bu dosyalar bulunamadı; onlardan hiçbir şey içe aktarılmadı:
{files}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="57"/>
        <source>Importing a setup file needs a staff or administrator account.</source>
        <translation>Kurulum dosyası içe aktarmak için personel ya da yönetici hesabı gerekir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="77"/>
        <source>Sync packages are imported at the central office. This computer is an Info Spot office: send the package to the central office instead.</source>
        <translation>Eşitleme paketleri merkezde içe aktarılır. Bu bilgisayar bir Bilgi Noktası ofisinde: paketi merkeze gönderin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/file_open.py" line="90"/>
        <source>Importing packages needs a staff or administrator account.</source>
        <translation>Paket içe aktarmak için personel ya da yönetici hesabı gerekir.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="118"/>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="143"/>
        <source>Choose the member list</source>
        <translation>Üye listesini seçin</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="121"/>
        <source>An Excel workbook (.xlsx) from the chamber. Title rows, logos and merged cells above the column names are fine: InfoSpot finds the header row itself.</source>
        <translation>Odadan gelen bir Excel çalışma kitabı (.xlsx). Sütun adlarının üstündeki başlık satırları, logolar ve birleştirilmiş hücreler sorun değildir: InfoSpot başlık satırını kendisi bulur.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="128"/>
        <source>The list&apos;s file</source>
        <translation>Liste dosyası</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="130"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="152"/>
        <source>Reading “{name}”…</source>
        <translation>“{name}” okunuyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="163"/>
        <source>Reading was cancelled. Choose the file again.</source>
        <translation>Okuma iptal edildi. Dosyayı yeniden seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="168"/>
        <source>{lines} lines in the sheet “{sheet}” (the workbook has {n} sheets).</source>
        <translation>“{sheet}” sayfasında {lines} satır var (çalışma kitabında {n} sayfa var).</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="179"/>
        <source>The file could not be read.</source>
        <translation>Dosya okunamadı.</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="36"/>
        <source>New grant application</source>
        <translation>Yeni hibe başvurusu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="36"/>
        <source>Grant application</source>
        <translation>Hibe başvurusu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="52"/>
        <source>A company</source>
        <translation>Bir firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="53"/>
        <source>A cluster</source>
        <translation>Bir küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="54"/>
        <source>Applicant</source>
        <translation>Başvuru sahibi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="58"/>
        <source>No company chosen</source>
        <translation>Firma seçilmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="59"/>
        <source>Find company…</source>
        <translation>Firma bul…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="64"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="66"/>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="70"/>
        <source>Cluster</source>
        <translation>Küme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="71"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="72"/>
        <source>Project title</source>
        <translation>Proje adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="73"/>
        <source>Submitted on</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="74"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="75"/>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="77"/>
        <source>Requested amount (TRY)</source>
        <translation>Talep edilen tutar (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="78"/>
        <source>Granted amount (TRY)</source>
        <translation>Verilen tutar (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="81"/>
        <source>e.g. 1.250.000,00</source>
        <translation>örneğin 1.250.000,00</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grant_form.py" line="83"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="105"/>
        <source>Grants</source>
        <translation>Hibeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="106"/>
        <source>New application</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="107"/>
        <source>Search by applicant or project title (Ctrl+F)</source>
        <translation>Başvuru sahibi ya da proje adına göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="112"/>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="112"/>
        <source>All programmes</source>
        <translation>Bütün programlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="113"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="113"/>
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="137"/>
        <source>{n} applications</source>
        <translation>{n} başvuru</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="141"/>
        <source>No application matches. Check the spelling or clear the filters.</source>
        <translation>Aramaya uyan başvuru yok. Yazımı kontrol edin ya da süzgeçleri temizleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="143"/>
        <source>No grant applications yet — press Ctrl+N to record the first one.</source>
        <translation>Henüz hibe başvurusu yok — ilkini kaydetmek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="144"/>
        <source>No grant applications yet.</source>
        <translation>Henüz hibe başvurusu yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="167"/>
        <source>Delete application</source>
        <translation>Başvuruyu sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/grants_page.py" line="169"/>
        <source>Delete the selected grant application? It is removed here and, after the next sync, at the central office.</source>
        <translation>Seçili hibe başvurusu silinsin mi? Başvuru burada ve bir sonraki eşitlemeden sonra merkezde silinir.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="46"/>
        <source>ready to import</source>
        <translation>içe aktarılmaya hazır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="47"/>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="48"/>
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="49"/>
        <source>already imported</source>
        <translation>zaten içe aktarılmış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="87"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="88"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="89"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="90"/>
        <source>Table / status</source>
        <translation>Tablo / durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="91"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="92"/>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="93"/>
        <source>Unchanged</source>
        <translation>Değişmeyen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="94"/>
        <source>Stale</source>
        <translation>Eskimiş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="95"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="96"/>
        <source>Quarantined</source>
        <translation>Karantinaya alınan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_models.py" line="97"/>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="41"/>
        <source>{n} %</source>
        <translation>%{n}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="96"/>
        <source>Show the list behind this number</source>
        <translation>Bu sayının arkasındaki listeyi göster</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="11"/>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="12"/>
        <source>Small</source>
        <translation>Küçük</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="13"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="14"/>
        <source>Large</source>
        <translation>Büyük</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="22"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="23"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="24"/>
        <source>Viewer</source>
        <translation>İzleyici</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="32"/>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="33"/>
        <source>Certificate</source>
        <translation>Katılım belgesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="34"/>
        <source>Photos</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="35"/>
        <source>Sharing with the ministry</source>
        <translation>Bakanlıkla paylaşım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="36"/>
        <source>Newsletter</source>
        <translation>Bülten</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="44"/>
        <source>Paper form</source>
        <translation>Kâğıt form</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="45"/>
        <location filename="../../infospot_app/ui/labels.py" line="111"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="46"/>
        <source>Verbal</source>
        <translation>Sözlü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="47"/>
        <source>Electronic form</source>
        <translation>Elektronik form</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="55"/>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="56"/>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="57"/>
        <location filename="../../infospot_app/ui/labels.py" line="71"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="58"/>
        <source>Not stated</source>
        <translation>Belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="66"/>
        <source>First contact</source>
        <translation>İlk temas</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="67"/>
        <source>Needs analysis</source>
        <translation>İhtiyaç analizi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="68"/>
        <source>Follow-up</source>
        <translation>İzleme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="69"/>
        <source>Cluster meeting</source>
        <translation>Küme toplantısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="70"/>
        <source>Grant support</source>
        <translation>Hibe desteği</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="79"/>
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="80"/>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="81"/>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="82"/>
        <source>erased</source>
        <translation>kişisel verileri silindi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="83"/>
        <source>password changed</source>
        <translation>parolası değiştirildi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="84"/>
        <source>activated</source>
        <translation>etkinleştirildi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="85"/>
        <source>deactivated</source>
        <translation>devre dışı bırakıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="93"/>
        <source>Central office</source>
        <translation>Merkez ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="95"/>
        <source>Info Spot office</source>
        <translation>Bilgi noktası ofisi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="102"/>
        <source>Legal name</source>
        <translation>Firma unvanı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="103"/>
        <source>Short name</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="104"/>
        <source>Tax ID</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="105"/>
        <source>Tax office</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="106"/>
        <source>MERSIS no.</source>
        <translation>MERSİS no.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="107"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="108"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="109"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="110"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="112"/>
        <source>Web site</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="113"/>
        <source>Sector (NACE)</source>
        <translation>Sektör (NACE)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="114"/>
        <source>Founding year</source>
        <translation>Kuruluş yılı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="115"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="116"/>
        <source>Annual turnover</source>
        <translation>Yıllık ciro</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="117"/>
        <source>Export share</source>
        <translation>İhracat payı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="118"/>
        <source>Size</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="119"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="120"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="121"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="122"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="123"/>
        <location filename="../../infospot_app/ui/labels.py" line="132"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="124"/>
        <source>Erased</source>
        <translation>Silinme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="133"/>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="134"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="135"/>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/labels.py" line="136"/>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="52"/>
        <source>Welcome to InfoSpot</source>
        <translation>InfoSpot’a hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="54"/>
        <source>Choose the language of the application. You can change it later.</source>
        <translation>Uygulamanın dilini seçin. Daha sonra değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="99"/>
        <source>Export to Excel</source>
        <translation>Excel&apos;e aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="121"/>
        <source>Exporting “{name}” to Excel…</source>
        <translation>“{name}” Excel&apos;e aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/export_action.py" line="131"/>
        <source>{n} rows of “{name}” were written to the Excel file.</source>
        <translation>“{name}” listesinin {n} satırı Excel dosyasına yazıldı.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="233"/>
        <source>Where to keep the data</source>
        <translation>Veriler nerede saklansın</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="234"/>
        <source>The default location is right for most computers.</source>
        <translation>Önerilen konum çoğu bilgisayar için uygundur.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="235"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="238"/>
        <source>Backups are kept in a “backups” folder next to this file. Press Finish to create the database.</source>
        <translation>Yedekler bu dosyanın yanındaki “backups” klasöründe tutulur. Veritabanını oluşturmak için Bitir’e basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="245"/>
        <source>Database file</source>
        <translation>Veritabanı dosyası</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="245"/>
        <source>InfoSpot database (*.db)</source>
        <translation>InfoSpot veritabanı (*.db)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="31"/>
        <source>Sign in to InfoSpot</source>
        <translation>InfoSpot’a giriş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="34"/>
        <source>Sign in — office {office}</source>
        <translation>Giriş — {office} ofisi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="42"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="43"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/login_dialog.py" line="51"/>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="32"/>
        <source>E-mail settings</source>
        <translation>E-posta ayarları</translation>
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
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="53"/>
        <source>SMTP server:</source>
        <translation>SMTP sunucusu:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="54"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="55"/>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="56"/>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="57"/>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="58"/>
        <source>Sender address:</source>
        <translation>Gönderen adresi:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="59"/>
        <source>Central office address:</source>
        <translation>Merkezin adresi:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="64"/>
        <source>The password is kept in this computer&apos;s password store.</source>
        <translation>Parola bu bilgisayarın parola deposunda saklanır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="68"/>
        <source>This computer has no password store, so InfoSpot does not save the password and asks for it once each time InfoSpot runs. To save it, install and unlock GNOME Keyring or KWallet (Linux); Windows uses its Credential Manager.</source>
        <translation>Bu bilgisayarda parola deposu yok; bu yüzden InfoSpot parolayı kaydetmez ve her çalıştığında bir kez sorar. Kaydetmek için GNOME Keyring ya da KWallet kurup kilidini açın (Linux); Windows kendi Kimlik Bilgileri Yöneticisini kullanır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_mail_dialog.py" line="73"/>
        <source>asked when sending</source>
        <translation>gönderirken sorulur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="47"/>
        <source>InfoSpot — Cluster Info Spots</source>
        <translation>InfoSpot — Kümelenme Bilgi Noktaları</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="90"/>
        <source>Office: {code} — {name}</source>
        <translation>Ofis: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="93"/>
        <source>User: {user} ({role})</source>
        <translation>Kullanıcı: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="95"/>
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="103"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="106"/>
        <source>New record</source>
        <translation>Yeni kayıt</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="110"/>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="194"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/main_window.py" line="195"/>
        <source>A form has changes that are not saved. Close InfoSpot and discard them?</source>
        <translation>Açık bir formda kaydedilmemiş değişiklikler var. InfoSpot kapatılsın ve değişiklikler atılsın mı?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="40"/>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="42"/>
        <source>Each column of the list and the field it goes to, recognised by its name.</source>
        <translation>Listenin her sütunu ve adından tanınarak aktarılacağı alan.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="57"/>
        <source>Save mapping…</source>
        <translation>Eşleştirmeyi kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="58"/>
        <source>Load mapping…</source>
        <translation>Eşleştirmeyi yükle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="101"/>
        <source>{mapped} of {total} columns are imported. Check each one and change what is wrong; columns not imported are left out. The mapping is remembered for the next list.</source>
        <translation>{total} sütunun {mapped} tanesi içe aktarılacak. Her birini kontrol edin ve yanlış olanları düzeltin; içe aktarılmayan sütunlar dışarıda bırakılır. Eşleştirme bir sonraki liste için hatırlanır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="109"/>
        <source>Choose the columns holding: {fields}.</source>
        <translation>Şu bilgileri içeren sütunları seçin: {fields}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="118"/>
        <source>Save the column mapping</source>
        <translation>Sütun eşleştirmesini kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="119"/>
        <source>column mapping.json</source>
        <translation>sutun eslestirmesi.json</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="120"/>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="133"/>
        <source>Column mapping (*.json)</source>
        <translation>Sütun eşleştirmesi (*.json)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_mapping.py" line="133"/>
        <source>Load a column mapping</source>
        <translation>Sütun eşleştirmesi yükle</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="33"/>
        <source>Productivity measurement</source>
        <translation>Verimlilik ölçümü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="36"/>
        <source>Period (e.g. 2025)</source>
        <translation>Dönem (örneğin 2025)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="38"/>
        <source>Measured on</source>
        <translation>Ölçüm tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="40"/>
        <source>Kind</source>
        <translation>Türü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="41"/>
        <source>Turnover (TRY)</source>
        <translation>Ciro (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="42"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="43"/>
        <source>Value added (TRY, optional)</source>
        <translation>Katma değer (TL, isteğe bağlı)</translation>
    </message>
</context>
<context>
    <name>MeasurementsWidget</name>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Measured on</source>
        <translation>Ölçüm tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="84"/>
        <source>Kind</source>
        <translation>Türü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="85"/>
        <source>Turnover (TRY)</source>
        <translation>Ciro (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="85"/>
        <source>Employees</source>
        <translation>Çalışan sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="86"/>
        <source>Value added (TRY)</source>
        <translation>Katma değer (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="86"/>
        <source>Per employee (TRY)</source>
        <translation>Çalışan başına (TL)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="87"/>
        <source>Change vs baseline</source>
        <translation>Başlangıca göre değişim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="115"/>
        <source>Productivity change since the baseline: {change}</source>
        <translation>Başlangıçtan bu yana verimlilik değişimi: {change}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/measurements_widget.py" line="120"/>
        <source>The change is computed once there is a baseline and a follow-up measurement.</source>
        <translation>Değişim, bir başlangıç ve bir izleme ölçümü olduğunda hesaplanır.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="88"/>
        <source>Cluster member</source>
        <translation>Küme üyesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="93"/>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="128"/>
        <source>No company chosen</source>
        <translation>Firma seçilmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="94"/>
        <source>Find company…</source>
        <translation>Firma bul…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="100"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="101"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="102"/>
        <source>Joined on</source>
        <translation>Katılma tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_record_forms.py" line="103"/>
        <source>Left on</source>
        <translation>Ayrılma tarihi</translation>
    </message>
</context>
<context>
    <name>MemberImportWizard</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="109"/>
        <source>Import a member list</source>
        <translation>Üye listesi içe aktar</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="88"/>
        <source>Where is this computer?</source>
        <translation>Bu bilgisayar nerede?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="90"/>
        <source>InfoSpot works differently at an Info Spot and at the central office.</source>
        <translation>InfoSpot, bilgi noktalarında ve merkez ofiste farklı çalışır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="93"/>
        <source>At an Info Spot office (registers companies, sends sync packages)</source>
        <translation>Bir bilgi noktası ofisinde (firma kaydeder, eşitleme paketi gönderir)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="95"/>
        <source>At the central office (imports every office&apos;s packages)</source>
        <translation>Merkez ofiste (bütün ofislerin paketlerini içe aktarır)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="96"/>
        <source>Most computers are at an Info Spot office.</source>
        <translation>Bilgisayarların çoğu bir bilgi noktası ofisindedir.</translation>
    </message>
</context>
<context>
    <name>MonthlyReachChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="187"/>
        <source>SMEs reached by month</source>
        <translation>Aylara göre ulaşılan KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="192"/>
        <source>Newly reached</source>
        <translation>Yeni ulaşılan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="195"/>
        <source>Running total</source>
        <translation>Kümülatif toplam</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="208"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
</context>
<context>
    <name>NaceField</name>
    <message>
        <location filename="../../infospot_app/ui/nace_field.py" line="26"/>
        <source>Code or words, e.g. 10.71 or bread</source>
        <translation>Kod ya da sözcük, örneğin 10.71 ya da ekmek</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="129"/>
        <source>Your office</source>
        <translation>Ofisiniz</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="130"/>
        <source>Choose the Info Spot this computer works for.</source>
        <translation>Bu bilgisayarın çalıştığı bilgi noktasını seçin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="131"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="137"/>
        <source>Hosted by {host}</source>
        <translation>Ev sahibi: {host}</translation>
    </message>
</context>
<context>
    <name>OfficeReachChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="147"/>
        <source>SMEs reached per office</source>
        <translation>Ofislere göre ulaşılan KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="156"/>
        <source>SMEs reached</source>
        <translation>Ulaşılan KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="158"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="162"/>
        <source>SMEs in clusters</source>
        <translation>Kümelerdeki KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="164"/>
        <source>Target (clusters)</source>
        <translation>Hedef (küme)</translation>
    </message>
</context>
<context>
    <name>OfficeSyncPanel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="91"/>
        <source>Create package and save…</source>
        <translation>Paket oluştur ve kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="98"/>
        <source>Other folder…</source>
        <translation>Başka klasör…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="100"/>
        <source>Send by e-mail</source>
        <translation>E-postayla gönder</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="101"/>
        <source>E-mail draft (.eml)</source>
        <translation>E-posta taslağı (.eml)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="102"/>
        <source>Import receipt…</source>
        <translation>Alındıyı içe aktar…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="103"/>
        <source>E-mail settings…</source>
        <translation>E-posta ayarları…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="104"/>
        <source>Full package (every row)</source>
        <translation>Tam paket (bütün satırlar)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="105"/>
        <source>Normally a package carries only what HQ has not confirmed.</source>
        <translation>Normalde bir paket yalnızca merkezin henüz onaylamadığı değişiklikleri taşır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="118"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="119"/>
        <source>Made</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="120"/>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="121"/>
        <source>Confirmed</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="122"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="127"/>
        <source>Packages made</source>
        <translation>Oluşturulan paketler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="132"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="133"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="134"/>
        <source>Attempts</source>
        <translation>Deneme sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="135"/>
        <source>Last problem</source>
        <translation>Son sorun</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="140"/>
        <source>Outbox (e-mail)</source>
        <translation>Giden kutusu (e-posta)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="143"/>
        <source>Try sending now</source>
        <translation>Şimdi göndermeyi dene</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="162"/>
        <source>USB drive {name} ({path})</source>
        <translation>USB sürücü {name} ({path})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="183"/>
        <source>{n} changes not yet confirmed by the central office, since {when}</source>
        <translation>Merkezin henüz onaylamadığı {n} değişiklik var ({when} tarihinden beri)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="189"/>
        <source>Every change is confirmed by the central office</source>
        <translation>Bütün değişiklikler merkez tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="197"/>
        <source>not yet</source>
        <translation>henüz değil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="211"/>
        <source>sent {when}</source>
        <translation>gönderildi: {when}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="213"/>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="232"/>
        <source>Save the package to</source>
        <translation>Paketin kaydedileceği yer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="246"/>
        <source>Package {n} saved: {path} ({rows} rows)</source>
        <translation>{n} numaralı paket kaydedildi: {path} ({rows} satır)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="256"/>
        <source>Making the package…</source>
        <translation>Paket oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="317"/>
        <source>The outbox waits for the e-mail password.</source>
        <translation>Giden kutusu e-posta parolasını bekliyor.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="334"/>
        <source>{n} package(s) sent to the central office.</source>
        <translation>Merkeze {n} paket gönderildi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="349"/>
        <source>E-mail draft written: {path}</source>
        <translation>E-posta taslağı yazıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="357"/>
        <source>Import the central office&apos;s receipt</source>
        <translation>Merkezin alındısını içe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="359"/>
        <source>InfoSpot receipts (*.isrcpt);;All files (*)</source>
        <translation>InfoSpot alındıları (*.isrcpt);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="372"/>
        <source>Receipt imported: {name}</source>
        <translation>Alındı içe aktarıldı: {name}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_office.py" line="377"/>
        <source>Importing the receipt…</source>
        <translation>Alındı içe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>OfficeTable</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="66"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="67"/>
        <source>SMEs reached</source>
        <translation>Ulaşılan KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="68"/>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="70"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="69"/>
        <source>SMEs in clusters</source>
        <translation>Kümelerdeki KOBİ</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="71"/>
        <source>Clusters</source>
        <translation>Kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="72"/>
        <source>Benchmarked</source>
        <translation>Kıyaslanan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="73"/>
        <source>Productivity change %</source>
        <translation>Verimlilik değişimi %</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="74"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="75"/>
        <source>Trainings</source>
        <translation>Eğitimler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="76"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="77"/>
        <source>Grant applications</source>
        <translation>Hibe başvuruları</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_offices.py" line="94"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
</context>
<context>
    <name>OverdueActions</name>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="35"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="36"/>
        <source>Days late</source>
        <translation>Gecikme (gün)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="37"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="38"/>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="39"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="40"/>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
</context>
<context>
    <name>OverdueActionsView</name>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="89"/>
        <source>Overdue follow-up actions</source>
        <translation>Gecikmiş takip eylemleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="93"/>
        <source>Mark done</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="94"/>
        <source>Record that the selected action was done today</source>
        <translation>Seçili eylemin bugün tamamlandığını kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="96"/>
        <source>Open visit</source>
        <translation>Ziyareti aç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_overdue.py" line="109"/>
        <source>No overdue actions. Well done.</source>
        <translation>Gecikmiş eylem yok. Tebrikler.</translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="57"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Kayıt ekle (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="58"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="59"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/paged_list_page.py" line="122"/>
        <source>Your role may only read records.</source>
        <translation>Rolünüz kayıtları yalnızca görüntüleyebilir.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="93"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="94"/>
        <source>Companies</source>
        <translation>Firmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="95"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="96"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="97"/>
        <source>Trainings</source>
        <translation>Eğitimler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="98"/>
        <source>Clusters</source>
        <translation>Kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="99"/>
        <source>Grants</source>
        <translation>Hibeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="100"/>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="101"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/pages.py" line="102"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="53"/>
        <source>Enroll people</source>
        <translation>Kişileri kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="57"/>
        <source>Name, e-mail or phone</source>
        <translation>Ad, e-posta ya da telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="61"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="76"/>
        <source>Hold Ctrl or Shift to choose several people. Someone not in the list? Close this and use “Quick add”.</source>
        <translation>Birden çok kişi seçmek için Ctrl ya da Shift tuşunu basılı tutun. Aradığınız kişi listede yok mu? Bu pencereyi kapatıp “Hızlı ekle”yi kullanın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="86"/>
        <source>Enroll</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_picker.py" line="99"/>
        <source>already enrolled</source>
        <translation>zaten kayıtlı</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="46"/>
        <source>Enroll people…</source>
        <translation>Kişi kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="47"/>
        <source>Quick add…</source>
        <translation>Hızlı ekle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="48"/>
        <location filename="../../infospot_app/ui/training_participants.py" line="175"/>
        <source>Withdraw</source>
        <translation>Ayrıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="59"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Hours attended</source>
        <translation>Katıldığı saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="60"/>
        <source>Certificate</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="81"/>
        <source>Withdrawn</source>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="81"/>
        <source>Enrolled</source>
        <translation>Kayıtlı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="96"/>
        <source>{taken} of {capacity} places taken</source>
        <translation>{capacity} kişilik kontenjanın {taken} yeri dolu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="101"/>
        <source>{taken} participants</source>
        <translation>{taken} katılımcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="106"/>
        <source>{extra} more participants than the capacity of {capacity}.</source>
        <translation>Kontenjan {capacity} kişi; {extra} katılımcı fazla.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="127"/>
        <source>Capacity</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="129"/>
        <source>The training has {capacity} places and {taken} are taken; enrolling {adding} more goes over the capacity. Enroll anyway?</source>
        <translation>Eğitimin kontenjanı {capacity} kişi ve {taken} yer dolu; {adding} kişi daha kaydetmek kontenjanı aşar. Yine de kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_participants.py" line="177"/>
        <source>Withdraw {name} from the training? Their attendance so far is kept, but they will not receive a certificate.</source>
        <translation>{name} eğitimden ayrıldı olarak işaretlensin mi? Şimdiye kadarki katılımı saklanır ama belge almaz.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="95"/>
        <source>New password for {user}</source>
        <translation>{user} için yeni parola</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="97"/>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="98"/>
        <source>Password again</source>
        <translation>Parola (tekrar)</translation>
    </message>
</context>
<context>
    <name>PeopleMetField</name>
    <message>
        <location filename="../../infospot_app/ui/visit_fields.py" line="236"/>
        <source>No people recorded for this company.</source>
        <translation>Bu firma için kayıtlı kişi yok.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="25"/>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="26"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="27"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="29"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="30"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="67"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="68"/>
        <source>New person</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="69"/>
        <source>Search by name, e-mail or phone (Ctrl+F)</source>
        <translation>Ad, e-posta ya da telefona göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="73"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="74"/>
        <location filename="../../infospot_app/ui/people_page.py" line="100"/>
        <source>All companies</source>
        <translation>Bütün firmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="75"/>
        <source>Show only the people of one company</source>
        <translation>Yalnızca bir firmanın kişilerini göster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="76"/>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="109"/>
        <source>{n} people</source>
        <translation>{n} kişi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="113"/>
        <source>Nobody matches. Check the spelling or show all companies.</source>
        <translation>Uyan kimse yok. Yazımı kontrol edin ya da bütün firmaları gösterin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="115"/>
        <source>No people yet — press Ctrl+N to add a contact person or a participant.</source>
        <translation>Henüz kişi yok — iletişim kişisi ya da katılımcı eklemek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="116"/>
        <source>No people yet.</source>
        <translation>Henüz kişi yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="144"/>
        <source>Delete person</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/people_page.py" line="146"/>
        <source>Delete the selected person? They are removed here and, after the next sync, at the central office. To honour a request to be forgotten, open the person and use “Erase this person” instead.</source>
        <translation>Seçili kişi silinsin mi? Kişi burada ve bir sonraki eşitlemeden sonra merkezde silinir. Unutulma talebini karşılamak için bunun yerine kişiyi açıp “Bu kişinin verilerini sil” komutunu kullanın.</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="36"/>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="39"/>
        <source>Whole project</source>
        <translation>Bütün proje</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="40"/>
        <source>This year</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="41"/>
        <source>Last year</source>
        <translation>Geçen yıl</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="42"/>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_period.py" line="43"/>
        <source>Custom period</source>
        <translation>Özel dönem</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="80"/>
        <source>New person</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="80"/>
        <source>Edit person</source>
        <translation>Kişiyi düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="93"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="96"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="98"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="100"/>
        <source>e.g. 0364 123 45 67</source>
        <translation>örneğin 0364 123 45 67</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="101"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="102"/>
        <source>name@example.com</source>
        <translation>ad@ornek.com.tr</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_form.py" line="107"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="65"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="66"/>
        <source>Export everything…</source>
        <translation>Her şeyi dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="68"/>
        <source>Everything held about this person, as an Excel workbook or a PDF</source>
        <translation>Bu kişi hakkında tutulan her şey, Excel çalışma kitabı ya da PDF olarak</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="70"/>
        <source>Erase this person…</source>
        <translation>Bu kişinin verilerini sil…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="83"/>
        <source>Details</source>
        <translation>Bilgiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="85"/>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="113"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="114"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="115"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="116"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="117"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="118"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="119"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="139"/>
        <source>Personal data erased on {day}; the record is kept only for statistics.</source>
        <translation>Kişisel veriler {day} tarihinde silindi; kayıt yalnızca istatistik için tutuluyor.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="142"/>
        <source>Your role may only read records.</source>
        <translation>Rolünüz kayıtları yalnızca görüntüleyebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="144"/>
        <source>This person was recorded by another office; only they can change it.</source>
        <translation>Bu kişi başka bir ofis tarafından kaydedildi; yalnızca o ofis değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="165"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="169"/>
        <source>Export everything about this person</source>
        <translation>Bu kişi hakkındaki her şeyi dışa aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="185"/>
        <source>Exporting everything about this person…</source>
        <translation>Bu kişi hakkındaki her şey dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="205"/>
        <source>Everything about this person was saved.</source>
        <translation>Bu kişi hakkındaki her şey kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="217"/>
        <source>Erase this person</source>
        <translation>Bu kişinin verilerini sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/person_page.py" line="218"/>
        <source>Erase the personal data of {name}? Use this when the person asks to be forgotten (KVKK). The name, phone, e-mail and position are blanked here and, after the next sync, at the central office; statistics are kept.</source>
        <translation>{name} adlı kişinin kişisel verileri silinsin mi? Bunu kişi unutulmayı istediğinde (KVKK) kullanın. Ad, telefon, e-posta ve görev burada ve bir sonraki eşitlemeden sonra merkezde silinir; istatistikler korunur.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="102"/>
        <source>Checking every row…</source>
        <translation>Bütün satırlar denetleniyor…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="131"/>
        <source>Preview</source>
        <translation>Ön izleme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="132"/>
        <source>What each row would do. Nothing has been saved yet.</source>
        <translation>Her satırın ne yapacağı. Henüz hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="138"/>
        <source>All rows</source>
        <translation>Bütün satırlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="139"/>
        <source>Only refused rows</source>
        <translation>Yalnızca reddedilen satırlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="152"/>
        <source>Checking every row…</source>
        <translation>Bütün satırlar denetleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="157"/>
        <source>The check did not finish. Press Back, then Next.</source>
        <translation>Denetim tamamlanmadı. Önce Geri&apos;ye, sonra İleri&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="163"/>
        <source>{rows} rows read: {refused} refused (highlighted; the reasons are under “Problems”), {known} already registered, {new} new.</source>
        <translation>{rows} satır okundu: {refused} satır reddedildi (vurgulu; nedenleri “Sorunlar” altında), {known} satır zaten kayıtlı, {new} satır yeni.</translation>
    </message>
</context>
<context>
    <name>ProvinceChart</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="116"/>
        <source>Clusters per province</source>
        <translation>İllere göre küme sayısı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="120"/>
        <source>Within the target band</source>
        <translation>Hedef aralığında</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="121"/>
        <source>Below the target</source>
        <translation>Hedefin altında</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="134"/>
        <source>Target: at least</source>
        <translation>Hedef: en az</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/dashboard_charts.py" line="134"/>
        <source>at most</source>
        <translation>en çok</translation>
    </message>
</context>
<context>
    <name>QuickAddParticipant</name>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="67"/>
        <source>Quick add a participant</source>
        <translation>Katılımcıyı hızlı ekle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="70"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="71"/>
        <source>Position</source>
        <translation>Görevi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="73"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="74"/>
        <source>Registered company</source>
        <translation>Kayıtlı firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="77"/>
        <source>…or a new company</source>
        <translation>…ya da yeni firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="78"/>
        <source>Legal name, if not registered yet</source>
        <translation>Henüz kayıtlı değilse firma unvanı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="80"/>
        <source>Its tax ID</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="80"/>
        <source>10 digits</source>
        <translation>10 hane</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="82"/>
        <source>Consent to process the person&apos;s data for the certificate (KVKK):</source>
        <translation>Kişinin verilerinin belge için işlenmesine onay (KVKK):</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="86"/>
        <source>e.g. v1.2</source>
        <translation>örneğin v1.2</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="89"/>
        <source>Information notice version</source>
        <translation>Aydınlatma metni sürümü</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="94"/>
        <source>Consent given by</source>
        <translation>Onay şekli</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="95"/>
        <source>Consent given on</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="104"/>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="125"/>
        <source>None chosen</source>
        <translation>Seçilmedi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="105"/>
        <source>Find company…</source>
        <translation>Firma bul…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/participant_quick_add.py" line="107"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="50"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="51"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="52"/>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="105"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/cluster_tabs.py" line="106"/>
        <source>Delete the selected line? It is removed here and, after the next sync, at the central office.</source>
        <translation>Seçili satır silinsin mi? Satır burada ve bir sonraki eşitlemeden sonra merkezde silinir.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="107"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="125"/>
        <source>The Ministry&apos;s indicator workbook</source>
        <translation>Bakanlığın gösterge çalışma kitabı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="130"/>
        <source>Office:</source>
        <translation>Ofis:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="207"/>
        <source>All offices (national)</source>
        <translation>Bütün ofisler (ulusal)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="138"/>
        <source>Create the workbook…</source>
        <translation>Çalışma kitabını oluştur…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="141"/>
        <source>A summary of every indicator against its target, per office and in total, then the rows behind the numbers</source>
        <translation>Her göstergenin hedefine göre durumu, ofis bazında ve toplamda; ardından sayıların arkasındaki satırlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="167"/>
        <source>Lists as Excel files</source>
        <translation>Excel dosyası olarak listeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="174"/>
        <source>Every row of the list, in the list&apos;s order</source>
        <translation>Listenin bütün satırları, listedeki sırayla</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="182"/>
        <source>Chamber member lists</source>
        <translation>Oda üye listeleri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="186"/>
        <source>Add the companies of a chamber&apos;s Excel list, with their contact people. Rows with errors are shown with the reason and can be saved to fix.</source>
        <translation>Bir odanın Excel listesindeki firmaları iletişim kişileriyle birlikte ekleyin. Hatalı satırlar nedeniyle birlikte gösterilir ve düzeltmek üzere kaydedilebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="225"/>
        <source>All offices</source>
        <translation>Bütün ofisler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="227"/>
        <source>{who}, whole project</source>
        <translation>{who}, bütün proje</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="238"/>
        <source>Computing the indicators…</source>
        <translation>Göstergeler hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="254"/>
        <source>The indicators could not be computed.</source>
        <translation>Göstergeler hesaplanamadı.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="259"/>
        <source>national</source>
        <translation>ulusal</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="260"/>
        <source>Indicator report {who}</source>
        <translation>Gösterge raporu {who}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="265"/>
        <source>Save the indicator workbook</source>
        <translation>Gösterge çalışma kitabını kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="281"/>
        <source>Writing the indicator workbook…</source>
        <translation>Gösterge çalışma kitabı yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/reports_page.py" line="289"/>
        <source>The indicator workbook for {scope} was written.</source>
        <translation>{scope} için gösterge çalışma kitabı yazıldı.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="58"/>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="59"/>
        <source>The list was saved in one step.</source>
        <translation>Liste tek adımda kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="67"/>
        <source>Save refused rows…</source>
        <translation>Reddedilen satırları kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="79"/>
        <source>Companies added: {created} · updated: {updated} · contact people added: {contacts}.</source>
        <translation>Eklenen firma: {created} · güncellenen: {updated} · eklenen iletişim kişisi: {contacts}.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="90"/>
        <source>{n} rows were refused. Save them as a workbook: each row with its reasons next to its cells. Correct them and import that file; rows already imported are recognised by their tax id and not added twice.</source>
        <translation>{n} satır reddedildi. Bunları bir çalışma kitabı olarak kaydedin: her satırın nedenleri hücrelerinin yanında yazar. Satırları düzeltip o dosyayı içe aktarın; zaten içe aktarılmış satırlar vergi numarasından tanınır ve iki kez eklenmez.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_wizard.py" line="95"/>
        <source>Every row of the list was taken.</source>
        <translation>Listenin bütün satırları alındı.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="29"/>
        <source>hh:mm</source>
        <translation>ss:dd</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="45"/>
        <source>New session</source>
        <translation>Yeni oturum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="45"/>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="48"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="49"/>
        <source>Starts at</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="50"/>
        <source>Ends at</source>
        <translation>Bitiş saati</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="52"/>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="80"/>
        <source>{hours} hours</source>
        <translation>{hours} saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="82"/>
        <source>— type a start and an end time</source>
        <translation>— başlangıç ve bitiş saatini yazın</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="117"/>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="124"/>
        <source>Sign-in sheet…</source>
        <translation>İmza listesi…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="125"/>
        <source>A PDF of the selected session to sign on the day</source>
        <translation>Seçili oturumun o gün imzalanacak PDF listesi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="152"/>
        <source>{n} sessions, {hours} hours in total</source>
        <translation>{n} oturum, toplam {hours} saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_sessions.py" line="156"/>
        <source>No sessions yet — press Add to plan the first one.</source>
        <translation>Henüz oturum yok — ilkini planlamak için Ekle&apos;ye basın.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="42"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="47"/>
        <source>Only an administrator can change these settings; you can read them.</source>
        <translation>Bu ayarları yalnızca bir yönetici değiştirebilir; siz yalnızca okuyabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="63"/>
        <source>This office</source>
        <translation>Bu ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="80"/>
        <source>Office code:</source>
        <translation>Ofis kodu:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="81"/>
        <source>Name:</source>
        <translation>Adı:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="82"/>
        <source>Host organisation:</source>
        <translation>Ev sahibi kurum:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="83"/>
        <source>Mode:</source>
        <translation>Kurulum türü:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="84"/>
        <source>Signing key:</source>
        <translation>İmza anahtarı:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="85"/>
        <source>Encryption key:</source>
        <translation>Şifreleme anahtarı:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="91"/>
        <source>Read the key fingerprints to the central office by phone to confirm them.</source>
        <translation>Doğrulamak için anahtar parmak izlerini merkeze telefonla okuyun.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="100"/>
        <source>Language and e-mail</source>
        <translation>Dil ve e-posta</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="107"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="108"/>
        <source>E-mail settings…</source>
        <translation>E-posta ayarları…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_page.py" line="111"/>
        <source>Sending packages:</source>
        <translation>Paket gönderimi:</translation>
    </message>
</context>
<context>
    <name>SetupFileBanner</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="97"/>
        <source>This office was set up without the central office&apos;s setup file, so it cannot sync yet. Ask the central office for your setup file (.isetup) and import it.</source>
        <translation>Bu ofis merkezin kurulum dosyası olmadan kuruldu, bu yüzden henüz eşitleme yapamaz. Merkezden kurulum dosyanızı (.isetup) isteyip içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="103"/>
        <source>Import setup file…</source>
        <translation>Kurulum dosyasını içe aktar…</translation>
    </message>
</context>
<context>
    <name>SetupFileImport</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="30"/>
        <source>Import setup file</source>
        <translation>Kurulum dosyasını içe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="46"/>
        <source>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</source>
        <translation>Bu dosya kurulum dosyası olarak okunamıyor ({detail}). Merkezden yeni bir dosya isteyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="56"/>
        <source>Setup file for office {office}.
Central office key: {fingerprint}

Check this key by phone with the central office. Import the setup file now? Your records are kept; this computer gets its own sync keys.</source>
        <translation>{office} ofisinin kurulum dosyası.
Merkez anahtarı: {fingerprint}

Bu anahtarı merkezle telefonda doğrulayın. Kurulum dosyası şimdi içe aktarılsın mı? Kayıtlarınız korunur; bu bilgisayar kendi eşitleme anahtarlarını alır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_import.py" line="76"/>
        <source>The setup file is imported; this office can now sync with the central office.
This office&apos;s key: {fingerprint}
The central office checks it on your first package.</source>
        <translation>Kurulum dosyası içe aktarıldı; bu ofis artık merkezle eşitleme yapabilir.
Bu ofisin anahtarı: {fingerprint}
Merkez bunu ilk paketinizde doğrular.</translation>
    </message>
</context>
<context>
    <name>SetupFileSource</name>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="29"/>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="80"/>
        <source>Setup file from the central office</source>
        <translation>Merkezden gelen kurulum dosyası</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="31"/>
        <source>InfoSpot setup file ({pattern})</source>
        <translation>InfoSpot kurulum dosyası ({pattern})</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="83"/>
        <source>Syncing with the central office needs the setup file it sends you (.isetup). Without it you can try InfoSpot with an office chosen from the list and import the setup file later on the Sync page.</source>
        <translation>Merkezle eşitleme için merkezin size gönderdiği kurulum dosyası (.isetup) gerekir. Dosya olmadan InfoSpot&apos;u listeden seçilen bir ofisle deneyebilir, kurulum dosyasını sonra Eşitleme sayfasından içe aktarabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="88"/>
        <source>Choose setup file…</source>
        <translation>Kurulum dosyası seç…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="89"/>
        <source>Do not use a setup file</source>
        <translation>Kurulum dosyası kullanma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="104"/>
        <source>This file cannot be read as a setup file ({detail}). Ask the central office for a new one.</source>
        <translation>Bu dosya kurulum dosyası olarak okunamıyor ({detail}). Merkezden yeni bir dosya isteyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="126"/>
        <source>No setup file chosen.</source>
        <translation>Kurulum dosyası seçilmedi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_file_source.py" line="130"/>
        <source>File: {file}
Office: {office}
Central office key: {fingerprint}
Check this key by phone with the central office before you continue.</source>
        <translation>Dosya: {file}
Ofis: {office}
Merkez anahtarı: {fingerprint}
Devam etmeden önce bu anahtarı merkezle telefonda doğrulayın.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="298"/>
        <source>Set up InfoSpot</source>
        <translation>InfoSpot kurulumu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="299"/>
        <source>Next &gt;</source>
        <translation>İleri &gt;</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="300"/>
        <source>&lt; Back</source>
        <translation>&lt; Geri</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="301"/>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/setup_wizard.py" line="302"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="196"/>
        <source>Sheet and header row</source>
        <translation>Sayfa ve başlık satırı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="198"/>
        <source>The line with the column names is marked. Change it if it is not right.</source>
        <translation>Sütun adlarının bulunduğu satır işaretlendi. Doğru değilse değiştirin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="205"/>
        <source>Sheet:</source>
        <translation>Sayfa:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="207"/>
        <source>Column names on line:</source>
        <translation>Sütun adlarının satırı:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="243"/>
        <source>Found automatically: line {n}</source>
        <translation>Otomatik bulundu: {n}. satır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="245"/>
        <source>This sheet is empty. Choose the sheet that holds the list.</source>
        <translation>Bu sayfa boş. Listeyi içeren sayfayı seçin.</translation>
    </message>
</context>
<context>
    <name>SmallFigure</name>
    <message>
        <location filename="../../infospot_app/ui/dashboard_cards.py" line="137"/>
        <source>Show the list behind this number</source>
        <translation>Bu sayının arkasındaki listeyi göster</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="240"/>
        <source>Ready to import</source>
        <translation>İçe aktarmaya hazır</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="241"/>
        <source>Check the numbers, then import.</source>
        <translation>Sayıları kontrol edin, sonra içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="243"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="263"/>
        <source>Save refused rows…</source>
        <translation>Reddedilen satırları kaydet…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="271"/>
        <source>Checking every row…</source>
        <translation>Bütün satırlar denetleniyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="278"/>
        <source>The check did not finish. Press Back, then Next.</source>
        <translation>Denetim tamamlanmadı. Önce Geri&apos;ye, sonra İleri&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="285"/>
        <source>This was a dry run: nothing has been saved yet. “Import” saves the list in one step — every row below, or none if anything goes wrong.</source>
        <translation>Bu bir deneme çalıştırmasıydı: henüz hiçbir şey kaydedilmedi. “İçe aktar” listeyi tek adımda kaydeder — aşağıdaki satırların tümünü ya da bir sorun çıkarsa hiçbirini.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="292"/>
        <source>Nothing to import: no row is new or changes a company.</source>
        <translation>İçe aktarılacak bir şey yok: hiçbir satır yeni değil ya da bir firmayı değiştirmiyor.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="328"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="36"/>
        <source>Sync with the central office</source>
        <translation>Merkezle eşitleme</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="38"/>
        <source>Sync: packages from the offices</source>
        <translation>Eşitleme: ofislerden gelen paketler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_page.py" line="47"/>
        <source>Your role may only read records; syncing needs staff.</source>
        <translation>Rolünüz kayıtları yalnızca görüntüleyebilir; eşitleme için personel rolü gerekir.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="44"/>
        <source>Quarantine: {q} rows, conflicts: {c}</source>
        <translation>Karantina: {q} satır, çakışma: {c}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="48"/>
        <source>No rows in quarantine, no open conflicts</source>
        <translation>Karantinada satır yok, açık çakışma yok</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="52"/>
        <source>Not yet confirmed by the central office: {n} changes since {when}</source>
        <translation>Merkezin henüz onaylamadığı: {when} tarihinden beri {n} değişiklik</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="57"/>
        <source>Every change is confirmed by the central office</source>
        <translation>Her değişiklik merkez tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/sync_status.py" line="61"/>
        <source>Sync state unknown</source>
        <translation>Eşitleme durumu bilinmiyor</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../infospot_app/ui/tasks.py" line="188"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>TrainingDocuments</name>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="110"/>
        <source>Writing certificates…</source>
        <translation>Belgeler yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="125"/>
        <source>Writing the sign-in sheet…</source>
        <translation>İmza listesi yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="143"/>
        <source>Writing the attendance list…</source>
        <translation>Katılım listesi yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_documents.py" line="156"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="34"/>
        <source>New training</source>
        <translation>Yeni eğitim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="34"/>
        <source>Edit training</source>
        <translation>Eğitimi düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="45"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="47"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="47"/>
        <source>e.g. Export marketing</source>
        <translation>örneğin İhracat pazarlaması</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="49"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="50"/>
        <source>Venue</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="52"/>
        <source>Trainers</source>
        <translation>Eğitmenler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="52"/>
        <source>Names, separated by commas</source>
        <translation>Adlar, virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="54"/>
        <source>Organiser</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="55"/>
        <source>No limit</source>
        <translation>Sınır yok</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="56"/>
        <source>Capacity</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="60"/>
        <source>Participants who attend at least this share of the hours get a certificate.</source>
        <translation>Saatlerin en az bu kadarına katılanlar belge alır.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="63"/>
        <source>Minimum attendance (%)</source>
        <translation>Asgari katılım (%)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="68"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="70"/>
        <source>— none —</source>
        <translation>— yok —</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_form.py" line="74"/>
        <source>Cluster</source>
        <translation>Küme</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="13"/>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="14"/>
        <source>Held</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_labels.py" line="15"/>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="78"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="110"/>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="111"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="112"/>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="113"/>
        <source>Certificates</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="143"/>
        <source>This training belongs to office {office}; it is shown read-only.</source>
        <translation>Bu eğitim {office} ofisine ait; yalnızca görüntülenebilir.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="161"/>
        <source>no sessions yet</source>
        <translation>henüz oturum yok</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="162"/>
        <source>{hours} hours</source>
        <translation>{hours} saat</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="165"/>
        <source>certificate from {pct} attendance</source>
        <translation>belge için en az {pct} katılım</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="199"/>
        <source>sign-in sheet {day}.pdf</source>
        <translation>imza listesi {day}.pdf</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="201"/>
        <source>Save the sign-in sheet</source>
        <translation>İmza listesini kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="208"/>
        <source>attendance.xlsx</source>
        <translation>katilim.xlsx</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/training_page.py" line="210"/>
        <source>Save the attendance list</source>
        <translation>Katılım listesini kaydet</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="30"/>
        <source>Title</source>
        <translation>Eğitim adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="31"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="32"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="33"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="34"/>
        <source>Venue</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="35"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="36"/>
        <source>Enrolled</source>
        <translation>Kayıtlı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="37"/>
        <source>Capacity</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="38"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="94"/>
        <source>Trainings</source>
        <translation>Eğitimler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="95"/>
        <source>New training</source>
        <translation>Yeni eğitim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="96"/>
        <source>Search by title, topic, venue or trainer (Ctrl+F)</source>
        <translation>Eğitim adı, konu, yer ya da eğitmene göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="101"/>
        <source>From:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="102"/>
        <source>To:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="103"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="103"/>
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="106"/>
        <source>Topic:</source>
        <translation>Konu:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="106"/>
        <source>All topics</source>
        <translation>Bütün konular</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="107"/>
        <source>Cluster:</source>
        <translation>Küme:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="107"/>
        <source>All clusters</source>
        <translation>Bütün kümeler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="118"/>
        <source>any</source>
        <translation>hepsi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="154"/>
        <source>{n} trainings</source>
        <translation>{n} eğitim</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="158"/>
        <source>No training matches. Check the spelling or clear the filters.</source>
        <translation>Aramaya uyan eğitim yok. Yazımı kontrol edin ya da süzgeçleri temizleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="160"/>
        <source>No trainings yet — press Ctrl+N to plan the first one.</source>
        <translation>Henüz eğitim yok — ilkini planlamak için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="161"/>
        <source>No trainings yet.</source>
        <translation>Henüz eğitim yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="188"/>
        <source>Delete training</source>
        <translation>Eğitimi sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/trainings_page.py" line="190"/>
        <source>Delete the training “{title}”? It disappears from every list here and at the central office after the next sync. Certificates already printed stay valid.</source>
        <translation>“{title}” eğitimi silinsin mi? Buradaki bütün listelerden ve bir sonraki eşitlemeden sonra merkez ofisten kalkar. Basılmış belgeler geçerli kalır.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../infospot_app/ui/unavailable_page.py" line="26"/>
        <source>This part of InfoSpot is not yet available in this version. It will arrive with an update; nothing you enter elsewhere is affected.</source>
        <translation>InfoSpot’un bu bölümü bu sürümde henüz yok. Bir güncellemeyle gelecek; başka yerlere girdiğiniz bilgiler bundan etkilenmez.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="64"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="65"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="70"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="71"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="72"/>
        <source>Password again</source>
        <translation>Parola (tekrar)</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="37"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="38"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="39"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="40"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="41"/>
        <source>Last sign-in</source>
        <translation>Son giriş</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="62"/>
        <source>New user</source>
        <translation>Yeni kullanıcı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="113"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="128"/>
        <source>Add user…</source>
        <translation>Kullanıcı ekle…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="129"/>
        <location filename="../../infospot_app/ui/settings_users.py" line="174"/>
        <source>Deactivate</source>
        <translation>Devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="130"/>
        <source>Reset password…</source>
        <translation>Parolayı sıfırla…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="132"/>
        <source>Change my password…</source>
        <translation>Parolamı değiştir…</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="157"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="157"/>
        <source>deactivated</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/settings_users.py" line="174"/>
        <source>Activate</source>
        <translation>Etkinleştir</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="39"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="40"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="41"/>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_actions.py" line="42"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="102"/>
        <source>New visit</source>
        <translation>Yeni ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="102"/>
        <source>Edit visit</source>
        <translation>Ziyareti düzenle</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="119"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="122"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="126"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="132"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="134"/>
        <source>People met</source>
        <translation>Görüşülen kişiler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="136"/>
        <source>e.g. export, energy efficiency</source>
        <translation>örneğin ihracat, enerji verimliliği</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="137"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="138"/>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="139"/>
        <source>Needs identified</source>
        <translation>Belirlenen ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="140"/>
        <source>Next visit</source>
        <translation>Sonraki ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_form.py" line="142"/>
        <source>Follow-up actions</source>
        <translation>Takip eylemleri</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="39"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="40"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="41"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="42"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="43"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="44"/>
        <source>Next visit</source>
        <translation>Sonraki ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="45"/>
        <source>Open actions</source>
        <translation>Açık eylemler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="46"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="123"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="124"/>
        <source>New visit</source>
        <translation>Yeni ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="125"/>
        <source>Search by company, staff or topic (Ctrl+F)</source>
        <translation>Firma, personel ya da konuya göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="130"/>
        <source>From:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="131"/>
        <source>To:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="133"/>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="133"/>
        <source>All types</source>
        <translation>Bütün türler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="137"/>
        <source>Staff:</source>
        <translation>Personel:</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="137"/>
        <source>All staff</source>
        <translation>Bütün personel</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="139"/>
        <location filename="../../infospot_app/ui/visit_list.py" line="190"/>
        <source>Any company</source>
        <translation>Bütün firmalar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="140"/>
        <source>Show the visits of one company</source>
        <translation>Yalnızca bir firmanın ziyaretlerini göster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="143"/>
        <source>Show every company&apos;s visits</source>
        <translation>Bütün firmaların ziyaretlerini göster</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="159"/>
        <source>any</source>
        <translation>hepsi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="205"/>
        <source>{n} visits</source>
        <translation>{n} ziyaret</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="209"/>
        <source>No visit matches. Check the spelling or clear the filters.</source>
        <translation>Aramaya uyan ziyaret yok. Yazımı kontrol edin ya da süzgeçleri temizleyin.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="211"/>
        <source>No visits yet — press Ctrl+N to record the first one.</source>
        <translation>Henüz ziyaret yok — ilkini kaydetmek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="212"/>
        <source>No visits yet.</source>
        <translation>Henüz ziyaret yok.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="238"/>
        <source>Delete visit</source>
        <translation>Ziyareti sil</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visit_list.py" line="239"/>
        <source>Delete the visit of {date} to {company} and its follow-up actions?</source>
        <translation>{company} firmasına {date} tarihinde yapılan ziyaret ve takip eylemleri silinsin mi?</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../infospot_app/ui/visits_page.py" line="24"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/visits_page.py" line="34"/>
        <source>Overdue actions ({n})</source>
        <translation>Gecikmiş eylemler ({n})</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="100"/>
        <source>Withdraw consent</source>
        <translation>Onayı geri çek</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="106"/>
        <source>{purpose}, given on {day}</source>
        <translation>{purpose}, veriliş tarihi {day}</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="111"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="114"/>
        <source>Withdrawn on</source>
        <translation>Geri çekilme tarihi</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/consent_form.py" line="118"/>
        <source>Withdraw</source>
        <translation>Geri çek</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="350"/>
        <source>{name} - refused rows</source>
        <translation>{name} - reddedilen satırlar</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="351"/>
        <source>Save the refused rows</source>
        <translation>Reddedilen satırları kaydet</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_checks.py" line="358"/>
        <source>{n} refused rows were saved.</source>
        <translation>Reddedilen {n} satır kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../infospot_app/ui/member_import_pages.py" line="105"/>
        <source>Reading the list…</source>
        <translation>Liste okunuyor…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../infospot_app/ui/cluster_form.py" line="35"/>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
</context>
</TS>
