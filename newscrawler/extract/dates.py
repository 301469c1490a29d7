"""Publication dates: parse the forms government pages print, validate, format.

Parsing is separate from choosing: :func:`parse_date` reads one string,
:func:`find_dates` scans free text, :func:`date_from_url` reads a URL path.
Which one wins is decided in :mod:`newscrawler.extract.published`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from datetime import timezone as _tz
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["WEEKDAY_END", "Stamp", "date_from_url", "day_months", "find_dates", "format_stamp",
           "is_plausible", "parse_date"]

#: Earliest year we accept: the web (and government portals) start in the 1990s.
MIN_YEAR = 1990

# Month names and abbreviations: English, German, French, Spanish, Italian, Portuguese,
# Dutch, Danish, Swedish, Norwegian, Catalan, Hungarian, Slovenian, Indonesian and Malay,
# Turkish (with and without its dotless i, which upper case loses: "MAYIS"), Finnish's
# partitive ("28. toukokuuta 2024"), and the genitive forms dates take in Czech, Slovak,
# Russian, Ukrainian and Polish ("28. května 2024", "7 сентября 2019", "7 września 2019"),
# and the nominative Czech and Polish CMSs print ("Úterý, 14 říjen 2008"; Greek, Russian
# and Ukrainian ones below).
# Shared spellings ("mar", "mai", "ago") mean the same month in every language that has
# them (Croatian's "listopada", October, is Polish's November: told by the day's dot).
_MONTH_NAMES = {
    1: "jan january januar jänner janv janvier enero ene gennaio gen janeiro januari ocak "
       "января янв січня stycznia "
       "tammikuuta ledna januára gener január leden styczeń",
    2: "feb february februar feber févr fevr février fevrier febrero febbraio fev fevereiro "
       "februari февраля фев лютого lutego şubat subat "
       "helmikuuta února februára febrer február únor luty",
    3: "mar march märz maerz mars marzo março marco maart mrt maret марта мар березня marca "
       "mart "
       "marts maaliskuuta března marec març március březen marzec",
    4: "apr april avr avril abr abril aprile апреля апр квітня kwietnia nisan "
       "huhtikuuta dubna apríla április duben kwiecień",
    5: "may mai mayo maggio mag maio mei мая травня maja mayıs mayis "
       "maj toukokuuta května mája maig május květen",
    6: "jun june juni juin junio giugno giu junho июня июн червня czerwca haziran "
       "kesäkuuta června júna junij juny június červen czerwiec",
    7: "jul july juli juil juillet julio luglio lug julho июля июл липня lipca temmuz "
       "heinäkuuta července júla julij juliol július červenec lipiec",
    8: "aug august août aout agosto ago augustus agustus ogos августа авг серпня sierpnia "
       "ağustos "
       "augusti elokuuta srpna avgust agost augusztus srpen sierpień",
    9: "sep sept september septembre septiembre setiembre settembre set setembro "
       "сентября сен сент вересня września eylül eylul "
       "syyskuuta září septembra setembre szeptember wrzesień",
    10: "oct october okt oktober octobre octubre ottobre ott outubro out октября окт "
        "жовтня października ekim "
        "lokakuuta října októbra október říjen październik",
    11: "nov november novembre noviembre novembro ноября ноя листопада listopada kasım "
        "kasim "
        "marraskuuta listopadu novembra listopad",
    12: "dec december dez dezember déc dec décembre decembre diciembre dic dicembre dezembro "
        "desember disember декабря дек грудня grudnia aralık aralik "
        "joulukuuta prosince decembra desembre prosinec grudzień",
}
_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
# Arabic: the Egyptian and Gulf names and the Levantine ones, two words of which repeat
# a word ("كانون الثاني" is January, "تشرين الثاني" November)
_MONTHS.update({name: number for number, names in {
    1: ("يناير", "كانون الثاني"), 2: ("فبراير", "شباط"), 3: ("مارس", "آذار"),
    4: ("أبريل", "ابريل", "نيسان"), 5: ("مايو", "أيار", "ايار"), 6: ("يونيو", "حزيران"),
    7: ("يوليو", "تموز"), 8: ("أغسطس", "اغسطس", "آب"), 9: ("سبتمبر", "أيلول", "ايلول"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول"), 11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الأول")}.items() for name in names})
# ... and the Maghreb's, from the French: Morocco's ("17 شتنبر 2024") and Algeria's and
# Tunisia's ("12 جوان 2024")
_MONTHS.update({name: number for number, names in {
    1: "جانفي", 2: "فيفري", 4: "أفريل افريل", 5: "ماي", 6: "جوان", 7: "يوليوز جويلية",
    8: "غشت أوت", 9: "شتنبر", 11: "نونبر", 12: "دجنبر"}.items() for name in names.split()})
# Romanian, Greek (the genitive dates take, with and without its accents, which capitals
# drop), Hebrew (with and without the "in" that dates prefix: "7 בינואר 2025"), Hindi,
# Bengali (its "য়" precomposed or not), Urdu, and the genitives of Lithuanian's and
# Latvian's year-first dates ("2024 m. birželio 6 d.", "2025. gada 13. februārī")
_MONTHS.update({name: number for number, names in {
    1: "ianuarie ιανουαρίου ιανουαριου ינואר בינואר जनवरी জানুয়ারি جنوری sausio "
       "janvārī janvāris",
    2: "februarie φεβρουαρίου φεβρουαριου פברואר בפברואר फ़रवरी फरवरी ফেব্রুয়ারি "
       "فروری vasario februārī februāris",
    3: "martie μαρτίου μαρτιου מרץ במרץ מרס במרס मार्च মার্চ مارچ kovo martā marts",
    4: "aprilie απριλίου απριλιου אפריל באפריל अप्रैल এপ্রিল اپریل balandžio aprīlī aprīlis",
    5: "μαΐου μαϊου μαιου מאי במאי मई মে مئی gegužės maijā maijs",
    6: "iunie ιουνίου ιουνιου יוני ביוני जून জুন جون birželio jūnijā jūnijs",
    7: "iulie ιουλίου ιουλιου יולי ביולי जुलाई জুলাই جولائی liepos jūlijā jūlijs",
    8: "αυγούστου αυγουστου אוגוסט באוגוסט अगस्त আগস্ট اگست rugpjūčio augustā augusts",
    9: "septembrie σεπτεμβρίου σεπτεμβριου ספטמבר בספטמבר सितंबर सितम्बर সেপ্টেম্বর ستمبر "
       "rugsėjo septembrī septembris",
    10: "octombrie οκτωβρίου οκτωβριου אוקטובר באוקטובר अक्टूबर अक्तूबर অক্টোবর اکتوبر spalio "
        "oktobrī oktobris",
    11: "noiembrie νοεμβρίου νοεμβριου נובמבר בנובמבר नवंबर नवम्बर নভেম্বর نومبر lapkričio "
        "novembrī novembris",
    12: "decembrie δεκεμβρίου δεκεμβριου דצמבר בדצמבר दिसंबर दिसम्बर ডিসেম্বর دسمبر gruodžio "
        "decembrī decembris",
}.items() for name in names.split()})
# The nominative, which CMSs print where the language writes the genitive (Joomla's Greek,
# Russian and Ukrainian: "Τρίτη, 09 Οκτώβριος 2007 13:52", "09 Октябрь 2007"), accented or not
_MONTHS.update({name: number for number, names in {
    1: "ιανουάριος ιανουαριος январь січень", 2: "φεβρουάριος φεβρουαριος февраль лютий",
    3: "μάρτιος μαρτιος март березень", 4: "απρίλιος απριλιος апрель квітень",
    5: "μάιος μαιος май травень", 6: "ιούνιος ιουνιος июнь червень",
    7: "ιούλιος ιουλιος июль липень", 8: "αύγουστος αυγουστος август серпень",
    9: "σεπτέμβριος σεπτεμβριος сентябрь вересень", 10: "οκτώβριος οκτωβριος октябрь жовтень",
    11: "νοέμβριος νοεμβριος ноябрь листопад", 12: "δεκέμβριος δεκεμβριος декабрь грудень",
}.items() for name in names.split()})
# Icelandic and Estonian, after the day and its dot ("27. júní 2024", "5. juuni 2024")
_MONTHS.update({name: number for number, names in {
    1: "janúar jaanuar", 2: "febrúar veebruar", 3: "märts", 4: "apríl aprill", 5: "maí",
    6: "júní juuni", 7: "júlí juuli", 8: "ágúst", 10: "oktoober", 11: "nóvember",
    12: "detsember",
}.items() for name in names.split()})
# Croatian genitives ("31. svibnja 2024."); "listopada" is October in Croatian and November
# in Polish: the ordinal dot after the day, which Croatian writes and Polish does not, tells
# them apart (see _build)
_MONTHS.update({name: number for number, name in enumerate(
    ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
     "rujna", None, "studenoga", "prosinca"), 1) if name})
_MONTHS["studenog"] = 11
# Albanian ("14 Nëntor 2024, 14:35"; its Mars and Maj are French's and Polish's too)
_MONTHS.update({name: number for number, names in enumerate(
    ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
     "tetor", "nëntor nentor", "dhjetor"), 1) for name in names.split()})
# Swahili ("17 Machi 2015"; its Januari, Februari, Juni, Mei are Indonesian's too)
_MONTHS.update({name: number for number, name in enumerate(
    ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
     "oktoba", "novemba", "desemba"), 1)})
# ... and the nominative Joomla prints ("Ponedjeljak, 15 Ožujak 2010 12:34"; "listopad", the
# nominative October, is Czech's and Polish's November and stays theirs)
_MONTHS.update({name: number for number, name in enumerate(
    ("siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz",
     "rujan", None, "studeni", "prosinac"), 1) if name})
# Serbian, in Cyrillic and Latin letters, with its genitives ("14. мај 2024.", "3. априла
# 2024", "14. septembra 2024."), and Macedonian and Bulgarian ("12 септември 2024")
_MONTHS.update({name: number for number, names in {
    1: "јануар јануара januara јануари януари", 2: "фебруар фебруара februara февруари",
    3: "марта marta", 4: "април априла aprila", 5: "мај маја maja", 6: "јун јуна juna јуни юни",
    7: "јул јула jula јули юли", 8: "августа avgusta", 9: "септембар септембра septembar "
    "septembra септември", 10: "октобар октобра oktobar oktobra октомври",
    11: "новембар новембра novembar novembra ноември", 12: "децембар децембра decembar "
    "decembra декември",
}.items() for name in names.split()})
# Georgian, with the genitives ("03 მაისი, 2024", "3 მაისის 2024")
_MONTHS.update({name: number for number, names in {
    1: "იანვარი იანვრის", 2: "თებერვალი თებერვლის", 3: "მარტი მარტის", 4: "აპრილი აპრილის",
    5: "მაისი მაისის", 6: "ივნისი ივნისის", 7: "ივლისი ივლისის", 8: "აგვისტო აგვისტოს",
    9: "სექტემბერი სექტემბრის", 10: "ოქტომბერი ოქტომბრის", 11: "ნოემბერი ნოემბრის",
    12: "დეკემბერი დეკემბრის",
}.items() for name in names.split()})
# ... and its abbreviations ("18 ოქტ, 2023 16:24")
_MONTHS.update({name: number for number, name in enumerate(
    ("იან", "თებ", "მარ", "აპრ", "მაი", "ივნ", "ივლ", "აგვ", "სექ", "ოქტ", "ნოე", "დეკ"), 1)})
# Tamil, Telugu, Kannada, Malayalam and Gujarati, which write the English months ("பதிவு:
# டிசம்பர் 02, 2019 04:15 AM")
_MONTHS.update({name: number for names in (
    "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
    "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
    "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર",
) for number, name in enumerate(names.split(), 1)})
# Azerbaijani and Uzbek in Latin letters ("24 Aprel 2025", "5 Sentabr 2024"; their Mart,
# May, Avgust are listed above), Armenian genitives ("05 դեկտեմբերի, 2024")
_MONTHS.update({name: number for number, names in {
    1: "yanvar հունվարի", 2: "fevral փետրվարի", 3: "մարտի", 4: "aprel ապրիլի", 5: "մայիսի",
    6: "iyun հունիսի", 7: "iyul հուլիսի", 8: "avqust օգոստոսի",
    9: "sentyabr sentabr սեպտեմբերի", 10: "oktyabr oktabr հոկտեմբերի",
    11: "noyabr նոյեմբերի", 12: "dekabr դեկտեմբերի",
}.items() for name in names.split()})
# (Azerbaijani writes "İyun", which lower-cases to an "i" with a combining dot above)
_MONTHS.update({"i\u0307yun": 6, "i\u0307yul": 7})
# Maltese ("28 ta' Marzu 2024") and Irish ("14 Márta 2024", "3 Meán Fómhair 2024")
_MONTHS.update({name: number for number, names in {
    1: ("jannar", "eanáir"), 2: ("frar", "feabhra"), 3: ("marzu", "márta"),
    4: ("aibreán",), 5: ("mejju", "bealtaine"), 6: ("ġunju", "meitheamh"),
    7: ("lulju", "iúil"), 8: ("awwissu", "lúnasa"), 9: ("settembru", "meán fómhair"),
    10: ("ottubru", "deireadh fómhair"), 11: ("novembru", "samhain"),
    12: ("diċembru", "nollaig")}.items() for name in names})
_MONTHS["mac"] = 3  # Malay's March ("4 Mac 2021"); its other months are listed above
# Sinhala, whose dates put the year first ("2024 ජූනි 14 සිකුරාදා"; the form below)
_SINHALA_MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
                   "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්")
_MONTHS.update({name: number for number, name in enumerate(_SINHALA_MONTHS, start=1)})
# Basque months in the genitive a date prints them in ("2024ko maiatzaren 8a"; see the
# year-first form below)
_MONTHS.update({name + "aren": number for number, name in enumerate(
    ("urtarril", "otsail", "martxo", "apiril", "maiatz", "ekain", "uztail", "abuztu",
     "irail", "urri", "azaro", "abendu"), start=1)})
_MONTHS.update({name.replace("\u09af\u09bc", "\u09df"): number
                for name, number in list(_MONTHS.items()) if "\u09af\u09bc" in name})
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# the words a month name starts with ("تشرين" of "تشرين الثاني"): where the named forms run
_MONTH_WORDS = frozenset(name.split()[0] for name in _MONTHS)
# A weekday Chinese pages print between the date and the time: "2021年11月24日（星期三）
# 15:42", "2024-06-01 周六 09:30".
# Japanese and Korean pages print one character in parentheses: "令和6年5月28日（火）14時",
# "2024년 7월 3일(수) 10시".
_WEEKDAY_CJK = (r"(?:(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?"
                r"|[（(][月火水木金土日월화수목금토일](?:曜日?|요일)?[）)])\s*)?")
# A weekday printed in words between the date and the time: "18 Mayıs 2006 Perşembe, 15:42",
# "18. Mai 2006, Donnerstag, 15:42 Uhr", "2024-05-18 (Sat) 15:42", "18 de mayo de 2006,
# jueves, 15:42". (Before the date it is no part of the stamp and needs no rule.)
_WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves "
    "viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag pazartesi salı çarşamba perşembe cuma "
    "cumartesi pazar poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок "
    "середа четвер п'ятниця субота неділя pondělí úterý středa čtvrtek pátek neděle "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai senin selasa rabu "
    "kamis jumat sabtu minggu hétfő kedd szerda csütörtök péntek szombat vasárnap luni "
    "marți miercuri joi vineri sâmbătă duminică ponedjeljak utorak srijeda četvrtak petak "
    "subota nedjelja Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή "
    "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili").split()
_WEEKDAY_WORD = (r"(?:[(（]?(?:" + "|".join(sorted(_WEEKDAY_NAMES, key=len, reverse=True))
                 + r")\.?[)）]?(?!\w)[\s,|\-–—·]*)?")
#: A weekday's name ending a date's label ("Published on Monday, 12 February 2024",
#: "gepubliceerd op maandag 12 februari 2024"): the label is read without it.
WEEKDAY_END = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_WEEKDAY_NAMES, key=len, reverse=True))
                         + r")\.?,?\s*$", re.IGNORECASE)
#: Zone names printed after a time that name one offset the world over ("CST" does not:
#: China's and the US Central; "IST": India's and Ireland's): "09:54 GMT", "1:06 p.m. EDT",
#: "09:54 UTC+8"; in capitals only ("wet", "est" are words).
_ZONES = {"UTC": 0, "GMT": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "MEZ": 60,
          "CEST": 120, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "SGT": 480,
          "HKT": 480, "AWST": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
          "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240, "MDT": -360, "PST": -480,
          "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "WIB": 420, "WITA": 480,
          "WIT": 540, "PKT": 300, "ICT": 420, "PHT": 480, "MYT": 480}
#: Zone names without the season ("10:54 am ET"): the offset is the zone's on that day.
_SEASONLESS = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
               "PT": "America/Los_Angeles"}
# A time right after the date: "09:54", "09:54:31", "1:06 PM", "14:00 Uhr", "14h30",
# "at 9:30", "um 9:30", "à 14h30", "a las 9:30", "alle 9:30", "às 9:30", "om 9:30", "в 9:30",
# "o 9:30", "u 9:30", "@ 9:30", "- 9:30", "— 9:30", "· 9:30", "• 9:30", "| 9:30", "[9:30]",
# "15时42分", "下午3:42"; a numeric offset or Z directly after it is kept.
_DOTTED_MINUTES = (r"(?=\s*(?:[AaPp]\.?[Mm]\.?(?![a-z])|(?-i:" + "|".join(_ZONES)
                   + r")\b))")
_TIME = (
    r"(?:(?:\s*(?:года|г\.|року|р\.|roku|r\.))?"  # "28 мая 2024 года, 13:00"
    # (or in brackets: "Dodano: 14.03.2012 [10:21]", "28.05.2024 (09:30)")
    r"[T\s,|\-–—·•]*[\[(（]?" + _WEEKDAY_WORD
    + r"(?:(?:at|um|à|a las|alle|ore|às|om|в|о|o|u|เวลา)\s+|@\s*"
    # a time in a field of its own after the date's: "Date: 12/08/2010 Time: 14:20",
    # "วันที่ข่าว : 12 สิงหาคม 2553 เวลา : 14:20 น.", "日期：2024-05-28 时间：09:30"
    r"|(?:time|hora|heure|uhrzeit|godzina|время|час|เวลา|时间|時間)\s*[:：]\s*"
    # Scandinavian "kl. 10.00", Finnish "klo 14.30", Polish "godz. 14:30", Slovenian
    # "ob 10.00": after these a dotted time is a time
    r"|(?P<conn>kl\.?|klo|klockan|godz\.?|ob)\s*)?" + _WEEKDAY_CJK
    + r"(?P<noon>上午|下午|晚上|中午|오전|오후)?\s*"
    r"(?P<H>\d{1,2})(?: ?[:：] ?(?P<M>\d{2})(?: ?[:：] ?(?P<S>\d{2})(?:\.\d+)?)?"
    r"|\s?h\s?(?P<M2>\d{2})"
    # 14.22 GMT, 3.30pm (British): a dot only before a zone's name or a 12-hour clock
    r"|\.(?P<M4>\d{2})(?(conn)(?!\d)|" + _DOTTED_MINUTES + ")"
    # 15时42分, 15時42分30秒, 14時 (the hour alone), 10시 30분
    r"|\s*[时時点點시](?:\s*(?P<M3>\d{1,2})\s*[分분](?:\s*(?P<S3>\d{1,2})\s*[秒초])?)?)"
    # (the spaces before "PM" or "Uhr" only with them: a stamp ends where its line does)
    r"(?!\d)(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?![a-z]))?(?:\s*Uhr)?(?P<tz>Z|\s?[+-]\d{2}:?\d{2})?"
    r"(?:\s*\(?(?P<zone>(?-i:" + "|".join([*_ZONES, *_SEASONLESS]) + r"))"
    r"(?:(?P<zoff>[+-]\d{1,2})(?::?(?P<zmin>\d\d))?)?\b\)?)?)?"
)
# After a dotted date ("6.6.2024 14.30", Finnish, Norwegian, Danish) a dotted time needs no
# connector: those locales print both with dots. It must end there: at the line's end, or
# before "Uhr" or a mark (not "14.30.5", "14.305", "10.50 Euro").
_TIME_AFTER_DOTS = _TIME.replace(
    _DOTTED_MINUTES, r"(?![\d.,]\d)(?=[ \t]*(?:\n|$|uhr\b|[^\w\s]))", 1)
_Y = r"(?P<y>(?:19|20)\d{2})"
_ORD = r"(?:st|nd|rd|th|er|º|°)?"

# One alternation per printed form; named groups y/m/d (or mon for month names).
_FORMS = [
    # 2018-05-28 09:54:31, 2018/05/28, 2018.05.28, 2007-08-20-23:59:59 (gov.cn metas),
    # 2024. 7. 3. 10:00 (Korean: a dot after each number);
    # "2018 - 05 - 28 09 : 54" where each number is an element of its own; not a year that
    # ends a dotted date before another ("06.03.2025. 07.03.2025.": no "2025. 07.03")
    r"(?<!\d)(?<!\d\.)(?<!\d\.\s)" + _Y
    + r" ?(?P<sep>[-/.]) ?(?P<m>\d{1,2}) ?(?P=sep) ?(?P<d>\d{1,2})(?!\d)[-.]?"
    + _TIME,
    # 2018年5月28日 09:54 (also split over elements: "2018 年 5 月 28 日"); Korean
    # 2018년 5월 28일
    # (and the era's year in brackets after the Western one: 2024年（令和6年）6月3日)
    _Y + r"\s*[年년]\s*(?:[（(]\s*(?:令和|平成)\s*(?:元|\d{1,2})\s*年?\s*[)）]\s*)?"
    r"(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]" + _TIME,
    # May 28, 2018 / Monday, May 28, 2018 at 1:06 PM / Dec. 9th 2025 / mayo 28, 2018 /
    # marzo 21 de 2024 (Colombia); the
    # time may come first: "09:54, May 28, 2018" (Chinese portals' English editions),
    # "3:12 PM EDT, May 29, 2025" (wires), "6:45 PM PST November 7, 2023" (a clock with its
    # half of the day or its zone needs no comma)
    r"(?:(?<![\d:])(?P<H0>\d{1,2}):(?P<M0>\d{2})(?:\s*(?P<ampm0>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?P<zone0>(?-i:" + "|".join([*_ZONES, *_SEASONLESS]) + r"))\b)?"
    r"(?(ampm0)\s*,?\s*|(?(zone0)\s*,?\s*|\s*,\s*)))?"
    r"(?<![\w])(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?:de\s+)?" + _Y
    + r"(?!\d)" + _TIME,
    # 28 May 2018, 28. Mai 2018, 1er mai 2018, 28 de mayo de 2018, 31 May, 2023, 28th of
    # May 2018, 28-May-2018, 28.Ago.2014; a notice's formula "Dated this 14th day of March, 2025"
    r"(?<![\w.])(?P<d>\d{1,2})" + _ORD + r"(?:\.?\s*(?:de\s+|(?:day\s+)?of\s+|ta['’]\s*)?|-)"
    r"(?P<mon>"
    + _MONTH_RE
    # (a formula's era after the month: "Dated this 11th day of March, A.D., 2024")
    + r")(?:\.?,?\s+(?:del?\s+|A\.\s?D\.,?\s+)?|-|\.(?=\d))" + _Y + r"(?!\d)"
    # (Croatian dots the year too, before its time: "31. svibnja 2024. u 9:05")
    + r"(?:\.(?=\s+(?:u\s+)?\d{1,2}:\d\d))?" + _TIME,
    # '19/3/14: a two-digit year after an apostrophe comes first (a Japanese paper's date
    # line, "'19/3/14" for 14 March 2019)
    r"(?<![\w'’])['’](?P<y>\d{2})(?P<ys>[-/.])(?P<m>\d{1,2})(?P=ys)(?P<d>\d{1,2})(?![\d/.-])"
    + _TIME,
    # 28.05.2018 (German), 28. 5. 2024 (Czech), 28.05.18; 05.28.2024 (US newsrooms: a day
    # over 12 second)
    # (Latvian puts a dot after the year too: "13.02.2025. 14:36")
    # (and Croatian before its "u": "14.10.2021. u 18:30")
    r"(?<![\d.])(?P<d>\d{1,2})\. ?(?P<m>\d{1,2})\. ?" + _Y
    + r"(?:\.(?=\s+(?:u\s+)?\d{1,2}:\d\d))?(?!\d|\.\d)(?P<dot>)" + _TIME_AFTER_DOTS,
    r"(?<![\d.])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{2})(?![\d.])(?P<dot>)" + _TIME,
    # 05/28/2018, 28/05/2018, 28-05-2018, 05/28/18: day or month first, see _build
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<dm>[/-])(?P<b>\d{1,2})(?P=dm)" + _Y + r"(?![\d/-])"
    + _TIME,
    r"(?<![\d/.-])(?P<a>\d{2})(?P<dm>/)(?P<b>\d{2})/(?P<y>\d{2})(?![\d/-])" + _TIME,
    # 二〇二四年五月二十一日: official documents sign with the date in Chinese numerals
    r"(?P<cy>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<cm>[一二三四五六七八九十]{1,2})\s*月\s*"
    r"(?P<cd>[一二三四五六七八九十]{1,3})\s*日",
    # 令和6年5月28日 (Japan's era), 民國113年5月28日 (Taiwan's Republic years); the Western
    # year in brackets after the era's, as municipalities print it: 令和6年（2024年）5月28日
    r"(?P<era>令和|平成|民國|民国)\s*(?P<ey>元|\d{1,3})\s*年\s*(?:[（(]\s*(?:19|20)\d\d\s*年?\s*[)）]\s*)?"
    r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME,
    # 113年5月28日: Taiwan's Republic year without its era's name, with month and day (a
    # count of years, "113年歷史", has none)
    r"(?<!\d)(?P<roc>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME,
    # 發布日期：113-05-28 (Taiwan's Republic year in numbers, only as a dated field's value,
    # after its colon, right after the label (a list's "<span>發布日期</span>113-05-28") or
    # on the line under it, a field table's cell: elsewhere "113-05-28" is anything)
    r"(?:(?<=[:：])|(?<=日期)|(?<=時間)|(?<=时间))\s*(?P<roc>1[0-4]\d)(?P<rs>[-/.])(?P<m>\d{1,2})(?P=rs)(?P<d>\d{1,2})(?![\d/.-])"
    + _TIME,
]
_THAI_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน "
                "ตุลาคม พฤศจิกายน ธันวาคม").split()
_MONTHS.update({name: n for n, name in enumerate(_THAI_MONTHS, 1)})
# and as Thai pages mostly print them: "28 พ.ค. 2567"
_THAI_ABBREVIATIONS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
_MONTHS.update({name: n for n, name in enumerate(_THAI_ABBREVIATIONS, 1)})
_FORMS.append(
    # 28 พฤษภาคม 2567, 28 พ.ค. 2567: Thailand's Buddhist Era (543 years ahead), with a Thai
    # month name; 28/05/2567 (numbers, the day first)
    r"(?<!\d)(?P<d>\d{1,2})\s*(?:(?P<mon>"
    + "|".join([*_THAI_MONTHS, *(re.escape(a) for a in _THAI_ABBREVIATIONS)])
    + r")|/(?P<m>\d{1,2})/)\s*(?:พ\.ศ\.\s*)?"
    # (the year's last two digits too: "28 พ.ค. 68" is 2568, 2025)
    r"(?:(?P<be>2[45]\d\d)|(?P<be2>[4-9]\d))(?!\d)" + _TIME)
_THAI_FORM = len(_FORMS) - 1
_FORMS.extend([
    # 2024. május 28. 10:30 (Hungarian: the year first, a dot after it and the day)
    r"(?<!\d)" + _Y + r"\.\s*(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})\.(?!\d)" + _TIME,
    # 2024 m. birželio 6 d. (Lithuanian), 2025. gada 13. februārī (Latvian)
    r"(?<!\d)" + _Y + r"\s*m\.\s*(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})\s*d\.?" + _TIME,
    r"(?<!\d)" + _Y + r"\.\s*gada\s+(?P<d>\d{1,2})\.\s*(?P<mon>" + _MONTH_RE + r")" + _TIME,
    # 2024 ජූනි 14 (Sinhala: the year, the month's name, the day)
    r"(?<!\d)" + _Y + r"\s+(?P<mon>" + "|".join(_SINHALA_MONTHS) + r")\s+(?P<d>\d{1,2})(?![\d:.,])"
    + _TIME,
    # 2024ko maiatzaren 8a (Basque: the year's "-ko", the month's genitive, the day's "-a")
    r"(?<!\d)" + _Y + r"e?ko\s+(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})(?:ean|an|a)?(?!\d)"
    + _TIME,
    # 2024 August 21 (the year first before the month's name, as some Caribbean and Asian
    # offices print a release's date: "Date: 2024 August 21", "2024 Aug. 9")
    r"(?<![\d/.-])" + _Y + r"\s+(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?![\d:.,/])"
    + _TIME,
])
# Iran's and Afghanistan's Solar Hijri calendar (in Persian text only, where a year
# 1300-1499 is not the lunar Hijri year of Arabic pages): "۱۴۰۳/۰۲/۲۶ - ۱۰:۳۲" (the year
# first) and "۲۶ اردیبهشت ۱۴۰۳" (a Persian month name)
_SOLAR_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
_FORMS.extend([
    r"(?<![\d/.-])(?P<sh>1[34]\d\d)(?P<ss>[/.-])(?P<m>\d{1,2})(?P=ss)(?P<d>\d{1,2})(?![\d/.-])"
    + _TIME,
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<smon>" + "|".join(_SOLAR_MONTHS) + r")\s*(?P<sh>1[34]\d\d)(?!\d)"
    + _TIME,
])
_SOLAR_FORMS = frozenset({len(_FORMS) - 2, len(_FORMS) - 1})
# The lunar Hijri calendar of Saudi Arabia's official pages (in Arabic-script text only):
# "02 رجب 1445 هـ" (a month's name) and "1445/07/02 هـ" (numbers, the era's mark after
# them); read on the Umm al-Qura calendar, which those pages use
_HIJRI_MONTHS = {name: number for number, names in enumerate((
    "محرم|المحرم", "صفر", "ربيع الأول|ربيع الاول|ربيع أول",
    "ربيع الآخر|ربيع الاخر|ربيع الثاني|ربيع ثاني",
    "جمادى الأولى|جمادى الاولى|جمادى الأول|جمادى الاول",
    "جمادى الآخرة|جمادى الاخرة|جمادى الثانية|جمادى الآخر", "رجب", "شعبان", "رمضان", "شوال",
    "ذو القعدة|ذي القعدة", "ذو الحجة|ذي الحجة"), start=1) for name in names.split("|")}
_HIJRI_MARK = r"\s*(?:هـ|ه\.?\s?ق\b|ه(?![\u0600-\u06ff])|هجري)"
_FORMS.extend([
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<hmon>"
    + "|".join(sorted(_HIJRI_MONTHS, key=len, reverse=True))
    + r")\s*(?P<hy>1[34]\d\d)(?!\d)(?:" + _HIJRI_MARK + ")?" + _TIME,
    r"(?<![\d/.-])(?P<hy>1[34]\d\d)(?P<hs>[/.-])(?P<m>\d{1,2})(?P=hs)(?P<d>\d{1,2})(?![\d/.-])"
    + _HIJRI_MARK + _TIME,
    r"(?<![\d/.-])(?P<d>\d{1,2})(?P<hs>[/.-])(?P<m>\d{1,2})(?P=hs)(?P<hy>1[34]\d\d)(?![\d/.-])"
    + _HIJRI_MARK + _TIME,
])
_LUNAR_FORMS = frozenset(range(len(_FORMS) - 3, len(_FORMS)))
# Nepal's Bikram Sambat (in Devanagari text only): "पुस १२, २०८०", "१२ पुस २०८०", "२०८०
# फागुन २४"; its years in numbers ("२०८१-०२-०८") are read in _build (a year 2060-2099 is
# no Gregorian year a page prints)
_BS_MONTHS = {name: number for number, names in enumerate((
    "बैशाख वैशाख", "जेठ जेष्ठ ज्येष्ठ", "असार आषाढ असाढ", "साउन श्रावण", "भदौ भाद्र",
    "असोज आश्विन", "कात्तिक कार्तिक", "मंसिर मङ्सिर मार्ग", "पुस पौष", "माघ", "फागुन फाल्गुन",
    "चैत चैत्र"), start=1) for name in names.split()}
_BS_MONTH_RE = "(?P<bmon>" + "|".join(sorted(_BS_MONTHS, key=len, reverse=True)) + ")"
_FORMS.extend([
    r"(?<!\d)(?P<d>\d{1,2})\s*" + _BS_MONTH_RE + r"\s*,?\s*(?P<bs>20[6-9]\d)(?!\d)" + _TIME,
    _BS_MONTH_RE + r"\s*(?P<d>\d{1,2})\s*,?\s*(?P<bs>20[6-9]\d)(?!\d)" + _TIME,
    r"(?<!\d)(?P<bs>20[6-9]\d)\s*(?:साल\s*)?" + _BS_MONTH_RE + r"\s*(?P<d>\d{1,2})(?!\d)"
    r"(?:\s*गते)?" + _TIME,
])
_BS_FORMS = frozenset(range(len(_FORMS) - 3, len(_FORMS)))
# 22.Ago.14, 28-May-18, 22/Apr/2025: a month's name between dots, dashes or slashes, the
# year (or its last two digits) after the same mark (a magazine's edition line, "N° Edição:
# 2334 | 22.Ago.14 - 20:00"; a forum's "on 22/Apr/2025"); not spaced ("28 May-14 June" is a
# range)
_FORMS.append(r"(?<![\w./])(?P<d>\d{1,2})(?P<ns>[./-])(?P<mon>" + _MONTH_RE
              + r")\.?(?P=ns)(?P<y>(?:19|20)?\d{2})(?![\d./])" + _TIME)
# Ethiopia's calendar (in Ethiopic text only): "ታኅሣሥ 9/2016", "ጥቅምት 14 ቀን 2017 ዓ.ም"; read
# before the other forms, which would take "9/2016" for a month
_ET_MONTHS = {name: number for number, names in enumerate((
    "መስከረም", "ጥቅምት", "ኅዳር ህዳር", "ታኅሣሥ ታህሳስ ታኅሳስ ታህሣሥ", "ጥር", "የካቲት", "መጋቢት",
    "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ", "ነሐሴ ነሃሴ", "ጳጉሜ ጳጉሜን"), start=1)
    for name in names.split()}
_ET_DATE = re.compile(
    r"(?P<emon>" + "|".join(sorted(_ET_MONTHS, key=len, reverse=True)) + r")\s*"
    r"(?P<d>\d{1,2}|[፩-፼]{1,3})\s*(?:ቀን\s*)?[/,]?\s*(?P<ey>(?:19|20)\d\d(?!\d)|[፩-፼]{2,6})"
    r"(?:\s*ዓ\.?\s*ም\.?)?")
# Ethiopic numerals, as official pages also write the day and the year ("መጋቢት ፭ ቀን ፳፻፲፮
# ዓ.ም"): ones, tens, and the marks for a hundred and ten thousand
_ET_NUMERALS = {**{chr(0x1369 + i): i + 1 for i in range(9)},
                **{chr(0x1372 + i): (i + 1) * 10 for i in range(9)}}
_ETHIOPIC = re.compile("[\u1200-\u137f]")
# Khmer, the Gregorian months' Khmer names and Khmer digits: "ថ្ងៃទី១៣ ខែវិច្ឆិកា ឆ្នាំ២០២៤"
_KM_MONTHS = {name: number for number, name in enumerate((
    "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
    "វិច្ឆិកា", "ធ្នូ"), start=1)}
_KM_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?:ខែ\s*)?(?P<kmon>" + "|".join(_KM_MONTHS) + r")\s*"
    r"(?:ឆ្នាំ\s*)?(?P<y>(?:19|20)\d\d)(?!\d)")
_KHMER = re.compile("[\u1780-\u17ff]")
_KHMER_DIGITS = {0x17E0 + i: ord("0") + i for i in range(10)}
_BS_YEARS = range(2060, 2100)
_BS_YEAR_TEXTS = frozenset(map(str, _BS_YEARS))
#: How close (characters) a Gregorian date makes one of another calendar the same day's.
_BOTH_CALENDARS = 60
#: The Gregorian year before the first of each era's years.
_ERA_BASE = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
_DATE_RES = [re.compile(f, re.IGNORECASE) for f in _FORMS]
# The forms with a month name (they take two thirds of the time, trying seventy names at
# every letter) run only where a word is one: a month name is always a whole run of letters.
_NAMED_FORMS = (frozenset({2, 3, *range(_THAI_FORM + 1, len(_FORMS))})
                - _SOLAR_FORMS - _LUNAR_FORMS - _BS_FORMS)
# (the vowel signs of Indic scripts are marks, not letters: "सितंबर" is one word)
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff])+")
# full-width digits and colons (２０１９年０９月０７日) read as ASCII, one character for one
_FULL_WIDTH = str.maketrans("０１２３４５６７８９：／－．٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯"
                            "๐๑๒๓๔๕๖๗๘๙", "0123456789:/-." + "0123456789" * 5)
# (Arabic-Indic, Persian, Devanagari, Bengali and Thai digits too: "٢٠ مايو ٢٠٢٥",
# "২৩ জুন ২০২৪", "๑๒ มิถุนายน ๒๕๖๗")
_HAS_FULL_WIDTH = re.compile("[０-９٠-٩۰-۹०-९০-৯๐-๙]")
# Every form holds a year: four digits, or two after a dotted or slashed day and month,
# or four Chinese numerals before 年. The forms are only tried around these (a long text
# holds few dates; trying eight patterns at every character of it costs 0.5 ms per 1,000
# characters).
_YEAR_HINT = re.compile(r"(?:19|20)\d\d|\d[./]\d\d(?!\d)|\d[./-][^\W\d_]{3,10}\.?[./-]\d\d(?!\d)")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# letters of Persian that Arabic lacks (pe, che, zhe, gaf, and Persian kaf and ye)
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_SOLAR_YEAR_HINT = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_BE_YEAR_HINT = re.compile(r"2[45]\d\d|(?<=[\u0e00-\u0e7f]\.)\s*\d\d(?!\d)")
# (looked for apart, and only in text with a 年: one more alternative above cost every
# page's scan 28%)
_CN_YEAR_HINT = re.compile(r"[〇○零一二][〇○零一二三四五六七八九]{3}\s*年"
                           r"|(?:令和|平成|民國|民国)\s*(?:元|\d{1,3})\s*年"
                           r"|(?<!\d)1[0-4]\d\s*年\s*\d{1,2}\s*月")
# a Republic year as a field's value (looked for only in text with a date field's name)
_ROC_HINT = re.compile(r"(?:[:：]|日期|時間|时间)\s*1[0-4]\d[-/.]\d")
_DATE_FIELDS = ("日期", "時間", "时间")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _cn_number(text: str) -> int:
    """一 to 三十一 (month and day numbers in Chinese numerals)."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


