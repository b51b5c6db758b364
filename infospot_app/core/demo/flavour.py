"""What makes demo data look like each pilot province: its industries, clusters, phone code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Flavour:
    """A province's local colour: area code, strong NACE divisions and cluster themes."""

    area_code: str
    specialties: tuple[str, ...]
    clusters: tuple[tuple[str, str], ...]
    """(cluster name, comma-separated NACE divisions)."""


FLAVOURS: dict[str, Flavour] = {
    "TR19": Flavour(
        "364",
        ("10", "23", "28", "25", "22"),
        (
            ("Çorum Un ve Unlu Mamuller Kümesi", "10"),
            ("Çorum Makine İmalatçıları Kümesi", "28,25"),
            ("Çorum Tuğla ve Kiremit Kümesi", "23"),
            ("Çorum Leblebi Üreticileri Kümesi", "10"),
            ("Çorum Plastik ve Ambalaj Kümesi", "22"),
            ("Çorum Mobilya Kümesi", "31,16"),
        ),
    ),
    "TR27": Flavour(
        "342",
        ("13", "10", "22", "14", "15"),
        (
            ("Gaziantep Makine Halısı Kümesi", "13"),
            ("Gaziantep Fıstık ve Baklava Kümesi", "10"),
            ("Gaziantep Plastik Sanayi Kümesi", "22"),
            ("Gaziantep Ayakkabı Kümesi", "15"),
            ("Gaziantep Hazır Giyim Kümesi", "14"),
            ("Gaziantep Baharat ve Gıda Kümesi", "10,46"),
        ),
    ),
    "TR46": Flavour(
        "344",
        ("13", "14", "25", "10", "24"),
        (
            ("Kahramanmaraş İplik Kümesi", "13"),
            ("Kahramanmaraş Metal Mutfak Eşyası Kümesi", "25"),
            ("Kahramanmaraş Dondurma Kümesi", "10"),
            ("Kahramanmaraş Hazır Giyim Kümesi", "14"),
            ("Kahramanmaraş Çelik Kümesi", "24,25"),
        ),
    ),
    "TR55": Flavour(
        "362",
        ("32", "28", "10", "16", "33"),
        (
            ("Samsun Medikal Cihaz Kümesi", "32"),
            ("Samsun Tarım Makineleri Kümesi", "28"),
            ("Samsun Mobilya ve Orman Ürünleri Kümesi", "16,31"),
            ("Samsun Gıda Kümesi", "10"),
            ("Samsun Savunma Sanayi Kümesi", "25,30"),
        ),
    ),
    "TR61": Flavour(
        "462",
        ("10", "03", "16", "31", "23"),
        (
            ("Trabzon Fındık İşleme Kümesi", "10"),
            ("Trabzon Su Ürünleri Kümesi", "03,10"),
            ("Trabzon Mobilya Kümesi", "31,16"),
            ("Trabzon Doğal Taş Kümesi", "23"),
            ("Trabzon Çay ve Gıda Kümesi", "10,11"),
        ),
    ),
}

