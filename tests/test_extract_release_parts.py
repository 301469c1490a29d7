"""What opens and closes a release around its text: field tables, offices, sign-offs,
contact blocks and notes to editors are left out; summaries over the text too; a list
inside the text stays when the generic extractor skips it."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawler.extract import extract_article
from newscrawler.extract.boxes import standfirsts
from newscrawler.extract.chrome import strip_chrome
from newscrawler.extract.dates import format_stamp
from newscrawler.extract.published import tail_stamp
from newscrawler.extract.trim import trim_end, trim_top

TEXT = ["The ministry will inspect 1,200 construction sites across the country from "
        "24 February, when thawing ground raises the risk of collapses.",
        "Sites with deep excavations and retaining walls come first, and serious breaches "
        "will stop the works until they are remedied."]
KO_TEXT = ["국토교통부는 2월 24일부터 5주간 전국 건설현장 1,200여 곳을 대상으로 해빙기 집중 "
           "안전점검을 실시한다고 밝혔다.",
           "점검 결과 중대한 위반 사항이 적발될 경우에는 공사중지 명령 등 엄정하게 조치할 "
           "방침이다."]
JA_TEXT = ["総務省では、令和6年度の地域おこし協力隊の隊員数等について調査を行い、その結果を"
           "取りまとめましたので公表します。",
           "各自治体においては、受入れ体制の整備に努めていただくようお願いします。"]


def test_a_field_table_under_a_subtitle_is_no_text():
    # the subtitle goes as a line over the text, and the embargo table under it with it
    top = ["- 2. 24.~3. 28. 국토안전관리원·지자체와 합동점검 -", "| 보도시점 안내 |  |",
           "|---|---|",
           "| 보도시점 | 2025. 2. 20.(목) 조간 (온라인 2. 19.(수) 11:00) |", "|---|---|",
           "| 배포 | 2025. 2. 19.(수) |"]
    assert trim_top(top + KO_TEXT, "해빙기 건설현장 안전사고 막는다") == KO_TEXT


def test_a_releases_contact_record_over_the_text_is_no_text():
    # a prefecture's release: its office, desk, contact and telephone as a table's rows
    top = ["| 部局名 | 経済産業部 |", "| 課名 | お茶振興課 |", "| 担当者 | 望月、杉山 |",
           "| 電話番号 | 054-221-2684 |"]
    assert trim_top(top + JA_TEXT, "茶の新品種の本格出荷を開始します") == JA_TEXT


def test_a_line_over_the_date_line_that_opens_the_text_is_the_pages_header():
    # a hero picture's caption over "Published: …": both the page's, not the text
    top = ["Volunteers from the school plant flax above the stream.", "Published: 21 May 2024"]
    assert trim_top(top + TEXT, "Hundreds plant trees on the town belt") == TEXT
    # ... while a paragraph of the text's length over a date stays
    first = TEXT[0] + " " + TEXT[1]
    assert trim_top([first, "21 May 2024", *TEXT], "Thaw inspections")[0] == first


def test_a_table_of_figures_under_a_subtitle_stays():
    top = ["- Figures for the first quarter -", "| Region | Sites |", "| North | 412 |",
           "| South | 388 |", "| East | 240 |", "| West | 160 |"]
    assert trim_top(top + TEXT, "Thaw inspections")[-6:] == top[2:] + TEXT


@pytest.mark.parametrize("heading", ["| 담당 부서 정보 |  |  |  |", "담당자 안내", "연락처"])
def test_a_korean_departments_contact_table_closes_the_text(heading):
    table = [heading, "| 담당 부서 | 국토교통부 건설안전과 | 책임자 | 과장 김정훈 (044-201-3561) |",
             "| 담당자 | 사무관 이수민 (044-201-3568) |  |  |",
             # (the portal's line on where the release comes from, under the table)
             "이 보도자료는 국토교통부의 보도자료를 전재하여 제공함을 알려드립니다."]
    assert trim_end(KO_TEXT + table) == KO_TEXT


def test_an_office_named_a_group_over_the_text_is_no_text():
    # a Japanese ministry's bureaus are "…グループ" as well as "…局"
    assert trim_top(["地域力創造グループ", "地域自立応援課", *JA_TEXT], None) == JA_TEXT


def test_a_contact_block_with_its_closing_note_and_office_ends_the_text():
    block = ["地域力創造グループ地域自立応援課", "担当：山本課長補佐、佐々木係長",
             "電話：03-5253-5394（直通）", "FAX：03-5253-5396", "E-mail：chiiki_atmark_soumu.go.jp",
             "※スパムメール対策のため、「@」を「_atmark_」と表示しております。"]
    assert trim_end(JA_TEXT + block) == JA_TEXT
    # a note under the text's own last lines, with no contact over it, stays
    note = "※数値は速報値であり、今後変更となる場合があります。"
    assert trim_end([*JA_TEXT, note]) == [*JA_TEXT, note]


ISSUED_BY_THE = ["ISSUED BY THE DEPARTMENT OF WATER AND SANITATION", "Sedibeng Building",
                 "185 Francis Baard Street", "Arcadia", "Pretoria", "0083", "7 May 2024"]
SIGN_OFF = ["Imetolewa na:", "Idara ya Habari, Elimu kwa Umma na Mawasiliano", "Ofisi ya Bunge",
            "DODOMA", "31 Machi, 2025"]


@pytest.mark.parametrize("sign_off", [
    SIGN_OFF,
    ["Issued by:", "Government Information Service", "Valletta", "12 June 2024"],
    ["Released by: Public Affairs Office", "4 March 2025"],
    # (the office's place closing with a full stop)
    ["Imetolewa na:", "Kurugenzi ya Mawasiliano ya Rais,", "Ikulu - Chamwino, Dodoma."],
    # the sign-off as a line of its own in capitals, over a postal address of five lines
    ISSUED_BY_THE,
])
def test_a_releases_issued_by_sign_off_closes_the_text(sign_off):
    assert trim_end(TEXT + sign_off) == TEXT


def test_a_sentence_under_an_issued_by_line_keeps_it_in_the_text():
    under = ["Issued by:", "The ministry will publish the full list of the inspected sites."]
    assert trim_end(TEXT + under) == TEXT + under


def test_a_company_blogs_line_asking_the_reader_to_apply_closes_the_text():
    line = ("Want to come help us build Slack (and/or fun software)? Check out our engineering "
            "jobs and apply today!")
    assert trim_end([*TEXT, line]) == TEXT
    # ... or to come and work there, pointing to the open roles
    invitation = ("If building innovative products, experiences, and infrastructure excites "
                  "you, come build the future with us! Visit jobs.example.com to see our open "
                  "roles, and follow us to see what it's like to work here.")
    assert trim_end([*TEXT, invitation]) == TEXT
    # a text's own line about a job scheme stays
    own = "The ministry will apply the same checks to the sites of its own jobs programme."
    assert trim_end([*TEXT, own]) == [*TEXT, own]


def test_an_issued_by_line_over_a_sentence_is_the_texts():
    tail = ["Issued by: the council", "The council will meet again in March to review the "
            "first results of the inspections and the remedies ordered."]
    assert trim_end(TEXT + tail) == TEXT + tail


def test_the_date_under_a_releases_issued_by_is_the_day_it_was_issued():
    assert format_stamp(tail_stamp(TEXT + SIGN_OFF)) == "2025-03-31"
    assert format_stamp(tail_stamp(TEXT + ISSUED_BY_THE)) == "2024-05-07"
    # (a sentence that says who issued something is no sign-off)
    said = "Issued by the ministry on Monday, the guidance applies to every site."
    assert tail_stamp([*TEXT, said, "Sedibeng Building", "7 May 2024"]) is None
    # under an office's name alone it is the day the notice was signed
    signed = [*TEXT, "Ofisi ya Bunge", "31 Machi, 2025"]
    assert tail_stamp(signed) is None
    assert format_stamp(tail_stamp(signed, signed=True)) == "2025-03-31"


def test_a_contact_block_with_the_agencys_line_about_itself_closes_the_text():
    block = ["Lisateave", "Meediapäringud:", "Kadri Tamm", "kommunikatsioonijuht",
             "Tel +372 625 9100", "meedia@stat.ee",
             "Statistikaamet on riigiasutus, kes kogub ja töötleb andmeid ning avaldab "
             "usaldusväärset statistikat Eesti majanduse ja ühiskonna kohta."]
    assert trim_end(TEXT + block) == TEXT
    # a contact heading over a paragraph of text longer than an agency's line is the text's
    prose = ["Contact", "Residents who see cracks in a retaining wall near a site can report "
             "them by telephone on 0800 123 456, and inspectors will visit the same week. " * 3]
    assert trim_end(TEXT + prose) == TEXT + prose


def test_the_italian_public_administrations_feedback_prompt_goes():
    assert strip_chrome([*TEXT, "Quanto sono chiare le informazioni su questa pagina?"]) == TEXT


@pytest.mark.parametrize(("name", "summary"), [
    ("sommario", True), ("resumen", True), ("summary", True), ("field-chapo", True),
    ("field--name-field-entradeta entradeta-box", True),
    # (an Argentine portal's "copete"; a CSS module's class in camel case)
    ("noticia-copete", True), ("keyTakeaways_box__7Xb2M", True),
    # a lead right after the headline is as often the text's own first paragraph
    ("lead", False),
])
def test_a_summary_named_so_in_the_templates_language_after_the_headline_goes(name, summary):
    root = html.fromstring(f"<html><body><div><h1>Ondate di calore</h1><div class='{name}'><p>"
                           "Torna il sistema di allerta del Ministero.</p></div><div class='testo'>"
                           f"<p>{TEXT[0]}</p></div></div></body></html>")
    assert bool(standfirsts(root)) is summary


def test_an_embedded_charts_deck_in_the_text_named_in_camel_case_is_no_standfirst():
    root = html.fromstring(f"<html><body><div><h1>Car maintenance costs</h1><p>{TEXT[0]}</p>"
                           f"<p>{TEXT[1]}</p><div class='titleHeadSection'><div class="
                           "'dvHeadlineStyle'>Your Maintenance Checklist</div><div class="
                           "'deckDescription'>When to do each task and what it costs.</div>"
                           "</div></div></body></html>")
    assert standfirsts(root) == []


@pytest.mark.parametrize(("between", "tag", "summary"), [
    # the dates, a share row and a kicker between the headline and a box named a summary:
    # the box still opens what follows the headline
    ("<div class='dates'><span>Mis à jour le 17/02/2025</span> <span>Publié le 12/02/2025"
     "</span></div><div class='share'>Partager : Facebook X</div>", "div", True),
    # ... and the lead picture with its caption, however long
    ("<div class='visuel'><img src='/img/plan-velo.jpg' alt=''><p class='legende'>La piste "
     "cyclable du cours de la Marne, inaugurée en mars 2024. © Thomas Sanson / Ville</p></div>",
     "div", True),
    # ... or a box that holds the picture and a long caption in a <figure>
    ("<div class='field field--name-field-image'><figure><img src='/img/piste.jpg' alt=''>"
     "<figcaption>La piste cyclable du cours de la Marne, inaugurée en mars 2024, vue depuis le "
     "pont. © Thomas Sanson / Ville</figcaption></figure></div>", "div", True),
    # ... not after a paragraph of the text, nor a paragraph or a heading named so (the
    # text's own first line, "speakable-summary"; a summary's label)
    (f"<p>{TEXT[0]}</p>", "div", False),
    ("<div class='dates'>Publié le 12/02/2025</div>", "p", False),
])
def test_a_summary_box_opening_what_follows_the_headline_goes(between, tag, summary):
    root = html.fromstring(f"<html><body><article><h1>Plan vélo : 42 kilomètres</h1>{between}"
                           f"<div class='content'><{tag} class='actu-chapo'>La Ville accélère "
                           f"l’aménagement du réseau express vélo.</{tag}><p>{TEXT[1]}</p></div>"
                           "</article></body></html>")
    assert bool(standfirsts(root)) is summary


def test_a_box_named_an_intro_in_italics_opening_what_follows_the_headline_goes():
    # a health news site's "article-intro" between its toolbar and the text's box
    between = ("<div class='byline'>By Jane Roe</div><div class='toolbar'><a href='#'>Cite</a>"
               "</div>")
    root = html.fromstring(f"<html><body><article><h1>Steps and the heart</h1>{between}"
                           "<div class='article-intro'><p><em>Even a few thousand extra steps a "
                           f"day may help.</em></p></div><div class='body'><p>{TEXT[0]}</p>"
                           f"<p>{TEXT[1]}</p></div></article></body></html>")
    assert [el.get("class") for el in standfirsts(root)] == ["article-intro"]
    # (an intro box set as plain text opens the text as often: it stays)
    plain = html.tostring(root, encoding="unicode").replace("<em>", "").replace("</em>", "")
    assert standfirsts(html.fromstring(plain)) == []


@pytest.mark.parametrize(("holder", "summary"), [
    ("<div class='news-article__header'>", True), ("<header>", True),
    # a box that holds the text too is no header
    ("<div class='news-article'>", False),
])
def test_a_lead_named_so_in_a_box_named_as_the_headlines_header_is_a_summary(holder,
                                                                            summary):
    close = "</header>" if holder == "<header>" else "</div>"
    root = html.fromstring(f"<html><body><article>{holder}<span>Pressemeddelelse</span><h1>"
                           "Aarhus planter 100.000 træer</h1><p class='news-article__manchet'>"
                           f"Ny skov på 45 hektar skal beskytte grundvandet.</p>{close}"
                           f"<div class='body'><p>{TEXT[0]}</p></div></article></body></html>")
    assert bool(standfirsts(root)) is summary


def test_a_standfirst_heading_under_a_long_notice_over_the_header_is_a_standfirst():
    notice = ("<p class='alert'>Service notice: our subscription systems will be unavailable on "
              "Sunday between 2am and 6am while we carry out maintenance work.</p>")
    header = ("<header><h1>MBTA lifts last Green Line slow zones</h1><h2 class='subheader'>Riders"
              " should see trips cut by as much as 10 minutes</h2></header>")
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    root = html.fromstring(f"<html><body>{notice}<article>{header}{text}</article></body></html>")
    assert [el.tag for el in standfirsts(root)] == ["h2"]
    # ... and one after a paragraph under the headline is the text's section heading
    root = html.fromstring(f"<html><body><article><h1>Slow zones lifted</h1>{text}<h2 "
                           "class='subheader'>What riders will notice</h2><p>More.</p>"
                           "</article></body></html>")
    assert standfirsts(root) == []


def _drupal_page(notes_label: str) -> bytes:
    text = "".join(f"<p>{p}</p>" for p in [
        *TEXT, "The study was funded by the national research council and the regional "
        "health authority, and its data will be published with the paper."])
    return (
        "<html><head><title>Sleep and school | University News</title></head><body>"
        "<div id='page'><div class='region-content'><h1>Weekend sleep and weekday school</h1>"
        f"<div class='field field-name-body'><div class='field-items'>{text}</div></div>"
        "<div class='field field-name-field-notes-to-editors'>"
        f"<div class='field-label'>{notes_label}&nbsp;</div><div class='field-items'>"
        "<p>The paper is published in Sleep. DOI: 10.1093/sleep/zsae1102</p>"
        "<p>For more information please contact the News Office at news@uni.example or "
        "+44 (0)1865 280528.</p>"
        "<p>About the University: the university has been placed first in the rankings for "
        "the eighth year running.</p></div></div>"
        "<div class='field field-name-field-tags'><div class='field-label'>Subjects:&nbsp;</div>"
        "<div class='field-items'><a href='/news/subject/health'>Health</a></div></div>"
        "</div></div></body></html>").encode()


def test_notes_to_editors_under_a_fields_label_close_the_text():
    body = extract_article(_drupal_page("Notes to editors:"), "https://uni.example/news/sleep").body
    assert body.endswith("published with the paper.")
    assert "DOI" not in body and "About the University" not in body


def test_a_list_in_the_texts_flow_stays_when_the_page_names_no_content_box():
    items = ["The repo rate was held at 6.5 per cent by a 4-2 majority.",
             "The standing deposit facility rate stays at 6.25 per cent.",
             "The policy stance was kept at withdrawal of accommodation."]
    paras = [f"{sentence} The committee met for three days and published its minutes a "
             "fortnight later, as it does after every meeting." for sentence in (
                 "The central bank kept its main rate unchanged on Friday.",
                 "It raised its forecast for economic growth this year.",
                 "The stance is the central bank's signal about the direction of policy.",
                 "Food prices kept retail inflation above the target.")]
    page = ("<html><head><title>RBI policy explained | Daily</title></head><body>"
            "<div class='container'><h1>What the RBI decided, and why</h1>"
            "<div class='story-details'><div class='full-details'>"
            f"<p>{paras[0]}</p><p>{paras[1]}</p><h2>What exactly did the MPC decide?</h2>"
            "<p>The six-member committee made the following decisions:</p>"
            "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
            "<div class='ad-container'><p>Story continues below this ad</p></div>"
            f"<p>{paras[2]}</p><p>{paras[3]}</p></div></div></div></body></html>")
    body = extract_article(page.encode(), "https://daily.example/explained/rbi-policy").body
    for item in items:
        assert f"- {item}" in body.split("\n\n")
    assert body.index(items[0]) < body.index(paras[2])


@pytest.mark.parametrize(("box", "named"), [
    # a standfirst by its name in the newsroom's language: Vietnamese CMSs' "sapo", Spanish
    # "entradilla" (its points set as a list) and "bajada", Italian "sottotitolo"
    ("<h2 class='detail-sapo'>Từ ngày 1/4/2025, việc phân loại rác sẽ thí điểm tại 10 quận."
     "</h2>", True),
    ("<div class='nova-entradilla'><ul><li>O prazo remata o 21 de outubro</li><li>A contía "
     "máxima é de 40.000 euros</li></ul></div>", True),
    ("<p class='notizia-sottotitolo'>Dal 30 giugno oltre 12mila posti nei centri estivi.</p>",
     True),
    ("<h2 class='com-subhead --bajada'>Las obras incluyen ascensores y escaleras.</h2>", True),
    # a box named only a summary or a lead that holds the story's points as one short list
    # over the text is its summary too (probe80 and three earlier sets, no page of any set
    # farther); one whose list runs long, or that holds more than the list, is the text's
    ("<div class='summary-box'><ul><li>O prazo remata o 21 de outubro</li></ul></div>", True),
    ("<div class='summary-box'><ul>" + "<li>O prazo remata o 21 de outubro</li>" * 6
     + "</ul></div>", False),
    ("<div class='summary-box'><p>Lead.</p><ul><li>O prazo remata o 21 de outubro</li></ul>"
     "</div>", False),
    # ... in a Drupal field's wrappers too ("field-name-field-resumen" > "field-items")
    ("<div class='field field-name-field-resumen'><div class='field-items'><div class="
     "'field-item even'><ul><li>La convocatoria financiará 30 proyectos</li></ul></div></div>"
     "</div>", True),
    # Catalan "subtítol" as a Drupal field's name
    ("<div class='field--name-field-subtitol'><p>Un informe del sindicat documenta els "
     "contractes.</p></div>", True),
])
def test_a_standfirst_named_in_the_newsrooms_language_is_a_standfirst(box, named):
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    root = html.fromstring(f"<html><body><div class='article'><h1>Inspections</h1>"
                           f"<div class='meta'>Xoves, 19 de setembro de 2024</div>{box}{text}"
                           "</div></body></html>")
    assert bool(standfirsts(root)) is named


def test_a_date_line_over_a_closing_contact_block_dates_the_release():
    sign_off = ["Luxembourg, le 27 novembre 2023"]
    contact = ["Contact", "Service eaux", "Tél. : 4796-2883", "E-mail : eaux@vdl.lu"]
    assert format_stamp(tail_stamp(TEXT + sign_off + contact)) == "2023-11-27"
    assert tail_stamp(TEXT + contact) is None


def test_a_thai_contact_block_closes_the_text():
    text = ["กระทรวงการคลังรายงานผลการจัดเก็บรายได้รัฐบาลในเดือนกรกฎาคม 2567 สูงกว่าประมาณการ",
            "สำหรับฐานะการคลังของรัฐบาล ณ สิ้นเดือนกรกฎาคม 2567 ยังอยู่ในระดับที่มั่นคง"]
    block = ["สอบถามข้อมูลเพิ่มเติม", "สำนักนโยบายการคลัง สำนักงานเศรษฐกิจการคลัง",
             "โทร. 0 2273 9020 ต่อ 3534"]
    assert trim_end(text + block) == text


@pytest.mark.parametrize("fields", [
    # a metadata list's terms and values, each an item: the date and the reading time
    ["- Data:", "- 08 aprile 2025", "- Tempo di lettura:", "- 3 min"],
    ["- Fecha:", "- 8 de abril de 2025", "- Tiempo de lectura: 4 min"],
    ["Reading time: 5 min", "- Date:", "- 8 April 2025"],
])
def test_a_metadata_list_of_date_and_reading_time_over_the_text_is_no_text(fields):
    assert trim_top(fields + TEXT, "Thaw inspections") == TEXT


@pytest.mark.parametrize("block", [
    ["Daugiau informacijos:", "Aistė Kazlauskienė", "Komunikacijos departamentas",
     "Tel. +370 5 268 0157, el. p. press@bank.example"],
    ["Više informacija:", "Ured za odnose s javnošću", "Tel. +385 51 209 000"],
    ["Informații suplimentare: Direcția comunicare, tel.: (+373 22) 822 606, e-mail: "
     "press@bank.example"],
    ["Tiedustelut", "- Juha Mäkinen 029 551 3312", "- hinnat@stat.example"],
    ["Rückfragehinweis für Medien", "Mag.a Lisa Rettenbacher", "Telefon: +43 1 4000 81234"],
    # a Swiss federal release's contact in Italian and French
    ["Indirizzo cui rivolgere domande", "Sophie Lanfranchi, Sezione Rumore, tel. +41 58 462 93 10"],
    ["Adresse pour l’envoi de questions", "Service de presse, tél. +41 58 462 93 10"],
    # a last line that says "Contact:" and gives a name with a telephone and an e-mail
    ["Contact: Dana Whitcombe, Children’s Hospital, 267-426-6055 or whitcombed@chop.example"],
    ["Per informazioni ai giornalisti: Ufficio Stampa, piazza Dante 15, tel. 0461 494614"],
])
def test_more_information_heads_in_more_languages_close_the_text(block):
    assert trim_end(TEXT + block) == TEXT


def test_notes_to_editors_in_afrikaans_close_the_text():
    notes = ["Nota aan redakteurs: Foto's van die bekendstelling is op versoek by die "
             "departement se kommunikasie-afdeling beskikbaar."]
    assert trim_end(TEXT + notes) == TEXT


def test_a_brazilian_linha_fina_is_a_standfirst():
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    root = html.fromstring("<html><body><h1>Dmae conclui obra</h1><div class='field "
                           "field--name-field-linha-fina'><p>Estrutura teve motores "
                           f"substituídos após a enchente</p></div>{text}</body></html>")
    assert [el.get("class") for el in standfirsts(root)] == [
        "field field--name-field-linha-fina"]


def test_a_box_named_a_subtitle_holding_one_heading_is_a_standfirst():
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    root = html.fromstring("<html><body><h1>Attorney General Secures Settlement</h1>"
                           "<div class='field field--name-field-subtitle'><h2>Company advertised "
                           f"low prices, then added fees</h2></div>{text}</body></html>")
    assert [el.get("class") for el in standfirsts(root)] == [
        "field field--name-field-subtitle"]
    # ... not one after the text: a section's heading
    root = html.fromstring(f"<html><body><h1>T</h1>{text}<div class='field--name-field-subtitle'>"
                           "<h2>Next steps</h2></div><p>More.</p></body></html>")
    assert standfirsts(root) == []


@pytest.mark.parametrize("name", ["sub_head_box", "article-sub-title", "stand-first"])
def test_a_standfirst_named_in_two_words_is_one(name):
    # (a Korean release's 부제 lines over its text, in a box named "sub_head_box")
    text = "".join(f"<p>{p}</p>" for p in KO_TEXT)
    root = html.fromstring("<html><body><h1>충남도, 청년농업인 지원 확대</h1><div class='view'>"
                           f"<div class='{name}'><p>- 독립 영농 3년 이하 청년에 월 최대 110만 원"
                           f"</p><p>- 이달 25일부터 접수</p></div>{text}</div></body></html>")
    assert [el.get("class") for el in standfirsts(root)] == [name]
    # ... but not two words of a name apart ("sub-nav page-title") or a word inside another
    for other in ("sub-nav page-title", "subway-headline-list"):
        root = html.fromstring(f"<html><body><h1>T</h1><div class='{other}'><p>Line</p></div>"
                               f"{text}</body></html>")
        assert standfirsts(root) == []


def test_a_releases_closing_date_beats_a_head_date_the_page_labels_its_revision():
    # (a text long enough that its end is far from the headline)
    text = "".join(f"<p>{p}</p>" for p in TEXT * 6)
    page = ("<html><head><title>上半年天氣回顧</title><meta name='date' content='2024-07-08'>"
            f"</head><body><h1>上半年天氣回顧</h1>{text}<p>完</p><p>2024年7月5日（星期五）</p>"
            "<footer><p>最後修訂日期：2024年7月8日</p></footer></body></html>")
    fields = extract_article(page, "https://www.obs.example.hk/tc/press/p1.htm")
    assert fields.published_at == "2024-07-05"
    # without the revision label, <head>'s day stands
    fields = extract_article(page.replace("最後修訂日期：", ""), "https://www.obs.example.hk/p")
    assert fields.published_at == "2024-07-08"


@pytest.mark.parametrize("mark", ["* * *", "~ ~ ~", "~~~", "⁂"])
def test_a_dinkus_closing_the_text_goes(mark):
    assert trim_end([*TEXT, mark]) == TEXT
    # ... and one between two parts of a long text stays a separator
    part = [f"{p} (part {n})" for n in range(5) for p in TEXT]
    assert trim_end([*part, mark, *part]) == [*part, mark, *part]


def test_an_arabic_end_mark_and_the_agencys_lines_about_itself_close_the_release():
    tail = ["-انتهى-", "نبذة عن وكالة ترويج الاستثمار",
            "تأسست الوكالة في عام 2019 لتكون الجهة المسؤولة عن جذب الاستثمار الأجنبي المباشر "
            * 4, "للاستفسارات الإعلامية:", "البريد الإلكتروني: media@agency.example"]
    assert trim_end(TEXT + tail) == TEXT


@pytest.mark.parametrize("notes", [
    ["Over deze cijfers", "De cijfers zijn afkomstig uit de Basisregistratie Adressen en "
     "Gebouwen (BAG)."],
    # ... on its sources and method, and where to find more figures
    ["Kilder og metode", "Statistikken er baseret på ejendomshandler registreret i "
     "Tinglysningsretten.", "Statistikbanken", "Flere tal findes i www.statistikbanken.dk/ej56."],
])
def test_a_statistics_offices_note_about_its_figures_closes_the_text(notes):
    assert trim_end(TEXT + notes) == TEXT


@pytest.mark.parametrize("heading", ["About the Author", "About the Author:", "About this article",
                                     "Über den Autor", "À propos de l'auteure"])
def test_the_writers_box_closing_the_text_goes_with_what_follows_it(heading):
    box = [heading, "Jane Roe is a content strategist with ten years of experience in digital "
           "marketing.", "References", "- Wine School of Philadelphia"]
    assert trim_end(TEXT * 3 + box) == TEXT * 3
    # ... and a heading so named early in the text is the text's own section
    early = TEXT + [heading, "The writer of the report, a retired engineer, spent two years "
                             "on the survey of the sites."] + TEXT * 3
    assert trim_end(early) == early


def test_a_contact_block_over_the_agencys_paragraph_about_itself_under_its_heading():
    tail = ["Perscontact", "Dirk Peeters, afdelingshoofd Waterbeheer",
            "T 053 72 64 45 – GSM 0476 12 34 56", "d.peeters@agency.example",
            "Over de VMM", "De Vlaamse Milieumaatschappij (VMM) is een agentschap van de Vlaamse "
            "overheid. Ze werkt aan een beter waterbeheer, een betere water- en luchtkwaliteit "
            "en minder klimaatimpact. De VMM meet, analyseert en rapporteert over de toestand "
            "van het milieu en beheert onbevaarbare waterlopen van eerste categorie."]
    assert trim_end(TEXT + tail) == TEXT


def test_a_french_about_heading_with_the_article_contracted_closes_the_release():
    # "À propos du Défenseur des droits" (du, des, d'), over what the body is
    for heading in ("À propos du Défenseur des droits", "À propos d’Orano"):
        tail = [heading, "Le Défenseur des droits est une autorité administrative indépendante "
                "inscrite dans la Constitution, chargée de défendre les droits des usagers des "
                "services publics."]
        assert trim_end(TEXT * 3 + tail) == TEXT * 3, heading


def test_a_contact_block_over_two_about_blocks_closes_the_release():
    # the initiative's "About …" and the body's, each with its paragraph, under the contact
    tail = ["Media Contact", "Emma Lundquist", "Academy of Sciences", "press@academy.example",
            "415.379.5123", "About Hope for Reefs", "Hope for Reefs is an Academy of Sciences "
            "initiative that aims to halt the decline of coral reefs this century through "
            "research, exploration and public engagement with divers, fishers and schools.",
            "About the Academy of Sciences", "The Academy of Sciences is a renowned scientific "
            "and educational institution dedicated to exploring, explaining and sustaining life "
            "on Earth, home to an aquarium, a planetarium and a natural history museum."]
    assert trim_end(TEXT * 3 + tail) == TEXT * 3


@pytest.mark.parametrize("contact", ["傳媒查詢", "媒体查询：", "新聞界查詢"])
def test_a_chinese_releases_media_enquiries_and_about_block_close_it(contact):
    # a Hong Kong university's release: "傳媒查詢" over a name and its reach, then
    # "關於…" over the university's paragraph about itself
    text = ["研究團隊研發出一種以鎳和鐵為主要成分的低成本催化劑，可在海水中穩定產生氫氣，"
            "效率與貴金屬催化劑相若，有望大幅降低綠色氫能的生產成本。"] * 3
    tail = [contact, "陳嘉穎", "電話：(852) 2358 0000", "電郵：press@uni.example.hk",
            "關於香港理工科技大學", "香港理工科技大學（理科大）是一所國際領先的研究型大學，"
            "致力在科學、科技及商業領域推動跨學科的教學與研究。"]
    assert trim_end(text + tail) == text
    # (a notice's "关于…的通知" closing the text is no heading of a block about a body, nor
    # is a subject's heading over a paragraph that does not open with it)
    for notice in (["关于开展2024年春季安全检查的通知", "该通知是一份面向全县各乡镇的工作部署。"],
                   ["关于春季安全检查",
                    "县应急管理局是县政府的工作部门，负责全县的安全生产工作。"]):
        assert trim_end(text + notice) == text + notice


def test_a_sites_closing_promotion_between_two_rules_closes_the_text():
    tail = ["—–", "Like what you read? Subscribe to our newsletter for engaging articles, "
            "exclusive content, and the latest updates.", "Check us out on EarthSnap, a free app.",
            "—–"]
    assert trim_end(TEXT * 2 + tail) == TEXT * 2
    # (a paragraph of the text's own between such rules stays)
    part = ["The second part of the story begins the next morning, when the crews returned to "
            "the site to find that the water had risen again overnight and the road was closed."]
    assert trim_end(TEXT * 2 + ["—–", *part, "—–"])[-1:] == part


@pytest.mark.parametrize("heading", ["Voor de pers", "Für die Presse", "Pour la presse",
                                     "For the media"])
def test_for_the_press_heads_the_press_offices_block(heading):
    tail = [heading, "Journalisten kunnen contact opnemen met de afdeling Communicatie via "
            "026 377 38 38 of pers@gemeente.example."]
    assert trim_end(TEXT + tail) == TEXT


@pytest.mark.parametrize("mark", ["~ End ~", "~End~", "- ENDS -", "---000---",
                                  # (a Mexican bulletin's "-o0o-", its O a zero; a US
                                  # agency's acronym between dashes, "-BLM-")
                                  "-o0o-", "-BLM-", "-USDA-",
                                  # (a Pacific ministry's "//END//")
                                  "//END//"])
def test_an_end_mark_between_tildes_or_dashes_ends_the_release(mark):
    under = ["For more information, please submit your queries via the Online Feedback Form "
             "or call 6225 5632."]
    assert trim_end(TEXT + [mark] + under) == TEXT


@pytest.mark.parametrize("notice", [
    "Names have been changed where requested. Gifts are matched until 31 January. Brightwell "
    "Aid is a registered charity: Registered charity numbers 1045678 (England and Wales) and "
    "SC041234 (Scotland).",
    "Harbour Trust is a registered charity in England and Wales (1123456).",
    "Fieldmark Media Ltd. Registered in England and Wales No. 07654321. Registered office: "
    "12 Mill Lane, Leeds.",
])
def test_an_organisations_registration_notice_closing_the_text_goes(notice):
    assert trim_end(TEXT + [notice]) == TEXT
    # ... while a sentence of the text about a charity's registration stays
    told = ("The trust became a registered charity in 2019 and now runs four shelters "
            "with a staff of twelve.")
    assert trim_end(TEXT + [told]) == TEXT + [told]


@pytest.mark.parametrize("heading", ["Biro Hubungan Masyarakat", "Bagian Humas:",
                                     "Public Relations Office", "Media Relations Unit"])
def test_a_public_relations_office_over_its_reach_closes_the_release(heading):
    # (the office, its telephone, its accounts, its e-mail and its site: longer than a block
    # without a heading can run)
    block = [heading, "Kementerian Perhubungan Darat", "Telp/Fax: (021) 3811308",
             "Twitter @perhubdarat", "FB: @perhubdarat", "IG: @perhubdarat.ri",
             "e-mail: humas@perhubdarat.example.id", "laman: www.perhubdarat.example.id"]
    assert trim_end(TEXT + block) == TEXT
    # ... while a line of the text that names the office stays when no reach is under it
    told = ["Biro Hubungan Masyarakat", "The bureau will publish the schedule of the "
            "inspections on the ministry's website next week."]
    assert trim_end(TEXT + told) == TEXT + told


def test_a_releases_end_mark_over_a_long_mission_statement_ends_it():
    # "###" closes a US release; under it the agency's mission statement (longer than any
    # boilerplate line), its media contact named with the headline, its lines about itself
    text = TEXT * 6
    mission = ("The department's mission is to protect and enhance the state's natural "
               "resources, air, water and land, to provide for the health, safety and welfare "
               "of all people, and to ensure a clean and safe environment for future "
               "generations. In carrying out this mission, the department commits to address "
               "and prevent environmental injustice and to apply its laws fairly. The "
               "department works with cities, towns, businesses and residents to reach these "
               "goals across the state's six regions.")
    under = [mission, "Media Contact for State Awards $46 Million to Replace Lead Lines",
             "Department of Environmental Protection", "More about the department"]
    assert trim_end(text + ["###"] + under) == text
    # ... and so do "####" and "#####", as UN agencies print the mark; not two hashes
    for mark in ("####", "#####", "# # # # #"):
        assert trim_end(text + [mark] + under) == text, mark
    assert trim_end(text + ["##"] + under) != text
    # ... while what follows a mark and outweighs the text above is text (a mark used once
    # as a break between a short opening and the body)
    assert trim_end(TEXT[:1] + ["###"] + under) == TEXT[:1] + ["###"] + under


def test_an_issuers_name_in_capitals_and_the_day_over_its_about_close_the_release():
    # a Singapore agency's sign-off: its name in capitals, the day, then its "About …"
    about = ["About the Maritime Licensing Authority (MLA)",
             "MLA regulates harbour craft and marine services and keeps the port's registers."]
    sign_off = ["MARITIME LICENSING AUTHORITY", "14 MARCH 2024"]
    text = TEXT * 2
    assert trim_end(text + sign_off + about) == text
    # ... and a heading in capitals over text is no sign-off
    assert trim_end(text + ["NEXT STEPS", *about]) == text + ["NEXT STEPS", *about]


@pytest.mark.parametrize("line", [
    "For more information, contact the Communications Unit on 01286 679 000 or "
    "press@council.example.gov.uk.",
    "Am ragor o wybodaeth, cysylltwch ag Uned Gyfathrebu'r Cyngor ar 01286 679 000 neu "
    "swyddfawasg@cyngor.example.cymru.",
    "RENSEIGNEMENTS AUX MÉDIAS : Nathalie Roy, communications, ministère de l'Environnement, "
    "506-453-0288, nathalie.roy@gnb.example.ca.",
    "Media inquiries: Jane Roe, 613-555-0101, jane.roe@agency.example.gc.ca",
])
def test_a_contact_sentence_with_its_reach_closes_the_release(line):
    assert trim_end(TEXT + [line]) == TEXT
    # ... not one without a telephone or an address: a sentence of the text
    told = "For more information, contact your local council about the inspections near you."
    assert trim_end(TEXT + [told]) == TEXT + [told]


def test_an_irish_release_ends_at_its_end_mark_with_its_notes():
    tail = ["CRÍOCH", "Nótaí don Eagarthóir", "Tá tuilleadh eolais ar fáil ar shuíomh na Roinne.",
            "Oifig Preasa", "14 Márta 2024"]
    assert trim_end(TEXT + tail) == TEXT


def test_welsh_notes_to_editors_close_the_release():
    notes = ["Nodyn i olygyddion", "Mae'r Gronfa Ffyniant Gyffredin yn cael ei gweinyddu gan y "
             "Cyngor ar ran Llywodraeth y DU."]
    assert trim_end(TEXT + notes) == TEXT


@pytest.mark.parametrize("line", [
    "Date modified: 2024-05-16", "Date de modification : 2024-05-16",
    "Dernière mise à jour de cette page le 21.02.2024", "Última actualización: 12/03/2024",
    "Laatst bijgewerkt op 4 mei 2024", "Senast uppdaterad 2024-05-16",
    # ... as a sentence about the page
    "Deze pagina is voor het laatst gewijzigd op 12 november 2024",
    "Diese Seite wurde zuletzt am 12.11.2024 aktualisiert.",
    # ... in Japanese, after a wire story's text
    "最終更新:12/8(日) 9:40",
    # ... or a correction's note
    "This page was updated on 3 December 2024 to correct the figure in the third finding.",
    # ... in Basque and Catalan
    "Azken aldaketa: 2023/11/17 12:04", "Darrera modificació: 17/11/2023"])
def test_a_pages_modified_date_line_is_no_text(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome(TEXT + [line]) == TEXT


def test_a_media_queries_heading_and_sentence_close_the_release():
    block = ["For media queries, please contact:", "Nur Aisyah Rahman",
             "Manager, Corporate Communications", "Email: nur_rahman@parks.example.gov.sg",
             "About the Parks Board", "The Parks Board manages more than 350 parks."]
    assert trim_end(TEXT + block) == TEXT
    line = ("For media enquiries please contact the Media & Communications Unit, Department of "
            "Health, Waigani. Phone: 301 3601 | Email: media@health.example.gov.pg")
    assert trim_end(TEXT + [line]) == TEXT


def test_a_french_releases_related_links_contacts_and_other_releases_go():
    tail = ["Liens connexes", "- Fonds de restauration des écosystèmes aquatiques",
            "- Profil d’espèce : saumon atlantique", "Personnes-ressources", "Émilie Thériault",
            "Attachée de presse", "613-992-3474", "Communiqués récents"]
    assert strip_chrome(TEXT + tail) == TEXT


def test_a_learn_more_heading_over_link_titles_ends_the_text():
    titles = ["Learn more", "Department of Health and Community Services", "Patient Connect NL",
              "Family Care Teams Expand to Bonavista and Trinity Regions"]
    assert trim_end(TEXT + titles) == TEXT
    # ... not a heading over the text's own sentences
    told = ["Learn more", "The clinic opens in May and takes patients registered with the "
            "province's waiting list first."]
    assert trim_end(TEXT + told) == TEXT + told


@pytest.mark.parametrize("block", [
    ["สำนักงานประชาสัมพันธ์ สำนักงานปลัดกระทรวงศึกษาธิการ",
     "ข่าว: ณัฐวุฒิ แก้วมณี / ภาพ: ศุภชัย ทองดี", "15/5/2567"],
    ["Text: Jane Roe / Photos: John Doe"],
    # (the photographer's office after the name)
    ["ข่าว : สุพัตรา ใจยา / ภาพ : ธีรวัฒน์ ปัญญาดี กองประชาสัมพันธ์ สำนักงานอธิการบดี"],
])
def test_a_credit_for_the_text_and_pictures_closes_the_text(block):
    assert trim_end(TEXT + block) == TEXT
    # ... while the office's name over a line of the text, no credit under it, stays
    told = [block[0], "The inspections resume next week across all provinces of the country."]
    assert trim_end(TEXT + told) == TEXT + told


def test_a_writers_credit_after_wen_opens_no_text():
    text = ["4月20日晚，中甲联赛第5轮一场焦点战在江城体育中心打响，主场作战的江城星辰逆转取胜。",
            "本场比赛共有2.1万名球迷到场观战。"]
    assert trim_top(["文/腾讯体育 韩骁", *text], None) == text
    assert trim_top(["文／图 张三", *text], None) == text
    # ... or the writer with where the story is filed from
    assert trim_top(["白桦 发自 凹非寺", *text], None) == text


def test_the_headings_kicker_and_headline_read_as_one_line_are_no_text():
    line = "Geburtshilfe in Deutschland Warum immer mehr Kreißsäle schließen"
    title = "Warum immer mehr Kreißsäle schließen"
    assert trim_top([line, *TEXT], title, heading=line) == TEXT
    # ... under a teaser's short lines over it, as the generic extractor reads a page's top
    teaser = ["FAQ Krankenhausreform: Was sich für Patienten ändern soll", "02.05.2024"]
    assert trim_top([*teaser, line, *TEXT], title, heading=line) == TEXT
    # (a line that only starts the same, a heading of the text, stays)
    section = "Warum immer mehr Kreißsäle schließen: die Gründe"
    assert trim_top([*TEXT, section, *TEXT], title, heading=line) == [*TEXT, section, *TEXT]
    # (the page's headline read with the text, as the generic extractor reads it here)
    page = ('<html><head><title>Warum immer mehr Kreißsäle schließen | tagesschau.de</title>'
            '</head><body><main><article class="container"><div class="seitenkopf"><div '
            'class="seitenkopf__title"><h1 class="seitenkopf__headline"><span class='
            '"seitenkopf__topline">Geburtshilfe in Deutschland</span> <span class='
            f'"seitenkopf__headline--text">{title}</span></h1><p class="metatextline">Stand: '
            '14.05.2024 17:32 Uhr</p></div></div>'
            + "".join(f'<p class="textabsatz">{p} {p}</p>' for p in TEXT * 3)
            + "</article></main></body></html>")
    fields = extract_article(page, url="https://www.example.de/inland/kreisssaele-100.html")
    assert fields.title == title and "Geburtshilfe in Deutschland" not in fields.body


@pytest.mark.parametrize("line", ["Mit Informationen von Katrin Bode, NDR",
                                  "Additional reporting by Jane Roe in London",
                                  "With reporting from Reuters."])
def test_who_added_to_the_report_closes_it(line):
    assert trim_end(TEXT + [line]) == TEXT


@pytest.mark.parametrize("tail", [
    # a news agency's sign-off with its staff, over its rights notice
    ["AGERPRES/(A - autor: Doina Mihăilă, editor: Adrian Dobre, editor online: Ionuţ Stan)",
     "Toate drepturile asupra textelor, fotografiilor şi materialelor video distribuite de "
     "AGERPRES sunt rezervate."],
    # the press office that issued the release, named alone under it
    ["Pressestelle des Niedersächsischen Kultusministeriums"],
    # an office's reference alone ("PRO/TVM/0148/2025")
    ["PRO/TVM/0148/2025"],
    # a rule of underscores over the writer's note
    ["__________________________________",
     "Other People’s Voices: Essays by Marisol Quenneville is forthcoming from Harrow & Finch "
     "in September 2025. Her writing has appeared in The Iowa Review and elsewhere."],
    # a Mongolian contact block, and a Hungarian support box with its button
    ["Хэвлэл мэдээллийн асуудлаар холбогдох:", "Э.Болормаа, Харилцаа холбооны шинжээч",
     "Утас: +976 7000 5522, и-мэйл: bolormaa.e@example.org"],
    ["Támogassa az Indexet!", "Az Index szerkesztősége minden nap azon dolgozik, hogy megbízható "
     "híreket adjon olvasóinak. Ha fontosnak tartja munkánkat, támogasson minket!"],
])
def test_sign_offs_offices_references_and_boxes_under_the_text_close_it(tail):
    assert trim_end(TEXT + tail) == TEXT


def test_a_word_and_a_number_alone_is_no_reference():
    assert trim_end(TEXT + ["COVID-19"]) == TEXT + ["COVID-19"]


def test_an_apps_name_over_the_original_title_and_source_lines_opens_no_text():
    text = ["6月以来，又有一批中小银行发布公告，下调人民币存款挂牌利率，三年期定期存款利率降至"
            "2%以下。", "以华东地区某农商行为例，该行6月6日发布公告称将下调存款利率。"]
    top = ["新浪财经APP", "原标题：中小银行存款利率再下调 三年期定存“2时代”渐行渐远",
           "来源：上海证券报"]
    assert trim_top(top + text, None) == text
    # (a heading of the text that names an app, after its first paragraph, stays)
    named = [text[0], "“苏服办”APP", text[1]]
    assert trim_top(named, None) == named


@pytest.mark.parametrize("tail", [
    # a communications office signing the release, alone or over its ministry
    ["Oficina de Imagen Institucional y Comunicaciones"],
    ["Odbor komunikace", "Ministerstvo dopravy"],
    # (a Romanian prefecture's press office in capitals, an Italian office's name)
    ["BIROUL COMUNICARE, RELAȚII PUBLICE ȘI MASS-MEDIA"],
    ["Ufficio comunicazione istituzionale"],
    # (a US police department's officer of its Public Information Office)
    ["PIO: Officer Alisha Brandt, Public Information Office"],
    # (a Thai release's credit of the news to the province's public relations office)
    ["ข่าว : สำนักงานประชาสัมพันธ์จังหวัดกระบี่"],
    ["Molėtų rajono savivaldybės administracijos Komunikacijos ir informacijos skyrius"],
    ["Informāciju sagatavoja: Zemkopības ministrijas Komunikācijas nodaļa, prese@zm.gov.lv"],
    # a correspondent's signature: the name, the role, the place, and the agency that added
    ["LAURA GÓMEZ ARANGO", "Corresponsal de EL TIEMPO", "Medellín",
     "*Con información de Colprensa"],
    # the credits of a Chinese story's editors, a reporter's bracketed sign-off
    ["栏目主编：沈岳明 文字编辑：陆文彬 题图来源：邹一凡 摄 图片编辑：苏唯"],
    ["（腾讯体育 刘铮 发自江州）"], ["（成都电视台新闻综合频道记者 刘畅 杨帆）"],
    # ... or who did what, each after its role and a slash
    ["（文/化工学院 陈思远 图/化工学院 审核/王立群 编辑/刘畅）"],
    # a broadcaster's note of the programme that aired the story
    ["Dieses Thema im Programm: MDR SACHSEN - Das Sachsenradio | Regionalreport aus dem Studio "
     "Chemnitz | 14. März 2024 | 17:30 Uhr"],
])
def test_signing_offices_correspondents_and_credits_close_the_text(tail):
    assert trim_end(TEXT + tail) == TEXT


def test_a_sentence_naming_a_communications_office_stays():
    told = ["The department's communications office will publish the inspection schedule."]
    assert trim_end(TEXT + told) == TEXT + told


@pytest.mark.parametrize("top", [["编辑｜何沐阳", "封面来源｜企业官方"], ["11 de marzo de 2025."]])
def test_credits_and_a_date_set_as_a_sentence_over_the_text_open_no_text(top):
    assert trim_top(top + TEXT, None) == TEXT


def test_a_sentence_that_opens_with_a_date_opens_the_text():
    first = ["On 3 May 2024 the council met."]
    assert trim_top(first + TEXT, None) == first + TEXT


@pytest.mark.parametrize("tail", [
    # a Japanese paper's box of who wrote the article, with a reader's comment under it
    ["この記事を書いた人", "田中 美咲", "地域報道部", "コメントプラス", "【視点】",
     "予約制の乗り合い交通は「導入」よりも「持続」が難しい。", "2025年2月18日 21時14分 投稿"],
    # a Korean paper's reporter tag and rights line
    ["[박지훈 기자]", "[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"],
    # a Chinese reporter's credit labelled 采写
    ["采写：南都N视频记者 陈嘉怡 实习生 黄子涵"],
])
def test_writers_boxes_reporter_tags_and_rights_lines_close_the_text(tail):
    # (a writer's box is looked for in the text's closing part: a text of some length)
    assert trim_end(TEXT * 6 + tail) == TEXT * 6


def test_an_armenian_other_releases_heading_ends_the_text():
    tail = ["Այլ հաղորդագրություններ",
            "- 04 դեկտեմբերի, 2024Քաղաքական խորհրդակցություններ Երևանում",
            "- 03 դեկտեմբերի, 2024Նորանշանակ դեսպանը հանձնեց հավատարմագրերի պատճենները"]
    assert strip_chrome(TEXT + tail) == TEXT


@pytest.mark.parametrize("tail", [
    # a Slovak release's media contact on one line; a Swiss canton's people to ask
    ["Kontakt pre médiá: Odbor komunikácie, hovorca@enviro.gov.sk, tel. +421 2 5956 2250"],
    ["Persone di riferimento:",
     "Consigliere di Stato Marco Pedrini, direttore del Dipartimento, tel. 081 257 36 01",
     "Corina Hänni, capo dell'Ufficio per la natura e l'ambiente, tel. 081 257 29 46"],
])
def test_media_contacts_in_more_languages_close_the_text(tail):
    assert trim_end(TEXT + tail) == TEXT


def test_a_downloads_table_with_file_sizes_is_no_text_and_a_table_of_figures_is():
    downloads = ["Документи за преземање",
                 "|  | Јавен повик за финансирање проекти 2024 | 312 KB |",
                 "|  | Образец за пријава | 84 KB |"]
    assert strip_chrome(TEXT + downloads) == TEXT
    figures = ["| RAM | 192 GB |", "| Data downloaded per build | 1.4 GB | 210 MB |"]
    assert strip_chrome(TEXT + figures) == TEXT + figures


def test_an_editors_pick_line_is_a_promotion():
    pick = ["Pilihan Editor: Polisi Tutup Sementara Jalur Puncak saat Libur Panjang"]
    assert strip_chrome(TEXT[:1] + pick + TEXT[1:]) == TEXT


def test_an_organisations_block_about_itself_closes_a_release():
    about = ["About Peatland ACTION",
             "Peatland ACTION is a Scottish Government funded programme delivered by five "
             "partners to restore degraded peatland across Scotland.",
             "NatureScot is Scotland’s nature agency. We work to enhance our natural "
             "environment in Scotland and inspire everyone to care more about it."]
    assert trim_end(TEXT + about) == TEXT
    # a section of the text headed "About …" that says no organisation's what stays
    section = ["About the works", "Crews will close the lane at night and reopen it by 6am."]
    assert trim_end(TEXT + section) == TEXT + section


def test_a_sharepoint_releases_record_rows_close_the_text():
    record = ["| Press Release by: | Ministry for Education, Sport, Youth, Research |",
              "| Reference Number: | PR241163 |", "| Press Release Issue Date: | Jun 21, 2024 |"]
    assert trim_end(TEXT + record) == TEXT
    # ... and a town's record of two fields a row (who made, entered and changed it, when)
    record = ["| Wytworzył: | Referat Inwestycji | Data wytworzenia: | 15.09.2023 |",
              "| Wprowadził: | Referat Promocji | Data publikacji: | 18.09.2023 12:05 |",
              "| Zmodyfikował: | Referat Promocji | Data modyfikacji: | 20.09.2023 08:41 |"]
    assert trim_end(TEXT + record) == TEXT
    # (a table of the text's own, two columns of figures, stays)
    table = ["| Gmina | 2023 | Powiat | 2024 |", "| Niepołomice | 412 | wielicki | 398 |"]
    assert trim_end(TEXT + table) == TEXT + table


@pytest.mark.parametrize("line", [
    "If you purchase a product or register for an account through a link on our site, we may "
    "receive compensation.",
    "All products featured are independently selected by our editors. However, when you buy "
    "something through our retail links, we may earn an affiliate commission.",
    "This article is for informational purposes only and is not meant to offer medical advice.",
    # (a law firm's, in full)
    "This blog is made available by Example & Partners LLP (“Example” or “the Firm”) for "
    "informational purposes only. It is not meant to convey the Firm’s legal position on "
    "behalf of any client, nor is it intended to convey specific legal advice. Any opinions "
    "expressed in this article do not necessarily reflect the views of the Firm or its "
    "clients. Accordingly, do not act upon this information without seeking counsel from a "
    "licensed attorney. This blog is not intended to create, and receipt of it does not "
    "constitute, an attorney-client relationship. Communicating with the Firm through this "
    "website by email or otherwise does not create an attorney-client relationship.",
])
def test_a_sites_affiliate_or_advice_disclaimer_is_no_text(line):
    assert strip_chrome(TEXT + [line]) == TEXT


def test_a_chinese_papers_subtitle_over_its_byline_opens_no_text():
    text = ["本报北京5月20日电 记者从交通运输部获悉：今年1至4月，全国港口完成货物吞吐量57.4亿吨。",
            "在山东日照港石臼港区，记者看到，十余台岸桥有序作业。"]
    top = ["今年以来全国港口完成货物吞吐量同比增长百分之五点三", "本报记者 韩 笑 苏 晴"]
    assert trim_top(top + text, "沿海港口智慧化改造提速") == text
    # a short line of the text itself, over a sentence, stays
    assert trim_top(["一、总体要求"] + text[1:], None) == ["一、总体要求"] + text[1:]


@pytest.mark.parametrize("line", [
    "Lue lisää: Itä-Suomen junaliikenne myöhästeli syksyllä enemmän kuin muu maa",
    "Juttua päivitetty 21.11. klo 7.05: Lisätty maakuntajohtajan kommentit.",
])
def test_finnish_read_more_links_and_update_notes_are_no_text(line):
    assert strip_chrome(TEXT[:1] + [line] + TEXT[1:]) == TEXT


def test_a_policy_interpreters_credit_closes_the_text():
    text = ["《办法》明确了草原承包经营权流转的方式和程序。",
            "下一步，省林草局将加强对各地的指导。"]
    assert trim_end(text + ["解读单位：四川省林业和草原局草原管理处"]) == text


def test_a_listed_companys_notice_on_its_forecasts_about_block_and_investor_contact_close_it():
    closing = ["About Halvard Precision Components, Inc.",
               "Halvard Precision Components, Inc. (NASDAQ:HLVD) designs and manufactures "
               "engineered valves and seals for the energy and water industries.",
               "Forward-Looking Statements",
               "This press release contains forward-looking statements within the meaning of "
               "the Private Securities Litigation Reform Act of 1995, which involve risks.",
               "Investor Contact:", "Marcus Tillery", "Vice President, Investor Relations",
               "(713) 555-0176"]
    assert trim_end(TEXT + closing) == TEXT
    # a section of the text about what lies ahead is the text's
    outlook = ["Outlook", "The company expects forward-looking orders to grow in 2026."]
    assert trim_end(TEXT + outlook) == TEXT + outlook


def test_a_writers_disclosure_of_holdings_closes_the_text():
    disclosure = ["Megan Aldous has no position in any of the shares mentioned. The Motley Fool UK "
                  "has no position in any of the shares mentioned."]
    assert trim_end(TEXT + disclosure) == TEXT


@pytest.mark.parametrize("line", ["News release #18-067", "News Release No. 24-117",
                                  "Media release number 2024/17", "FOR IMMEDIATE RELEASE"])
def test_a_releases_kind_and_number_over_the_text_is_no_text(line):
    # a release's kind with its number, under the headline, is the page's record of it
    assert trim_top([line] + TEXT, "Rural well program expanded") == TEXT


def test_a_press_contact_under_the_agencys_short_name_closes_the_text():
    # Taiwan's agencies name themselves before the label: "食藥署新聞聯絡人：…"
    text = ["食藥署提醒民眾，夏季氣溫升高，生鮮水產品應冷藏保存並徹底加熱後再食用。",
            "民眾如於外食後出現疑似食品中毒症狀，應儘速就醫，並通報當地衛生局。"]
    contacts = ["食藥署新聞聯絡人：食品組 陳科長 電話：(02)2787-7350",
                "食藥署業務聯絡人：食品組 林技正 電話：(02)2787-7411"]
    assert trim_end(text + contacts) == text


@pytest.mark.parametrize("line", ["*** PRESS RELEASE ***", "No. 236/2024", "Nr. 17/2025"])
def test_a_releases_kind_set_off_by_stars_or_its_number_alone_is_no_text(line):
    assert trim_top([line] + TEXT, "Rural well program expanded") == TEXT


def test_the_deck_under_a_headline_the_release_repeats_goes():
    # the headline repeated in capitals, the deck under it (no sentence), the text opening
    # with its place and a dash
    head = "City opens applications for summer youth jobs"
    deck = ("Paid jobs for young people ages 14 to 24 in City departments; a single "
            "application portal makes it easier to apply")
    text = ["San Francisco, CA – The Mayor's Office today announced that applications are "
            "open for the summer youth employment programs.",
            "All participants will be paid at least the minimum wage, the office said."]
    assert trim_top([head.upper(), deck] + text, head) == text
    # ... a release that opens with such a line, no headline over it, opens with its summary
    assert trim_top([deck] + text, head) == [deck] + text


def test_a_place_and_a_date_signing_a_release_under_its_text_go():
    signed = TEXT + ["Islamabad", "14 May 2024"]
    assert trim_end(signed) == TEXT
    # ... two words of a sentence's end are no place
    assert "Thank you." in trim_end(TEXT + ["Thank you.", "14 May 2024"])


def test_a_boards_details_table_with_a_caption_row_and_empty_cells_is_no_text():
    # a Korean ministry's board: the table's caption as its first row, four columns, the
    # rows of one field ending in empty cells
    table = ["| 보도자료 상세보기 - 제목, 담당부서, 등록일, 조회수, 첨부파일 정보 제공 |  |  |  |",
             "| 제목 | 「2025년 6월 노동시장 동향」 발표 |  |  |",
             "| 담당부서 | 노동시장분석과 | 등록일 | 2025-07-14 |",
             "| 보도일시 | 2025. 7. 14.(월) 12:00 | 조회수 | 3,214 |", "| 첨부파일 |  |  |  |"]
    assert trim_top(table + KO_TEXT, "「2025년 6월 노동시장 동향」 발표") == KO_TEXT


def test_the_credits_of_a_policys_explanation_close_it_a_notices_contact_stays():
    text = ["昆山市将通过五个方面的措施，推动夜间经济高质量发展，"
            "打造具有江南水乡特色的夜间消费集聚区。",
            "措施自发布之日起施行，有效期至2027年12月31日。"]
    credits = ["解读机关：昆山市商务局", "解读人：市商务局商贸流通科", "联系电话：0512-57318826"]
    assert trim_end(text + credits) == text
    assert trim_end(text + ["解读机构：省科技厅高新技术处", "解读人：王某"]) == text
    # ... and a paper's credits with their labels in brackets: "【记者】黄嘉琪"
    assert trim_end(text + ["【记者】黄嘉琪", "【通讯员】南宣", "【来源】 南方+客户端"]) == text
    # ... a notice's own contact for its readers is the notice's
    contact = ["联系人：张三", "联系电话：0512-57318826"]
    assert trim_end(text + contact) == text + contact


def test_a_forward_looking_notice_without_its_heading_goes_with_the_contacts_above_it():
    # a listed company's release: its text, "About …", the press contacts, and the legal
    # notice on forecasts in the words of the law it invokes, no heading over it
    text = ["WALLDORF — The company today announced that its training program will open in "
            "ten more countries over the next 18 months, with 12,000 places by 2027.",
            "The program combines a three-month course with a placement at customers.",
            "Applications for the first new cohorts open in August on the program website."]
    about = ["About Examplesoft",
             "Examplesoft’s strategy is to help every business run as an intelligent "
             "enterprise; its customers are in more than 180 countries."]
    contact = ["For more information, press only:",
               "Jane Doe, +49 (6227) 7-63900, jane.doe@examplesoft.com, CET"]
    notice = ["Any statements contained in this document that are not historical facts are "
              "forward-looking statements as defined in the U.S. Private Securities Litigation "
              "Reform Act of 1995. Examplesoft undertakes no obligation to update them."]
    assert trim_end(text + about + contact + notice) == text
    # ... and under its own heading, under the contacts, however many paragraphs it runs to
    headed = ["Forward-Looking Statements", "This press release contains forward-looking "
              "statements within the meaning of the Private Securities Litigation Reform Act "
              "of 1995.", "Actual results may differ materially.", "They speak only as of "
              "today.", "The company undertakes no obligation to update them."]
    assert trim_end(text + about + headed + ["Media contact", "press@examplesoft.com"]) == text
    # ... and the release's own statements named so, without a heading, under two "About"
    # blocks (the company's and its customer's), the trademarks and the photo under it
    named = ["Certain statements in this press release including, but not limited to, "
             "statements as to: the benefits, impact, performance and availability of "
             "Examplesoft's products and services; and the expected timing of deployment by "
             "Nordgrid are forward-looking statements that are subject to risks and "
             "uncertainties that could cause results to be materially different than "
             "expectations. Important factors are described in the company's most recent "
             "reports filed with the Securities and Exchange Commission.",
             "© 2024 Examplesoft Corporation. All rights reserved. Examplesoft and the "
             "Examplesoft logo are trademarks and/or registered trademarks of Examplesoft "
             "Corporation in the U.S. and other countries. Other company and product names "
             "may be trademarks of the respective companies with which they are associated.",
             "A photo accompanying this announcement is available at "
             "https://www.globenewswire.example/NewsRoom/AttachmentNg/4f8b2c11"]
    partner = ["About Nordgrid", "Nordgrid AB operates high-voltage transmission lines and "
               "substations across northern Sweden and is headquartered in Umeå."]
    contact = ["Media Contact", "Jane Doe", "Enterprise Communications", "+1-408-555-0148",
               "jdoe@examplesoft.com"]
    assert trim_end(text + about + partner + named + contact) == text


def test_an_about_block_with_its_release_number_and_press_photos_under_it_goes():
    # (a chip maker's release: its blurb, where to read more, the release's number and its
    # press photos, each a short line under the blurb)
    text = ["Munich, Germany – 11 June 2024 – The company today launched a new family of "
            "power transistors for solar inverters and battery storage systems.",
            "The devices can be ordered now; volume production is planned for the fourth "
            "quarter of 2024."]
    about = ["About Examplecon",
             "Examplecon AG is a global semiconductor leader in power systems and IoT. The "
             "company has around 58,000 employees worldwide.",
             "Further information is available at www.examplecon.com",
             "This press release is available online at www.examplecon.com/press",
             "Information Number", "EXPSS202406-112", "Press Photos",
             "- Transistor TO-247-4 JPG | 2.1 MB | 3543 x 2362 px"]
    assert trim_end(text + about) == text
    # ... and a closing part of the text in short lines stays where no blurb heads it
    steps = ["How to apply:", "- Register online", "- Upload the form", "- Pay the fee"]
    assert trim_end(text + steps) == text + steps


def test_a_contact_line_reaching_two_people_closes_a_newswire_release():
    # (a newswire's release: its blurb, the notice on forecasts under its heading, the
    # exchange's disclaimer, the "SOURCE" line and one line of contacts for media and
    # investors, each with a telephone and an e-mail)
    text = ["BURLINGTON, ON, March 12, 2024 /CNW/ - Example Water Inc. today announced a "
            "ten-year contract to supply 160,000 smart water meters to the region.",
            "Deployment begins in the third quarter of 2024 and ends in 2027."]
    tail = ["About Example Water Inc.",
            "Example Water Inc. designs and manufactures ultrasonic water meters for "
            "municipal utilities in Canada and the United States.",
            "Forward-Looking Information",
            "This news release contains forward-looking information within the meaning of "
            "applicable Canadian securities legislation.",
            "Neither the TSX Venture Exchange nor its Regulation Services Provider accepts "
            "responsibility for the adequacy or accuracy of this release.",
            "SOURCE Example Water Inc.",
            "For further information: Media: Jane Roe, Director, Corporate Communications "
            "and Public Affairs, Example Water Inc., 905-555-0148, media@examplewater.ca; "
            "Investors: John Doe, Chief Financial Officer and Corporate Secretary, "
            "905-555-0192, investors@examplewater.ca"]
    assert trim_end(text + tail) == text


def test_a_recordings_download_line_is_no_text():
    text = ["Agentes de la Policía Nacional han desarticulado una organización dedicada a "
            "estafar a clientes de entidades bancarias.", "Han sido detenidas 14 personas."]
    assert strip_chrome(text + ["Vídeo de la operación (MP4, 38 MB)"]) == text


def test_an_apps_download_as_a_step_of_the_texts_list_stays():
    text = ["Street sweeping begins on Monday in all wards, weather permitting.",
            "Residents can sign up for alerts:",
            "- Visit the city's sweeping page and enter your address to find your zone",
            "- Select your preferred alert method: email, text message or both"]
    step = "- Download the City 311 app to receive push notifications and report missed streets"
    assert strip_chrome(text + [step]) == text + [step]
    # ... but the outlet's own app, alone or after a share row, is its promotion
    assert strip_chrome(text[:1] + ["Download the free News 8 app for Roku"]) == text[:1]
    assert strip_chrome(text + ["- Follow us on X @CityNews"]) == text


def test_two_about_blocks_one_over_the_other_go_with_the_notice_under_them():
    # (a distribution deal: the company's blurb and its partner's, then the notice on
    # forecasts and the contacts)
    text = ["BOISE, ID / April 2, 2024 / Example Foods Inc. today announced a distribution "
            "agreement that places its frozen meals in 340 grocery stores.",
            "Shipments begin in the second quarter of 2024."]
    tail = ["About Example Foods Inc.",
            "Example Foods Inc. is a Boise-based producer of plant-based frozen meals.",
            "About Summit Distributors",
            "Summit Distributors is a family-owned wholesaler serving independent grocers.",
            "Forward-Looking Statements",
            "This news release contains forward-looking statements within the meaning of "
            "applicable securities laws.",
            "Media contact", "press@examplefoods.com"]
    assert trim_end(text + tail) == text


def test_a_releases_letterhead_over_its_kind_and_the_headline_again_are_no_text():
    # a governor's release: the office's name, in English and in Hawaiian, over "FOR
    # IMMEDIATE RELEASE", the date, and the headline in capitals without the kicker the
    # page's title prints before it
    title = "OFFICE OF THE GOVERNOR – NEWS RELEASE – State opens applications for repair grants"
    top = ["OFFICE OF THE GOVERNOR", "KE KIAʻĀINA O KA MOKUʻĀINA ʻO HAWAIʻI",
           "FOR IMMEDIATE RELEASE", "January 9, 2025",
           "STATE OPENS APPLICATIONS FOR REPAIR GRANTS"]
    assert trim_top(top + TEXT, title) == TEXT
    # ... and short lines over the text without the release's kind are no letterhead: the
    # loop that takes the date and credit lines stops at the first line of another kind
    assert trim_top(["Road safety", "Winter works", *TEXT], "Thaw inspections")[:2] == [
        "Road safety", "Winter works"]


@pytest.mark.parametrize("heading", ["Poznámka pro editory:", "Poznámky pro redakce",
                                     "Informacja dla redakcji:"])
def test_notes_to_editors_in_czech_slovak_and_polish_close_the_text(heading):
    notes = [heading, "Kotlíkové dotace jsou financovány z Modernizačního fondu, který je "
                      "naplňován z výnosů z prodeje emisních povolenek."]
    assert trim_end(TEXT + notes) == TEXT


def test_an_issued_by_sign_off_in_capitals_with_its_full_stop_and_a_contacts_heading():
    # a parliament's release: the sign-off set in capitals runs long and closes with a full
    # stop, and a line asks the media to contact the media officer, whose details follow
    tail = ["ISSUED BY THE PARLIAMENTARY COMMUNICATION SERVICES ON BEHALF OF THE CHAIRPERSON OF "
            "THE PORTFOLIO COMMITTEE ON WATER AND SANITATION, MS THANDEKA MOKOENA-SITHOLE.",
            "For media enquiries or interviews with the Chairperson, please contact the media "
            "officer:"]
    assert trim_end(TEXT + tail) == TEXT
    # ... not a sentence of the text that begins so
    own = ["Issued by the committee last year, the guidance was followed by most councils."]
    assert trim_end(TEXT + own) == TEXT + own


def test_a_stations_appeal_for_a_gift_closes_no_text():
    appeal = ("KERA News is made possible through the generosity of our members. If you find "
              "this reporting valuable, consider making a tax-deductible gift today. Thank you.")
    assert trim_end(TEXT + [appeal]) == TEXT


@pytest.mark.parametrize("sign_off", [
    # a commission's public relations wing, its city and the day
    ["Public Relations Wing", "Election Commission of Pakistan", "Islamabad, 05-11-2024"],
    # a ministry's communication unit and its address, telephone and mail on one line
    ["Cellule de Communication du Ministère des Finances et du Budget",
     "Immeuble Peytavin, avenue Carde, Dakar – Tél. : +221 33 889 21 00 – "
     "cellcom@finances.gouv.sn"],
])
def test_an_offices_sign_off_with_its_address_on_one_line_closes_no_text(sign_off):
    assert trim_end(TEXT + sign_off) == TEXT


def test_a_wires_fin_mark_and_a_block_headed_by_the_organisations_name_end_the_text():
    # a Spanish-language wire's "(FIN)" with the desk's initials, then its links
    assert trim_end([*TEXT, "(FIN) LZD/MAO", "Más en Andina:", "· Sedapar anuncia corte de "
                     "agua en 12 sectores de Arequipa"]) == TEXT
    # a release's closing block about the organisation, headed by its name alone, however
    # long its paragraph ("St. Jude … is leading the way …")
    about = ("St. Jude Children's Research Hospital is leading the way the world understands, "
             "treats and cures childhood cancer. " * 8)
    assert trim_end([*TEXT, "St. Jude Children's Research Hospital", about]) == TEXT
    # ... and the press contact under "For press information contact"
    assert trim_end([*TEXT, "For press information contact", "Jenny Whitlock, Tate Press "
                     "Office", "pressoffice@tate.org.uk or +44(0)20 7887 8730"]) == TEXT
    # ... but not a section of the text whose heading its paragraph merely opens with
    assert trim_end([*TEXT, "The new clinic", "The new clinic will open in May."]) == [
        *TEXT, "The new clinic", "The new clinic will open in May."]


def test_numbered_advertisement_slots_and_their_placeholders_are_chrome():
    lines = ["Advertisement 2", "This advertisement has not loaded yet, but your article "
             "continues below."]
    assert strip_chrome([*TEXT[:1], *lines, *TEXT[1:]]) == TEXT


def test_an_about_block_with_an_abbreviation_in_its_heading_and_a_list_under_it_goes():
    # "About the U.S. CPSC:" (full stops inside the name), its paragraph saying what the
    # agency is charged with, then a short list of where to call or report
    about = ["About the U.S. CPSC:", "The U.S. Consumer Product Safety Commission (CPSC) is "
             "charged with protecting the public from unreasonable risk of injury or death "
             "associated with the use of thousands of types of consumer products.",
             "For lifesaving information:", "- Visit CPSC.gov.",
             "- Report a dangerous product or a product-related injury on www.SaferProducts.gov.",
             "- Contact a media specialist."]
    assert trim_end([*TEXT, *about]) == TEXT


def test_subscription_buttons_and_offers_in_other_languages_are_chrome():
    lines = ["Abonnez-vous dès maintenant et profitez de la fonction audio.", "S’abonner"]
    assert strip_chrome([*TEXT[:1], *lines, *TEXT[1:]]) == TEXT


def test_more_information_over_a_reference_and_the_contacts_closes_a_release():
    tail = ["More information", "F. Oudshoorn, J. van Tongeren, M. Bakker, ‘Monthly UAV lidar "
            "reveals seasonal peat surface oscillation’, Remote Sensing 16 (2024)",
            "Contact: Dr Femke Oudshoorn, f.oudshoorn@tudelft.nl",
            "Science communication: Ilse Bruggink, +31 (0)15 278 0000"]
    assert trim_end([*TEXT, *tail]) == TEXT


@pytest.mark.parametrize("tail", [
    # a university's news item: the study under its heading, the press contact after it
    ["Wetenschappelijk artikel", "Verbeek, S., de Wit, R. & Jansen, M. (2024). Outdoor play "
     "and measured sleep in primary school children. Journal of Sleep Research, 33(2).",
     "Meer informatie: persvoorlichting, +31 24 000 0000"],
    ["Originalpublikation:", "Kraus, L., Weber, T., et al. Bodenfeuchte und Dürre in "
     "Mitteleuropa. Nature Geoscience (2024). DOI: 10.1038/s41561-024-01402-9"],
    # an institute's "Publication details" over its media enquiries block
    ["Publication details", "Nguyen R, Chua K, Abbott L. TRIM-B restrains germinal centre "
     "output in the ageing immune system. Science Immunology (2025). DOI: 10.1126/sciimmunol."
     "adq4471", "Media enquiries", "Ellie Foster", "Media and Communications Advisor",
     "M: +61 400 318 207", "E: media@institute.example.au"],
    # ... or the citation alone, its box's heading gone
    ["Reiniger T, Haas M, Lindqvist J, et al. Bacterial bile acid transformation modulates "
     "oral drug bioavailability. Nature Microbiology, published 12 March 2025. "
     "DOI: 10.1038/s41564-025-01874-2"],
])
def test_the_reference_of_the_study_a_research_item_reports_closes_it(tail):
    assert trim_end([*TEXT, *tail]) == TEXT


def test_a_papers_name_in_the_texts_last_sentence_stays():
    # (a sentence that names the study in passing is the text's)
    last = ("The study, published in Nature Geoscience in 2024, was led by the university's "
            "soil lab.")
    assert trim_end([*TEXT, last]) == [*TEXT, last]


def test_an_about_block_that_says_what_the_body_is_charged_with_in_french_goes():
    # "À propos de l'ARS …" over "L'Agence … est chargée du pilotage …", the press contact
    # over it
    about = ["À propos de l’ARS Île-de-France",
             "L’Agence régionale de santé Île-de-France est chargée du pilotage du système de "
             "santé dans la région. Elle met en œuvre la politique de santé publique, régule "
             "l’offre de soins en ville, à l’hôpital et dans les établissements médico-sociaux, "
             "et veille à la sécurité sanitaire des 12 millions de Franciliens."]
    assert trim_end([*TEXT, *about]) == TEXT
    assert trim_end([*TEXT, "Contact presse : Service presse de l’ARS – presse@ars.example.fr",
                     *about]) == TEXT


def test_an_about_heading_of_one_name_closes_the_release():
    # "About MacArthur" over the foundation's paragraph, its full name with initials
    tail = ["About MacArthur", "The John D. and Catherine T. MacArthur Foundation supports "
            "creative people, effective institutions, and influential networks building a more "
            "just, verdant, and peaceful world.", "More information is available at "
            "www.foundation.example.org."]
    assert trim_end(TEXT * 3 + tail) == TEXT * 3
    # ... not a heading of a word the text goes on about ("About Ebola" over a paragraph
    # that names it in lower case is no organisation's block)
    tail = ["About ebola", "The ebola outbreak in the region has slowed, and the ministry "
            "expects the last patients to leave the treatment centres this month."]
    assert trim_end(TEXT * 3 + tail) == TEXT * 3 + tail


def test_a_press_officer_heading_in_dutch_closes_the_release():
    tail = ["Persverantwoordelijke", "Kabinet schepen Lieve Vandecasteele",
            "Pieter Devriendt, woordvoerder", "0476 12 34 87 – pers@stad.example.be"]
    assert trim_end(TEXT * 3 + tail) == TEXT * 3


def test_an_offices_closing_line_with_its_place_and_day_dates_the_release():
    line = "Dirección de Prensa y Comunicación - Cipolletti, 14 de octubre de 2024."
    assert format_stamp(tail_stamp(TEXT * 3 + [line])) == "2024-10-14"


def test_a_science_releases_more_information_section_closes_the_text():
    # an observatory's release: "More information" over the paper, the team, the
    # institution's lines and the contacts; or the heading gone, the paper over the team
    section = ["This research was presented in the paper \u201cA young dusty white dwarf\u201d "
               "published in Astronomy & Astrophysics (doi: 10.1051/0004-6361/202412345).",
               "The team is composed of A. Ferreyra (Universidad de La Serena, Chile) and R. "
               "Menon (University of Warwick, UK).",
               "The Observatory enables scientists worldwide to discover the secrets of the "
               "Universe for the benefit of all.",
               "Ana Ferreyra", "Universidad de La Serena", "Email: aferreyra@uni.example"]
    assert trim_end(TEXT * 3 + ["More information", *section]) == TEXT * 3
    assert trim_end(TEXT * 3 + section) == TEXT * 3
    # ... a list item naming the paper under the heading
    assert trim_end(TEXT * 3 + ["More information", "- Paper: A. Campos et al., Physical "
                                "Review Letters (2024)", "- Scientific contact: "
                                "acampos@lab.example"]) == TEXT * 3
    # ... not a text's own closing line about where the study was published
    tail = ["The study was published in the journal Nature Climate Change on Monday, and the "
            "team plans a second survey next year."]
    assert trim_end(TEXT * 3 + tail) == TEXT * 3 + tail


def test_bold_lines_named_subheads_in_the_text_are_its_section_headings():
    # "<p class='subhead'><strong>…</strong></p>" twice in the text: its section headings,
    # not a standfirst (a university newsroom's template)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    root = html.fromstring(f"<html><body><div class='article'><h1>Inspections</h1>{text}"
                           "<p class='subhead'><strong>Testing in the field</strong></p>"
                           f"{text}<p class='subhead'><strong>Next steps</strong></p>{text}"
                           "</div></body></html>")
    assert standfirsts(root) == []
    # one such line under the headline is still its standfirst
    one = html.fromstring(f"<html><body><div class='article'><h1>Inspections</h1><p class="
                          "'subhead'><strong>Inspectors will visit every site</strong></p>"
                          f"{text}</div></body></html>")
    assert len(standfirsts(one)) == 1


def test_a_note_to_journalists_after_the_contacts_closes_the_text():
    tail = ["About the University", "The University is a public research university with "
            "more than 50,000 students and a land-grant mission of teaching and research.",
            "Writer: Margaret Hollis, mhollis@example.edu",
            "Media contact: Brian Tallent, 765-555-2081, btallent@example.edu",
            "Note to journalists: A copy of the paper is available to journalists by "
            "contacting the news service. Photos and video of the sensors in the field are "
            "available in a Google Drive folder."]
    assert trim_end(TEXT + tail) == TEXT


def test_an_about_heading_run_into_its_paragraph_closes_the_text():
    about = ["About the Water Authority: The Riverside County Water Utility Authority provides "
             "drinking water, wastewater and reuse services to more than 680,000 residents."]
    assert trim_end(TEXT * 2 + about) == TEXT * 2
    # ... and the contact's line over it goes with it
    contact = ["Media contact: Dana Ortiz, Public Affairs Manager, 505-555-3017, "
               "dortiz@example.org"]
    assert trim_end(TEXT * 2 + contact + about) == TEXT * 2
    # a last paragraph that opens with "About" and a colon and goes on with the text's own
    # matter stays
    own = ["About the closures: crews will work at night so that the bridge stays open to "
           "traffic during the day."]
    assert trim_end(TEXT * 2 + own) == TEXT * 2 + own


def test_a_summary_named_sommario_under_a_headline_of_a_div_is_a_standfirst():
    # a regional council's release: the headline a <div class='titolo_comunicato'>, no h1,
    # the summary in italics under it (the labels leave it out, as a standfirst)
    root = html.fromstring("<html><body><div class='comunicato'><div class='argomento'>Aula"
                           "</div><div class='titolo_comunicato'>Borghi, via libera alla legge"
                           "</div><div class='sommario'><i>Contributi per la prima casa nei "
                           "comuni sotto i 5.000 abitanti.</i></div><div class='testo'>"
                           f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p></div></div></body></html>")
    assert [el.text_content().strip() for el in standfirsts(root)] == [
        "Contributi per la prima casa nei comuni sotto i 5.000 abitanti."]


def test_a_contact_on_one_line_with_its_reach_over_or_under_the_text_goes():
    # "For More Information Contact:" with the name, the office and the reach over the text;
    # a reporter's "Comments:" line with a telephone and an address under it
    top = ["For More Information Contact: Lena Whitcomb, Public Information Officer, Mount "
           "Rogers Health District, lena.whitcomb@health.example.gov, 276-555-0148"]
    assert trim_top(top + TEXT, None) == TEXT
    assert trim_end(TEXT + ["Comments: (319) 398-8217; marissa.halvorsen@paper.example.com"]) \
        == TEXT
    # ... while a sentence that asks for comments stays
    asked = ["Comments on the draft plan can be sent to the council until 30 April."]
    assert trim_end(TEXT + asked) == TEXT + asked


@pytest.mark.parametrize("tail", [
    # a Malaysian paper's sign-off date after a dash and its picture's credit
    ["– March 27, 2024", "Pic credit: Bernama"],
    # a Venezuelan paper's bracketed credit of its correspondents
    ["(Con información de la corresponsalía de El Universal en Lara)"],
])
def test_a_dashed_date_a_pictures_credit_and_a_bracketed_source_close_the_text(tail):
    assert trim_end(strip_chrome(TEXT + tail)) == TEXT


def test_a_journals_citation_of_its_volume_issue_and_doi_closes_the_text():
    cited = ["CMAJ 2024 December 9;196(44):E1402. DOI: https://doi.org/10.1503/cmaj.1096921"]
    assert trim_end(TEXT + cited) == TEXT


def test_a_finnish_read_also_label_alone_goes():
    assert strip_chrome([*TEXT, "Lue myös", *TEXT]) == TEXT + TEXT