#: How far a date reaches before its year ("28 de septiembre del 2018") and after it
#: ("2018 at 10:20:30 a.m. +05:00", "2018-05-28T09:54:31.000+08:00").
_BEFORE_YEAR, _AFTER_YEAR = 40, 48


def _windows(text: str, thai: bool = False, arabic: bool = False) -> list[tuple[int, int]]:
    """Stretches of *text* around its years, overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    hints = list(_YEAR_HINT.finditer(text))
    if thai:
        hints = sorted(hints + list(_BE_YEAR_HINT.finditer(text)), key=lambda m: m.start())
    if arabic:  # (Solar and lunar Hijri years)
        hints = sorted(hints + list(_SOLAR_YEAR_HINT.finditer(text)), key=lambda m: m.start())
    if "年" in text:
        hints = sorted(hints + list(_CN_YEAR_HINT.finditer(text)), key=lambda m: m.start())
    if any(field in text for field in _DATE_FIELDS):
        hints = sorted(hints + list(_ROC_HINT.finditer(text)), key=lambda m: m.start())
    for m in hints:
        lo, hi = max(0, m.start() - _BEFORE_YEAR), m.end() + _AFTER_YEAR
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date read from a page, with a time when one was printed."""

    moment: datetime  # naive local time unless ``offset_given``
    has_time: bool
    offset_given: bool = False
    start: int = 0  # position of the match in the scanned text
    end: int = 0
    #: day and month order guessed (``03/04/2019`` with no 12-hour clock beside it)
    guessed: bool = False
    #: of a guessed order, whether the day was read first (``04-06-2024``: dashes), not the
    #: month (``04/06/2024``: slashes)
    day_first: bool = False
    #: numbers that read as a date either way (``12/05/2024 09:40 AM``: a 12-hour clock
    #: says month first, but India writes the day first): what the page or its address
    #: says about the order may turn it
    swappable: bool = False