TRADE_WORDS: dict[str, tuple[str, ...]] = {
    "03": ("Su Ürünleri", "Balıkçılık"),
    "10": ("Gıda", "Un", "Unlu Mamuller", "Süt Ürünleri", "Fındık"),
    "11": ("İçecek", "Meşrubat"),
    "13": ("Tekstil", "İplik", "Halı", "Dokuma"),
    "14": ("Konfeksiyon", "Hazır Giyim", "Tekstil"),
    "15": ("Ayakkabı", "Deri"),
    "16": ("Orman Ürünleri", "Ahşap", "Kereste"),
    "22": ("Plastik", "Ambalaj", "Kauçuk"),
    "23": ("Yapı Malzemeleri", "Tuğla", "Seramik", "Mermer"),
    "24": ("Çelik", "Döküm"),
    "25": ("Metal", "Çelik Kapı", "Mutfak Eşyaları", "Metal Eşya"),
    "28": ("Makina", "Tarım Makineleri", "Makine İmalat"),
    "29": ("Otomotiv Yan Sanayi", "Otomotiv"),
    "31": ("Mobilya",),
    "32": ("Medikal", "Tıbbi Cihaz"),
    "33": ("Makine Bakım Onarım",),
}
OTHER_WORDS = ("Ticaret", "Dış Ticaret", "İnşaat", "Lojistik", "Yazılım", "Danışmanlık", "Enerji")
LEGAL_FORMS = (
    ("San. ve Tic. Ltd. Şti.", 0.55),
    ("San. ve Tic. A.Ş.", 0.2),
    ("Ltd. Şti.", 0.15),
    ("A.Ş.", 0.1),
)
NEIGHBOURHOODS = (
    "Cumhuriyet",
    "Atatürk",
    "Yeni",
    "Fatih",
    "Gazi",
    "İnönü",
    "Mimar Sinan",
    "Yıldırım Beyazıt",
    "Hürriyet",
    "Organize Sanayi Bölgesi",
    "Küçük Sanayi Sitesi",
    "Çarşı",
    "Bahçelievler",
    "Karşıyaka",
    "Ulukavak",
)
AVENUES = (
    "Atatürk Bulvarı",
    "Cumhuriyet Caddesi",
    "İnönü Caddesi",
    "Gazi Caddesi",
    "İstasyon Caddesi",
)
POSITIONS = (
    "Genel Müdür",
    "Fabrika Müdürü",
    "Dış Ticaret Uzmanı",
    "Muhasebe Müdürü",
    "Kalite Müdürü",
    "Üretim Şefi",
    "İnsan Kaynakları Uzmanı",
    "Satış Müdürü",
    "Ar-Ge Mühendisi",
    "Şirket Ortağı",
)
TRAININGS = (
    ("Yalın Üretim Teknikleri", "Verimlilik"),
    ("Dış Ticarete Giriş ve İhracat Prosedürleri", "İhracat"),
    ("Kümelenme ve İşbirliği Kültürü", "Kümelenme"),
    ("Dijital Pazarlama ve E-İhracat", "Pazarlama"),
    ("KOSGEB ve Kalkınma Ajansı Destekleri", "Hibe ve Destekler"),
    ("ISO 9001 Kalite Yönetim Sistemi", "Kalite"),
    ("Enerji Verimliliği", "Verimlilik"),
    ("Finansal Yönetim ve Nakit Akışı", "Finans"),
    ("İş Sağlığı ve Güvenliği", "İSG"),
    ("Proje Döngüsü Yönetimi ve AB Hibeleri", "Hibe ve Destekler"),
    ("Tedarik Zinciri Yönetimi", "Lojistik"),
    ("Ürün Geliştirme ve Tasarım", "İnovasyon"),
)
ACTIVITY_TITLES = {
    "supply_chain_analysis": "Tedarik zinciri analizi",
    "value_chain_analysis": "Değer zinciri analizi",
    "workshop": "Ortak vizyon çalıştayı",
    "b2b_meeting": "İkili iş görüşmeleri",
    "study_visit": "Çalışma ziyareti",
    "fair": "Sektör fuarına ortak katılım",
    "other": "Küme yönetim kurulu toplantısı",
}
VISIT_TOPICS = (
    "Kümelenme faaliyetleri",
    "İhracat hedefleri",
    "Hibe ve destek programları",
    "Eğitim ihtiyaçları",
    "Verimlilik ölçümü",
    "Tedarikçi ağı",
    "Ürün belgelendirme",
)
ACTIONS = (
    "KOSGEB destek bilgilerini e-posta ile gönder",
    "Eğitim takvimini paylaş",
    "Küme toplantısına davet et",
    "Verimlilik ölçüm formunu ilet",
    "Kalkınma ajansı çağrısı hakkında bilgi ver",
    "İhracat danışmanı ile görüşme ayarla",
)