def _from_solar_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri one (``1403/02/26`` is 15 May 2024); ValueError
    for a day that does not exist."""
    import jdatetime  # (only for the pages that print these)

    return jdatetime.date(year, month, day).togregorian()


def _from_lunar_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Umm al-Qura one (``02 رجب 1445`` is 14 January 2024);
    ValueError for a day that does not exist or lies outside the calendar's table."""
    from hijridate import Hijri  # (only for the pages that print these)

    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc


def _from_ethiopian(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Ethiopian one (``ታኅሣሥ 9/2016`` is 19 December 2023): thirteen
    months of 30 days but the last, by the day's number from the calendar's epoch; ValueError
    for a day that does not exist."""
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6)):
        raise ValueError(f"no Ethiopian day {day}/{month}/{year}")
    julian_day = 1724221 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return date.fromordinal(julian_day - 1721425)


def _ethiopic_number(text: str) -> int:
    """The number *text* writes in ASCII digits or Ethiopic numerals (``፳፻፲፮`` is 2016)."""
    if text.isascii():
        return int(text)
    total = group = 0
    for ch in text:
        if ch == "፻":  # a hundred times what came before it in its group
            total += (group or 1) * 100
            group = 0
        elif ch == "፼":  # ten thousand times all before it
            total = (total + group or 1) * 10000
            group = 0
        else:
            group += _ET_NUMERALS[ch]
    return total + group


def _ethiopian_dates(text: str) -> list[Stamp]:
    """The Ethiopian calendar's dates in *text* (:data:`_ET_DATE`), as Gregorian days."""
    out = []
    for m in _ET_DATE.finditer(text):
        try:
            day = _from_ethiopian(_ethiopic_number(m["ey"]), _ET_MONTHS[m["emon"]],
                                  _ethiopic_number(m["d"]))
        except (ValueError, KeyError):
            continue
        if day.year >= MIN_YEAR:
            out.append(Stamp(datetime(day.year, day.month, day.day), False, start=m.start(),
                             end=m.end()))
    return out


def _khmer_dates(text: str) -> list[Stamp]:
    """The Gregorian dates *text* writes in Khmer (:data:`_KM_DATE`, Khmer digits read)."""
    out = []
    for m in _KM_DATE.finditer(text.translate(_KHMER_DIGITS)):
        try:
            moment = datetime(int(m["y"]), _KM_MONTHS[m["kmon"]], int(m["d"]))
        except ValueError:
            continue
        out.append(Stamp(moment, False, start=m.start(), end=m.end()))
    return out


def _from_bikram_sambat(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Bikram Sambat one (``पुस १२, २०८०`` is 28 December 2023);
    ValueError for a day that does not exist or lies outside the calendar's table."""
    import nepali_datetime  # (only for the pages that print these)

    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (OverflowError, KeyError, IndexError) as exc:
        raise ValueError(str(exc)) from exc


# Weekdays by their names and abbreviations, in the languages whose CMSs print one before a
# date in numbers (Drupal's default "Thu, 03/07/2024 - 11:40"): Monday is 0. (Not the
# two-letter ones, nor "mar", "mer", "ven": words of their own as often.)
_WEEKDAY_NUMBER = {name: number for number, names in enumerate((
    "monday mon lunes lun lundi montag maandag segunda-feira lunedì",
    "tuesday tue tues martes mardi dienstag dinsdag terça-feira martedì",
    "wednesday wed miércoles mié mercredi mittwoch woensdag quarta-feira mercoledì",
    "thursday thu thur thurs jueves jue jeudi jeu donnerstag donderdag quinta-feira giovedì",
    "friday fri viernes vie vendredi freitag vrijdag sexta-feira venerdì",
    "saturday sat sábado sáb samedi samstag zaterdag sabato",
    "sunday sun domingo dimanche dim sonntag zondag domenica")) for name in names.split()}
_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_][\w-]{1,13})\.?,?\s*$")


def _weekday_before(text: str, at: int) -> int | None:
    """The weekday (Monday 0) whose name right before *at* in *text* opens a date."""
    m = _WEEKDAY_BEFORE.search(text, max(0, at - 16), at)
    return _WEEKDAY_NUMBER.get(m.group(1).lower()) if m else None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _year(text: str) -> int:
    """Two-digit years: 90-99 are the 1990s, the rest this century (no web page is older)."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 90 else 2000
    return year


def _build(m: re.Match[str]) -> Stamp | None:
    g = m.groupdict()
    guessed = told_order = False
    try:
        if g.get("cy"):
            year = int("".join(str(_CN_DIGITS[c]) for c in g["cy"]))
            month, day = _cn_number(g["cm"]), _cn_number(g["cd"])
            g = {"y": str(year), "m": str(month), "d": str(day)}
        elif g.get("era"):
            g = dict(g, y=str(_ERA_BASE[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"]))))
        elif g.get("roc"):
            g = dict(g, y=str(_ERA_BASE["民國"] + int(g["roc"])))
        elif g.get("be") or g.get("be2"):
            g = dict(g, y=str(int(g["be"] or "25" + g["be2"]) - 543))
        elif g.get("sh"):
            solar = _SOLAR_MONTHS.index(g["smon"]) + 1 if g.get("smon") else int(g["m"])
            day = _from_solar_hijri(int(g["sh"]), solar, int(g["d"]))
            g = dict(g, y=str(day.year), m=str(day.month), d=str(day.day), smon=None)
        elif g.get("hy"):
            lunar = _HIJRI_MONTHS[g["hmon"]] if g.get("hmon") else int(g["m"])
            day = _from_lunar_hijri(int(g["hy"]), lunar, int(g["d"]))
            g = dict(g, y=str(day.year), m=str(day.month), d=str(day.day))
        elif g.get("bs"):
            day = _from_bikram_sambat(int(g["bs"]), _BS_MONTHS[g["bmon"]], int(g["d"]))
            g = dict(g, y=str(day.year), m=str(day.month), d=str(day.day), bmon=None)
        elif (g.get("y") and len(g["y"]) == 4 and int(g["y"]) in _BS_YEARS and not g.get("a")
              and _DEVANAGARI.search(m.string)):
            day = _from_bikram_sambat(int(g["y"]), int(g["m"]), int(g["d"]))
            g = dict(g, y=str(day.year), m=str(day.month), d=str(day.day))
        year = _year(g["y"])
        if g.get("a"):
            # numbers both sides of a slash or dash, year last: a part over 12 is the day;
            # otherwise a 12-hour clock says US order (month first), slashes alone say
            # month first, dashes day first (28-05-2018 is European and Indian usage)
            a, b = int(g["a"]), int(g["b"])
            us = g.get("ampm") is not None or (g.get("dm") == "/" and a <= 12)
            if a > 12 or (b <= 12 and not us):
                day, month = a, b
            else:
                month, day = a, b
            guessed = a <= 12 and b <= 12 and a != b and g.get("ampm") is None
            told = _weekday_before(m.string, m.start()) if a <= 12 and b <= 12 and a != b else None
            if told is not None:
                # the weekday printed before the numbers says their order ("Thu, 03/07/2024"
                # is 7 March: 3 July 2024 was a Wednesday)
                fits = [(mo, d) for mo, d in ((month, day), (day, month))
                        if _weekday(year, mo, d) == told]
                if len(fits) == 1:
                    (month, day), guessed, told_order = fits[0], False, True
        else:
            month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
            day = int(g["d"])
            if month == 11 and (g.get("mon") or "").lower() == "listopada" and "." in (
                    m.string[m.end("d"):m.start("mon")]):
                month = 10  # "31. listopada": Croatian, which dots the day; Polish does not

            if g.get("dot") is not None and month > 12 >= day:
                day, month = month, day  # 05.28.2024: the only reading
        moment = datetime(year, month, day)
    except (ValueError, KeyError):
        return None  # impossible date such as 2018-02-30: rejected, not guessed
    if year < MIN_YEAR:
        return None
    if g.get("H") is None and g.get("H0") is not None:  # the time printed before the date
        g = dict(g, H=g["H0"], M=g["M0"], ampm=g["ampm0"], zone=g["zone0"])
    has_time = g.get("H") is not None
    offset_given = False
    if has_time:
        hour = int(g["H"])
        minute = int(g["M"] or g["M2"] or g["M3"] or g["M4"] or 0)
        second = int(g["S"] or g["S3"] or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if g.get("noon") in ("下午", "晚上", "오후") or g.get("noon") == "中午" and hour < 11:
            ampm = "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            moment = moment.replace(hour=hour, minute=minute, second=second)
        except ValueError:
            has_time = False
        else:
            tz = g.get("tz")
            if tz:
                moment = moment.replace(tzinfo=_fixed_offset(tz))
                offset_given = True
            elif g.get("zone"):
                name = g["zone"]
                if name in _SEASONLESS:
                    moment = moment.replace(tzinfo=ZoneInfo(_SEASONLESS[name]))
                else:
                    # "UTC+8", "GMT+05:30": the offset from the named zone
                    sign = -1 if (g.get("zoff") or "+")[0] == "-" else 1
                    zone = timedelta(minutes=_ZONES[name]) + sign * timedelta(
                        hours=abs(int(g.get("zoff") or 0)), minutes=int(g.get("zmin") or 0))
                    moment = moment.replace(tzinfo=_tz(zone))
                offset_given = True
    swappable = (bool(g.get("a")) and month <= 12 and day <= 12 and month != day
                 and not told_order)
    return Stamp(moment, has_time, offset_given, m.start(), m.end(), guessed,
                 guessed and g.get("dm") == "-", swappable)


def _fixed_offset(tz: str) -> _tz:
    if tz in ("Z", "z"):
        return UTC
    tz = tz.lstrip()  # "2024-05-09 00:00:00 +0000"
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return _tz(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


_DAY_MONTH = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?P<mon>" + _MONTH_RE + r")\b\.?"
                        r"|(?<![\w])(?P<mon2>" + _MONTH_RE + r")\.?\s+(?P<d2>\d{1,2})(?![\d:.])",
                        re.IGNORECASE)


def starts_with_day_month(text: str) -> bool:
    """Whether *text* begins with a day and a month's name, year or not (an agenda's
    ``13 marzo, ore 10 …``, ``March 15 – …``) or with a whole date."""
    stamps = find_dates(text[:40])
    return bool(_DAY_MONTH.match(text)) or bool(stamps) and stamps[0].start == 0


def day_months(text: str) -> set[tuple[int, int]]:
    """The ``(day, month)`` pairs *text* prints with a month's name, year or not: a
    dateline's ``KUALA LUMPUR, 4 Mac (Bernama)``, ``WASHINGTON, March 4``."""
    out = set()
    for m in _DAY_MONTH.finditer(text):
        day, name = (m["d"], m["mon"]) if m["d"] else (m["d2"], m["mon2"])
        month = _MONTHS.get(name.lower())
        if month and 1 <= int(day) <= 31:
            out.add((int(day), month))
    return out


def find_dates(text: str, *, limit: int = 0, guess: bool = False) -> list[Stamp]:
    """Every date in *text*, in order of position (at most *limit* when > 0).

    Forms: ``2018-05-28 09:54:31``, ``2018/05/28``, ``2018年5月28日 09:54``,
    ``May 28, 2018``, ``28 May 2018``, ``28. Mai 2018``, ``28.05.2018``, ``28.05.18``,
    month names in English, German, French, Spanish, Italian, Portuguese and Dutch
    (``le 1er mai 2018``, ``28 de mayo de 2018``, ``28 maggio 2018``, ``28 mei 2018``) and
    in Russian, Ukrainian and Polish dates (``28 мая 2018``, ``28 maja 2018``), Korean
    ``2018년 5월 28일``,
    and numbers with the year last (``05/28/2018``, ``28/05/2018``, ``28-05-2018``,
    ``05/28/18``: a part over 12 is the day; else month first with slashes, day first
    with dashes, and the stamp is marked ``guessed``: such stamps only with *guess*,
    so callers that cannot check the order never see one). A time (``09:54``,
    ``1:06 PM``, ``14:00 Uhr``, ``14h30``, ``15时42分``, ``下午3:42``, also after a
    weekday: ``2021年11月24日（星期三） 15:42``) and an offset directly after are kept.
    Full-width digits count as digits; dates in Chinese numerals (``二〇二四年五月二十一日``),
    Japan's era years (``令和6年5月28日``), Taiwan's Republic years (``民國113年5月28日``,
    and ``113-05-28`` as a field's value: ``發布日期：113-05-28``) and, in Persian text, Solar
    Hijri dates (``۱۴۰۳/۰۲/۲۶``, ``۲۶ اردیبهشت ۱۴۰۳``) are read.
    """
    found: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    if _HAS_FULL_WIDTH.search(text):
        text = text.translate(_FULL_WIDTH)
    thai = _THAI.search(text) is not None
    arabic = _ARABIC_SCRIPT.search(text) is not None
    persian = arabic and _PERSIAN.search(text) is not None
    devanagari = _DEVANAGARI.search(text) is not None
    windows = _windows(text, thai, arabic)
    named = [(lo, hi) for lo, hi in windows
             if not _MONTH_WORDS.isdisjoint(map(str.lower, _WORD.findall(text, lo, hi)))]
    other_calendar: list[Stamp] = []
    if _ETHIOPIC.search(text):
        other_calendar = _ethiopian_dates(text)
        found.extend(other_calendar)
        taken.extend((s.start, s.end) for s in other_calendar)
    if _KHMER.search(text):
        khmer = [s for s in _khmer_dates(text) if s.moment.year >= MIN_YEAR]
        found.extend(khmer)
        taken.extend((s.start, s.end) for s in khmer)
    for form, rx in enumerate(_DATE_RES):
        if form == _THAI_FORM and not thai:
            continue  # (only Thai text prints Buddhist Era years)
        if form in _SOLAR_FORMS and not persian:
            continue  # (and only Persian text Solar Hijri ones)
        if form in _LUNAR_FORMS and not arabic or form in _BS_FORMS and not devanagari:
            continue
        for lo, hi in named if form in _NAMED_FORMS else windows:
            for m in rx.finditer(text, lo, hi):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                stamp = _build(m)
                if stamp is not None and (guess or not stamp.guessed):
                    found.append(stamp)
                    taken.append((m.start(), m.end()))
                    if form in _LUNAR_FORMS or form in _BS_FORMS or devanagari and (
                            m.groupdict().get("y") or "0") in _BS_YEAR_TEXTS:
                        other_calendar.append(stamp)
    if other_calendar:
        # the same day in both calendars ("7 جمادى الآخرة 1446 هـ - 8 ديسمبر 2024 م"):
        # the Gregorian one, as printed (tables of the Hijri calendar and what a country
        # observed can differ by a day)
        gregorian = [s for s in found if s not in other_calendar]
        found = [s for s in found if s not in other_calendar or not any(
            abs(g.start - s.end) < _BOTH_CALENDARS and abs(s.start - g.end) < _BOTH_CALENDARS
            for g in gregorian)]
    found.sort(key=lambda s: s.start)
    return found[:limit] if limit > 0 else found


def parse_date(value: str) -> Stamp | None:
    """The first date in *value* (a meta tag's content, a ``datetime`` attribute)."""
    dates = find_dates(value[:200])
    return dates[0] if dates else None


_URL_DATE_RES = [
    # /2018/05/28/ and /art/2018/5/28/
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    # /2023/october/03/
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<mon>" + _MONTH_RE + r")/(?P<d>\d{1,2})/", re.I),
    # /201805/t20180528_123.html (TRS)
    re.compile(r"/t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_"),
    # /202403/05/P2024030500351.htm
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
    # /n1/2024/0601/c1001-40247.html (People's Daily and the portals built like it)
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    # /2018-05/28/content_ (Xinhua), /2018-05-28/
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})[/-](?P<d>\d{2})[/_-]"),
    # /20180528/, /20180528-slug and a page named by its day, /20180528.html
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_-]|\.[a-z]{2,5}(?:[?#]|$))",
               re.I),
    # /archivo/05152012/: a daily's edition folder, the year last, read only where one order
    # of the day and the month is a date (a day over 12)
    re.compile(r"/(?P<a>[0-3]\d)(?P<b>[0-3]\d)(?P<y>(?:19|20)\d{2})/"),
]


def date_from_url(url: str | None) -> Stamp | None:
    """A date spelled in the URL path (``/2018/05/28/``, ``/2023/october/03/``,
    ``/201805/t20180528_``, ``/201805/28/``, ``/2018-05/28/``, ``/20180528/``,
    ``/20180528.html``, ``/05152012/`` where only one order is a date)."""
    if not url:
        return None
    for rx in _URL_DATE_RES:
        m = rx.search(url)
        if m:
            stamp = _build(m)
            if stamp is not None and not stamp.guessed:
                return stamp
    return None


def is_plausible(stamp: Stamp, now: datetime | None = None) -> bool:
    """False for dates in the future (a day of slack for time zones)."""
    now = now or datetime.now()
    moment = stamp.moment.replace(tzinfo=None)
    return moment <= now + timedelta(days=1)


_MIDNIGHT = time(0, 0)


def format_stamp(stamp: Stamp, timezone: str | None = None) -> str:
    """ISO 8601: ``YYYY-MM-DD`` for a bare date; with a time, in *timezone* (a time
    printed without an offset is taken as the site's local time; one given with an offset,
    often UTC in meta tags, is the same moment told in the site's local time, so its date
    is the site's day), else with the offset printed if any, else naive."""
    if not stamp.has_time:
        return stamp.moment.date().isoformat()
    moment = stamp.moment
    if timezone:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return moment.isoformat()
        if not stamp.offset_given:
            moment = moment.replace(tzinfo=zone)
        elif moment.time() != _MIDNIGHT:
            # (midnight with an offset is how CMSs store a date alone: moved to another
            # zone it would name the day before or after)
            moment = moment.astimezone(zone)
    return moment.isoformat()
