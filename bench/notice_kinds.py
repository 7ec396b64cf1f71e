"""The notice detector's coverage as a KIND x LANGUAGE matrix, from standard phrasings of our own.

    PYTHONPATH=<tree> .venv/bin/python bench/notice_kinds.py [-v]

Each cell holds two or three phrasings written from general knowledge of how outlets in that
language word a notice of that kind (never copied from a labelled page, never from a held-out or
unseen page: those were not read). A statement is put on a small page after a four-paragraph story
(``after``), a credit in a picture's caption (``caption``); a phrasing counts as found when the
detector reports a notice of the expected kind whose text holds it or is held by it (score.py's
matching). ``NEGATIVES`` are sentences of a story's own text with the same words; they sit inside the
main text and count against the cell's precision when anything is reported for them.

The table decides nothing at run time; it shows which cells the lexicon covers, and
tests/test_notices_round29_kinds.py holds every phrasing to it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)

from archiver.extract.notices import find_notices  # noqa: E402
from archiver.extract.page_lines import CTX_CAPTION  # noqa: E402

BODY = [
    "First paragraph of the story about the harbour and its long history in the region.",
    "Second paragraph of the story, which goes on about the ships and the people who sail them.",
    "Third paragraph, more of the same, about the weather and the tides of the northern coast.",
    "Fourth paragraph closing the story with a quote from the harbour master about the future.",
]
FOOTER = [f"Footer link {i}" for i in range(9)]

#: The kinds the issue names, with the detector's kind for each (AI help and reader contributions are
#: disclaimers of the piece; a translation, declared interests and editor's notes are notes about it).
KINDS = ("correction", "editors_note", "disclaimer", "sponsored", "affiliate", "republished",
         "credit", "ai_translation", "interests", "reader")
LANGS = ("en", "de", "fr", "es", "ru", "pt", "it", "zh", "ja", "nl", "sv", "fi", "cs", "hu", "tr", "el", "bg", "uk",
         "id", "ko", "vi", "pl", "ar", "feed")

# (kind, language) -> ((expected detector kind, phrasing), ...)
PHRASINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    # ------------------------------------------------------------------ corrections and updates
    ("correction", "en"): (
        ("correction", "Correction: An earlier version of this article misstated the date of the vote."),
        ("correction", "This article has been corrected to reflect that the meeting took place on Tuesday."),
        ("correction", "An earlier version of this story incorrectly identified the mayor's party."),
    ),
    ("correction", "de"): (
        ("correction", "Korrektur: In einer früheren Version dieses Artikels hieß es, die Sitzung finde am Dienstag statt."),
        ("correction", "Berichtigung: In einer früheren Fassung dieses Textes war der Name des Bürgermeisters falsch geschrieben."),
        ("correction", "In einer früheren Version dieses Artikels hatten wir geschrieben, die Schule werde geschlossen. Wir haben den Fehler korrigiert."),
    ),
    ("correction", "fr"): (
        ("correction", "Correction : une version précédente de cet article indiquait par erreur que la réunion avait lieu mardi."),
        ("correction", "Rectificatif : contrairement à ce que nous avons écrit, le maire n'était pas présent à la réunion."),
        ("correction", "Erratum : dans une précédente version de cet article, nous avons écrit par erreur que l'école fermait."),
    ),
    ("correction", "es"): (
        ("correction", "Fe de errores: una versión anterior de este artículo indicaba erróneamente que la reunión era el martes."),
        ("correction", "Corrección: en una versión anterior de esta noticia se atribuyó la cita al alcalde."),
        ("correction", "Rectificación: contrariamente a lo publicado, el alcalde no estuvo presente en la reunión."),
    ),
    ("correction", "ru"): (
        ("correction", "Исправление: в предыдущей версии статьи ошибочно указано, что встреча прошла во вторник."),
        ("correction", "В первоначальной версии материала была допущена ошибка в имени мэра. Редакция приносит извинения."),
        ("correction", "Редакция исправила ошибку в дате заседания."),
    ),
    ("correction", "pt"): (
        ("correction", "Correção: uma versão anterior deste texto informava erroneamente que a reunião foi na terça-feira."),
        ("correction", "Errata: diferentemente do que foi publicado, o prefeito não estava presente na reunião."),
        ("correction", "Uma versão anterior desta reportagem errou ao informar o nome do prefeito. O texto foi corrigido."),
    ),
    ("correction", "it"): (
        ("correction", "Correzione: in una precedente versione di questo articolo si affermava erroneamente che la riunione si era tenuta martedì."),
        ("correction", "Rettifica: contrariamente a quanto scritto, il sindaco non era presente alla riunione."),
        ("correction", "In una versione precedente di questo articolo era stato indicato in modo errato il nome del sindaco."),
    ),
    ("correction", "zh"): (
        ("correction", "【更正】本报昨日刊发的报道中，会议日期有误，特此更正。"),
        ("correction", "更正：本文此前版本中的会议日期有误，现已更正。"),
    ),
    ("correction", "ja"): (
        ("correction", "【訂正】記事中の会議の日付に誤りがありました。訂正しました。"),
        ("correction", "（訂正）本文中の市長の名前に誤りがあり、訂正しました。"),
    ),
    # ------------------------------------------------------------------ editor's notes
    ("editors_note", "en"): (
        ("editors_note", "Editor's note: Names have been changed to protect the privacy of the people involved."),
        ("editors_note", "Editor’s note: This story contains descriptions of violence that some readers may find upsetting."),
        ("editors_note", "This interview has been edited and condensed for clarity."),
    ),
    ("editors_note", "de"): (
        ("editors_note", "Anmerkung der Redaktion: Die Namen wurden zum Schutz der Betroffenen geändert."),
        ("editors_note", "Hinweis der Redaktion: Das Interview wurde vor der Bekanntgabe der Ergebnisse geführt."),
        ("editors_note", "Das Interview wurde für die Veröffentlichung gekürzt und redigiert."),
    ),
    ("editors_note", "fr"): (
        ("editors_note", "Note de la rédaction : les prénoms ont été modifiés."),
        ("editors_note", "NDLR : cet entretien a été réalisé avant l'annonce des résultats."),
        ("editors_note", "Cet entretien a été édité et condensé pour plus de clarté."),
    ),
    ("editors_note", "es"): (
        ("editors_note", "Nota del editor: los nombres han sido cambiados para proteger la identidad de los afectados."),
        ("editors_note", "Nota de la redacción: esta entrevista se realizó antes del anuncio de los resultados."),
        ("editors_note", "N. de la R.: esta entrevista ha sido editada por razones de espacio."),
    ),
    ("editors_note", "ru"): (
        ("editors_note", "Примечание редакции: имена героев изменены."),
        ("editors_note", "От редакции: интервью было записано до объявления результатов."),
        ("editors_note", "Интервью сокращено и отредактировано."),
    ),
    ("editors_note", "pt"): (
        ("editors_note", "Nota do editor: os nomes foram alterados para proteger a identidade dos entrevistados."),
        ("editors_note", "Nota da redação: esta entrevista foi realizada antes do anúncio dos resultados."),
        ("editors_note", "N. da R.: a entrevista foi editada por questões de espaço."),
    ),
    ("editors_note", "it"): (
        ("editors_note", "Nota della redazione: i nomi sono stati cambiati per tutelare la privacy delle persone coinvolte."),
        ("editors_note", "N.d.R.: l'intervista è stata realizzata prima dell'annuncio dei risultati."),
        ("editors_note", "L'intervista è stata modificata e condensata per ragioni di spazio."),
    ),
    # ------------------------------------------------------------------ disclaimers (opinion, liability, medical, financial)
    ("disclaimer", "en"): (
        ("disclaimer", "The views expressed in this article are those of the author and do not necessarily reflect the position of the publisher."),
        ("disclaimer", "This article is for informational purposes only and does not constitute medical advice."),
        ("disclaimer", "This content does not constitute financial advice. Always do your own research before investing."),
    ),
    ("disclaimer", "de"): (
        ("disclaimer", "Die in diesem Beitrag geäußerten Meinungen geben nicht unbedingt die Meinung der Redaktion wieder."),
        ("disclaimer", "Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung."),
        ("disclaimer", "Dieser Beitrag stellt keine Anlageberatung dar. Alle Angaben ohne Gewähr."),
    ),
    ("disclaimer", "fr"): (
        ("disclaimer", "Les opinions exprimées dans cet article n'engagent que leur auteur."),
        ("disclaimer", "Cet article est fourni à titre informatif et ne remplace pas l'avis d'un médecin."),
        ("disclaimer", "Cet article ne constitue pas un conseil en investissement."),
    ),
    ("disclaimer", "es"): (
        ("disclaimer", "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor y no reflejan necesariamente la línea editorial del medio."),
        ("disclaimer", "Este artículo tiene fines meramente informativos y no sustituye la consulta con un profesional médico."),
        ("disclaimer", "Este contenido no constituye asesoramiento financiero."),
    ),
    ("disclaimer", "ru"): (
        ("disclaimer", "Мнение автора может не совпадать с мнением редакции."),
        ("disclaimer", "Информация носит ознакомительный характер и не является медицинской рекомендацией."),
        ("disclaimer", "Материал не является индивидуальной инвестиционной рекомендацией."),
    ),
    ("disclaimer", "pt"): (
        ("disclaimer", "As opiniões expressas neste artigo são de responsabilidade exclusiva do autor e não refletem necessariamente a posição do veículo."),
        ("disclaimer", "Este conteúdo tem caráter meramente informativo e não substitui a consulta a um médico."),
        ("disclaimer", "Este conteúdo não constitui recomendação de investimento."),
    ),
    ("disclaimer", "it"): (
        ("disclaimer", "Le opinioni espresse in questo articolo sono esclusivamente quelle dell'autore e non riflettono necessariamente la posizione della testata."),
        ("disclaimer", "Le informazioni contenute in questo articolo hanno carattere puramente informativo e non sostituiscono il parere del medico."),
        ("disclaimer", "Questo articolo non costituisce una consulenza finanziaria né una sollecitazione all'investimento."),
    ),
    ("disclaimer", "zh"): (
        ("disclaimer", "本文仅代表作者个人观点，不代表本网站立场。"),
        ("disclaimer", "免责声明：本文内容仅供参考，不构成投资建议。"),
    ),
    ("disclaimer", "ja"): (
        ("disclaimer", "免責事項：本記事は情報提供を目的としたものであり、投資を勧誘するものではありません。"),
        ("disclaimer", "記事の内容は執筆者個人の見解であり、当社の見解を示すものではありません。"),
    ),
    # ------------------------------------------------------------------ sponsored, paid and partner content
    ("sponsored", "en"): (
        ("sponsored", "This article is sponsored by Example Bank."),
        ("sponsored", "Paid post by Example Corp. The news and editorial staff were not involved in its creation."),
        ("sponsored", "This content was produced in partnership with Example Corp."),
    ),
    ("sponsored", "de"): (
        ("sponsored", "Dieser Artikel wurde von Example gesponsert."),
        ("sponsored", "Anzeige: Dieser Beitrag entstand in Zusammenarbeit mit Example."),
        ("sponsored", "Gesponserter Beitrag: Die Inhalte wurden von Example bereitgestellt."),
    ),
    ("sponsored", "fr"): (
        ("sponsored", "Cet article est sponsorisé par Example."),
        ("sponsored", "Contenu sponsorisé : cet article a été réalisé en partenariat avec Example."),
        ("sponsored", "Ce contenu a été produit pour le compte d'Example par notre studio de création."),
    ),
    ("sponsored", "es"): (
        ("sponsored", "Este artículo está patrocinado por Example."),
        ("sponsored", "Contenido patrocinado: este artículo ha sido elaborado en colaboración con Example."),
        ("sponsored", "Este contenido ha sido pagado por Example."),
    ),
    ("sponsored", "ru"): (
        ("sponsored", "Материал подготовлен при поддержке компании Example."),
        ("sponsored", "Партнерский материал: статья подготовлена совместно с компанией Example."),
        ("sponsored", "Материал публикуется на правах рекламы."),
    ),
    ("sponsored", "pt"): (
        ("sponsored", "Este conteúdo é patrocinado pela Example."),
        ("sponsored", "Conteúdo patrocinado: esta reportagem foi produzida em parceria com a Example."),
        ("sponsored", "Este conteúdo foi pago pela Example."),
    ),
    ("sponsored", "it"): (
        ("sponsored", "Questo articolo è sponsorizzato da Example."),
        ("sponsored", "Contenuto sponsorizzato: articolo realizzato in collaborazione con Example."),
        ("sponsored", "Contenuto a pagamento fornito da Example."),
    ),
    # ------------------------------------------------------------------ affiliate links
    ("affiliate", "en"): (
        ("sponsored", "This post contains affiliate links. If you buy through them, we may earn a commission."),
        ("sponsored", "We may earn a commission from purchases made through links on this page."),
        ("sponsored", "As an Amazon Associate we earn from qualifying purchases."),
    ),
    ("affiliate", "de"): (
        ("sponsored", "Dieser Beitrag enthält Affiliate-Links. Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision."),
        ("sponsored", "Die mit * gekennzeichneten Links sind Affiliate-Links."),
        ("sponsored", "Als Amazon-Partner verdienen wir an qualifizierten Verkäufen."),
    ),
    ("affiliate", "fr"): (
        ("sponsored", "Cet article contient des liens d'affiliation : nous percevons une commission si vous achetez via ces liens."),
        ("sponsored", "Certains liens de cet article sont des liens affiliés."),
        ("sponsored", "En tant que Partenaire Amazon, nous réalisons un bénéfice sur les achats remplissant les conditions requises."),
    ),
    ("affiliate", "es"): (
        ("sponsored", "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una comisión."),
        ("sponsored", "Los enlaces marcados con * son enlaces de afiliado."),
        ("sponsored", "Como afiliado de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables."),
    ),
    ("affiliate", "ru"): (
        ("sponsored", "Статья содержит партнерские ссылки: при покупке по ним мы получаем комиссию."),
        ("sponsored", "Редакция может получать вознаграждение за покупки по ссылкам в этом материале."),
    ),
    ("affiliate", "pt"): (
        ("sponsored", "Este artigo contém links afiliados: podemos receber uma comissão pelas compras feitas por meio deles."),
        ("sponsored", "Como associado da Amazon, recebemos por compras qualificadas."),
    ),
    ("affiliate", "it"): (
        ("sponsored", "Questo articolo contiene link di affiliazione: se acquisti tramite questi link, riceviamo una commissione."),
        ("sponsored", "In qualità di Affiliato Amazon, riceviamo un guadagno dagli acquisti idonei."),
    ),
    # ------------------------------------------------------------------ originally published / republication
    ("republished", "feed"): (
        ("republished_from", "The post New harbour opens appeared first on Example News."),
        ("republished_from", "Der Beitrag Neuer Hafen eröffnet erschien zuerst auf Example."),
        ("republished_from", "L’article Le port rouvre est apparu en premier sur Example."),
        ("republished_from", "La entrada El puerto reabre se publicó primero en Example."),
        ("republished_from", "O post O porto reabre apareceu primeiro em Example."),
        ("republished_from", "L'articolo Il porto riapre sembra essere il primo su Example."),
        ("republished_from", "Запись Порт открылся впервые появилась на Example."),
    ),
    ("republished", "en"): (
        ("republished_from", "This article was originally published on The Conversation."),
        ("republished_from", "This story first appeared in The Example Times."),
        ("republished_from", "Republished with permission from Example News."),
    ),
    ("republished", "de"): (
        ("republished_from", "Dieser Artikel erschien zuerst auf Example.de."),
        ("republished_from", "Dieser Beitrag ist ursprünglich in der Example Zeitung erschienen."),
        ("republished_from", "Wiederveröffentlichung mit freundlicher Genehmigung von Example."),
    ),
    ("republished", "fr"): (
        ("republished_from", "Cet article a été initialement publié sur The Conversation."),
        ("republished_from", "Cet article a d'abord été publié dans Le Example."),
        ("republished_from", "Republié avec l'autorisation de Example."),
    ),
    ("republished", "es"): (
        ("republished_from", "Este artículo fue publicado originalmente en The Conversation."),
        ("republished_from", "Este texto se publicó por primera vez en El Example."),
        ("republished_from", "Reproducido con autorización de Example."),
    ),
    ("republished", "ru"): (
        ("republished_from", "Статья впервые опубликована на сайте Example."),
        ("republished_from", "Материал был впервые опубликован в издании Example."),
        ("republished_from", "Перепечатано с разрешения Example."),
    ),
    ("republished", "pt"): (
        ("republished_from", "Este artigo foi publicado originalmente no The Conversation."),
        ("republished_from", "Texto publicado originalmente na Folha Example."),
        ("republished_from", "Reproduzido com autorização de Example."),
    ),
    ("republished", "it"): (
        ("republished_from", "Questo articolo è stato pubblicato originariamente su The Conversation."),
        ("republished_from", "L'articolo è apparso per la prima volta su Example."),
        ("republished_from", "Ripubblicato con il permesso di Example."),
    ),
    # ------------------------------------------------------------------ agency and picture credits (in a caption)
    ("credit", "en"): (
        ("image_credit", "Photo: Jane Doe/Reuters"),
        ("image_credit", "Image credit: Getty Images"),
        ("image_credit", "(Photo by Jane Doe/AFP via Getty Images)"),
    ),
    ("credit", "de"): (
        ("image_credit", "Foto: dpa/Jane Doe"),
        ("image_credit", "Bild: picture alliance / Jane Doe"),
        ("image_credit", "Bildquelle: Jane Doe"),
    ),
    ("credit", "fr"): (
        ("image_credit", "Photo : Jane Doe / AFP"),
        ("image_credit", "Crédit photo : Jane Doe"),
        ("image_credit", "© Jane Doe / Hans Lucas"),
    ),
    ("credit", "es"): (
        ("image_credit", "Foto: Jane Doe / EFE"),
        ("image_credit", "Imagen: Europa Press"),
        ("image_credit", "Fotografía: Jane Doe"),
    ),
    ("credit", "ru"): (
        ("image_credit", "Фото: Иван Иванов / ТАСС"),
        ("image_credit", "Фото: РИА Новости"),
        ("image_credit", "Фотография: Иван Петров"),
    ),
    ("credit", "pt"): (
        ("image_credit", "Foto: Jane Doe/Folhapress"),
        ("image_credit", "Imagem: Reprodução/Instagram"),
        ("image_credit", "Crédito: Jane Doe/Agência Brasil"),
    ),
    ("credit", "it"): (
        ("image_credit", "Foto: Ansa"),
        ("image_credit", "Foto di Jane Doe"),
        ("image_credit", "Credit: Jane Doe/LaPresse"),
    ),
    ("credit", "zh"): (("image_credit", "图片来源：新华社"), ("image_credit", "摄影：张伟")),
    ("credit", "ja"): (("image_credit", "写真：共同通信"), ("image_credit", "撮影・山田太郎")),
    ("credit", "nl"): (("image_credit", "Foto: ANP / Jane Doe"), ("image_credit", "Beeld: ANP")),
    ("credit", "sv"): (("image_credit", "Bild: Jane Doe / TT"), ("image_credit", "Foto: Jane Doe/TT")),
    ("credit", "fi"): (("image_credit", "Kuva: Lehtikuva"), ("image_credit", "Kuva: Jane Doe")),
    ("credit", "cs"): (("image_credit", "Foto: ČTK/Jan Novák"), ("image_credit", "Foto: Jan Novák")),
    ("credit", "hu"): (("image_credit", "Fotó: MTI/Jane Doe"), ("image_credit", "Fotó: Jane Doe")),
    ("credit", "tr"): (("image_credit", "Fotoğraf: AA"), ("image_credit", "Fotoğraf: Ayşe Yılmaz")),
    ("credit", "el"): (("image_credit", "Φωτογραφία: Eurokinissi"), ("image_credit", "Φωτ.: Γιώργος Παπαδόπουλος")),
    ("credit", "bg"): (("image_credit", "Снимка: БГНЕС"), ("image_credit", "Снимка: Иван Иванов")),
    ("credit", "uk"): (("image_credit", "Фото: Укрінформ"), ("image_credit", "Фото: Іван Петренко")),
    ("credit", "id"): (("image_credit", "Foto: Antara/Jane Doe"), ("image_credit", "Tangkapan layar YouTube")),
    ("credit", "ko"): (("image_credit", "사진=연합뉴스"), ("image_credit", "사진 제공=홍길동")),
    ("credit", "vi"): (("image_credit", "Ảnh: Nguyễn Văn An"), ("image_credit", "Ảnh: Reuters")),
    ("credit", "pl"): (("image_credit", "Fot. PAP/Jan Kowalski"), ("image_credit", "Fot. Jan Kowalski")),
    ("credit", "ar"): (("image_credit", "صورة: رويترز"), ("image_credit", "تصوير: أحمد علي")),
    # ------------------------------------------------------------------ round 33: languages beyond the seven
    # (the dev pages' <html lang> besides the seven: PL 6, JA 5, AR 4, ID 4, NL, SV, TR, ZH 1 each)
    ("disclaimer", "nl"): (
        ("disclaimer", "Aan de inhoud van dit artikel kunnen geen rechten worden ontleend."),
        ("disclaimer", "Dit artikel is geen beleggingsadvies. Beleggen is op eigen risico."),
        ("disclaimer", "De mening van de auteur is niet noodzakelijk die van de redactie."),
    ),
    ("disclaimer", "pl"): (
        ("disclaimer", "Artykuł nie stanowi porady inwestycyjnej."),
        ("disclaimer", "Redakcja nie ponosi odpowiedzialności za treść komentarzy i opinii autorów."),
    ),
    ("disclaimer", "sv"): (
        ("disclaimer", "Texten utgör inte investeringsrådgivning."),
        ("disclaimer", "Skribenten står själv för åsikterna i texten."),
    ),
    ("disclaimer", "tr"): (
        ("disclaimer", "Burada yer alan bilgiler yatırım tavsiyesi değildir."),
        ("disclaimer", "Yazarın kişisel görüşleridir, yayın kuruluşunu bağlamaz."),
    ),
    ("disclaimer", "ar"): (
        ("disclaimer", "المقالات المنشورة تعبر عن رأي كاتبها."),
        ("disclaimer", "هذا المقال لا يعبر بالضرورة عن رأي الموقع."),
    ),
    ("correction", "nl"): (
        ("correction", "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum."),
        ("correction", "In een eerdere versie van dit artikel werd de burgemeester verkeerd genoemd."),
    ),
    ("correction", "pl"): (
        ("correction", "Sprostowanie: w poprzedniej wersji artykułu podaliśmy błędną datę."),
        ("correction", "W poprzedniej wersji tego artykułu błędnie podaliśmy nazwisko burmistrza."),
    ),
    ("correction", "sv"): (
        ("correction", "Rättelse: I en tidigare version av denna artikel angavs fel datum."),
        ("correction", "I en tidigare version av den här artikeln var borgmästarens namn felstavat."),
    ),
    ("correction", "tr"): (
        ("correction", "Düzeltme: Haberin önceki versiyonunda tarih yanlış verilmişti."),
        ("correction", "Haberin ilk sürümünde belediye başkanının adı yanlış yazılmıştı."),
    ),
    ("correction", "ar"): (
        ("correction", "تصحيح: ورد في نسخة سابقة من هذا المقال تاريخ خاطئ."),
        ("correction", "في نسخة سابقة من هذا الخبر ورد اسم المدينة بشكل خاطئ."),
    ),
    ("sponsored", "nl"): (
        ("sponsored", "Dit artikel is gesponsord door Example."),
        ("sponsored", "Gesponsorde inhoud: dit artikel kwam tot stand in samenwerking met Example."),
    ),
    ("sponsored", "pl"): (
        ("sponsored", "Artykuł sponsorowany przez Example."),
        ("sponsored", "Materiał partnera: tekst powstał we współpracy z firmą Example."),
    ),
    ("sponsored", "sv"): (
        ("sponsored", "Sponsrat innehåll: texten är skriven i samarbete med Example."),
        ("sponsored", "Inlägget är sponsrat av Example."),
    ),
    ("sponsored", "tr"): (
        ("sponsored", "Sponsorlu içerik: Bu yazı Example ile iş birliği ile hazırlanmıştır."),
        ("sponsored", "Bu haber Example iş birliği ile hazırlanmıştır."),
    ),
    ("sponsored", "zh"): (
        ("sponsored", "赞助内容：本文由Example赞助。"),
        ("sponsored", "本文为Example合作内容。"),
    ),
    ("sponsored", "ja"): (
        ("sponsored", "PR記事：この記事はExampleの提供でお送りします。"),
        ("sponsored", "本記事はExample提供のタイアップ記事です。"),
    ),
    ("republished", "nl"): (
        ("republished_from", "Dit artikel verscheen eerder op Example.nl en verscheen eerst op de website van de krant."),
        ("republished_from", "Het bericht Nieuwe haven geopend verscheen eerst op Example."),
    ),
    ("republished", "pl"): (
        ("republished_from", "Artykuł ukazał się po raz pierwszy w magazynie Example."),
        ("republished_from", "Tekst pojawił się pierwotnie na blogu autora."),
    ),
    ("republished", "sv"): (
        ("republished_from", "Artikeln publicerades först i Example."),
        ("republished_from", "Texten publicerades ursprungligen på Example.se."),
    ),
    # ------------------------------------------------------------------ AI help and translation
    ("ai_translation", "en"): (
        ("disclaimer", "This article was generated with the assistance of artificial intelligence and reviewed by an editor."),
        ("editors_note", "This article was translated from Spanish."),
        # a machine translation is a disclaimer (its accuracy not vouched for), as the shared labels read it
        ("disclaimer", "This story has been machine translated from German."),
    ),
    ("ai_translation", "de"): (
        ("disclaimer", "Dieser Artikel wurde mit Hilfe von KI erstellt."),
        ("editors_note", "Dieser Text wurde aus dem Englischen übersetzt."),
        ("disclaimer", "Dieser Artikel wurde maschinell übersetzt."),
    ),
    ("ai_translation", "fr"): (
        ("disclaimer", "Cet article a été rédigé avec l'aide d'une intelligence artificielle."),
        ("editors_note", "Cet article a été traduit de l'anglais."),
        ("editors_note", "Traduit de l'anglais"),
    ),
    ("ai_translation", "es"): (
        ("disclaimer", "Este artículo fue elaborado con ayuda de inteligencia artificial."),
        ("editors_note", "Este artículo fue traducido del inglés."),
        ("editors_note", "Traducido del inglés"),
    ),
    ("ai_translation", "ru"): (
        ("disclaimer", "Статья подготовлена с использованием искусственного интеллекта."),
        ("editors_note", "Статья переведена с английского языка."),
        ("editors_note", "Перевод с английского"),
    ),
    ("ai_translation", "pt"): (
        ("disclaimer", "Este artigo foi produzido com auxílio de inteligência artificial."),
        ("editors_note", "Este texto foi traduzido do inglês."),
        ("editors_note", "Traduzido do inglês"),
    ),
    ("ai_translation", "it"): (
        ("disclaimer", "Questo articolo è stato scritto con l'aiuto dell'intelligenza artificiale."),
        ("editors_note", "Questo articolo è stato tradotto dall'inglese."),
        ("editors_note", "Tradotto dall'inglese"),
    ),
    # ------------------------------------------------------------------ conflicts of interest and funding
    ("interests", "en"): (
        ("editors_note", "Jane Doe has received funding from the Example Research Council."),
        ("editors_note", "The author declares no conflict of interest."),
        ("editors_note", "Disclosure: The author owns shares in Example Corp."),
    ),
    ("interests", "de"): (
        ("editors_note", "Der Autor erklärt, dass keine Interessenkonflikte bestehen."),
        ("editors_note", "Jane Doe erhält Fördermittel von der Example-Stiftung."),
        ("editors_note", "Offenlegung: Der Autor hält Aktien von Example."),
    ),
    ("interests", "fr"): (
        ("editors_note", "L'auteur déclare n'avoir aucun conflit d'intérêts."),
        ("editors_note", "Jane Doe a reçu des financements de la Fondation Example."),
    ),
    ("interests", "es"): (
        ("editors_note", "El autor declara no tener conflictos de interés."),
        ("editors_note", "Jane Doe ha recibido financiación de la Fundación Example."),
    ),
    ("interests", "ru"): (
        ("editors_note", "Автор заявляет об отсутствии конфликта интересов."),
        ("editors_note", "Иван Петров получает финансирование от фонда Example."),
    ),
    ("interests", "pt"): (
        ("editors_note", "O autor declara não haver conflito de interesses."),
        ("editors_note", "Jane Doe recebe financiamento da Fundação Example."),
    ),
    ("interests", "it"): (
        ("editors_note", "L'autore dichiara di non avere conflitti di interesse."),
        ("editors_note", "Jane Doe ha ricevuto finanziamenti dalla Fondazione Example."),
    ),
    # ------------------------------------------------------------------ reader and outside contributions
    ("reader", "en"): (
        ("disclaimer", "This post was submitted by a reader."),
        ("disclaimer", "This article was written by a reader and does not necessarily reflect the views of the editors."),
    ),
    ("reader", "de"): (
        ("disclaimer", "Dieser Beitrag wurde von einem Leser eingesandt."),
        ("disclaimer", "Dieser Text ist ein Leserbeitrag und gibt nicht die Meinung der Redaktion wieder."),
    ),
    ("reader", "fr"): (
        ("disclaimer", "Cet article a été rédigé par un lecteur."),
        ("disclaimer", "Ce billet a été publié par un abonné. Son contenu n'engage pas la rédaction."),
    ),
    ("reader", "es"): (
        ("disclaimer", "Este artículo fue enviado por un lector."),
        ("disclaimer", "Este texto es una colaboración de un lector y no refleja necesariamente la opinión del medio."),
    ),
    ("reader", "ru"): (
        ("disclaimer", "Материал прислан читателем."),
        ("disclaimer", "Этот текст написан читателем, мнение редакции может не совпадать с мнением автора."),
    ),
    ("reader", "pt"): (
        ("disclaimer", "Este texto foi enviado por um leitor."),
        ("disclaimer", "Este artigo foi escrito por um leitor e não reflete necessariamente a opinião da redação."),
    ),
    ("reader", "it"): (
        ("disclaimer", "Questo articolo è stato inviato da un lettore."),
        ("disclaimer", "Questo testo è stato scritto da un lettore e non riflette necessariamente l'opinione della redazione."),
    ),
}

#: Sentences of a story's own text that use a kind's words without being a notice (inside the main text).
NEGATIVES: dict[str, tuple[str, ...]] = {
    "correction": ("The company corrected its forecast on Monday after a weak quarter.",
                   "Die Regierung hat ihre Prognose für das kommende Jahr korrigiert, sagte der Minister.",
                   "Le gouvernement a rectifié le tir après les critiques des syndicats."),
    "sponsored": ("The festival is sponsored by several local businesses and the city council.",
                  "Das Turnier wird von mehreren Firmen aus der Region gesponsert, sagte der Veranstalter."),
    "disclaimer": ("The doctor said the patient had ignored medical advice for years before the operation.",
                   "Les opinions exprimées lors du débat étaient très divergentes, selon les participants."),
    "republished": ("The novel was first published in 1954 and became a bestseller within a year.",
                    "Il romanzo è stato pubblicato per la prima volta nel 1954 da un piccolo editore."),
    "interests": ("The project has received funding from the city council, the mayor said on Monday.",),
    "reader": ("A reader sent us a photo of the flooded street on Tuesday morning.",),
    # round 33: the reader's own risk, in a story's words
    "own_risk": ("Die Besucher betreten das Gelände auf eigene Gefahr, sagte der Sprecher der Stadt am Montag.",
                 "The climbers went up the mountain at their own risk, the guide told reporters on Sunday."),
    "ai_translation": ("The book was translated from Spanish into twenty languages.",),
}


def _matches(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return a in b or b in a


def detect(phrasing: str, caption: bool) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a small page holding ``phrasing``: after the story, or (a credit)
    in a caption between its paragraphs."""
    if caption:
        lines = [*BODY[:2], phrasing, *BODY[2:], *FOOTER]
        contexts = [0, 0, CTX_CAPTION, 0, 0, *[0] * len(FOOTER)]
    else:
        lines = [*BODY, phrasing, *FOOTER]
        contexts = [0] * len(lines)
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]


def found(kind: str, expected: str, phrasing: str) -> bool:
    """Whether the detector reports ``phrasing`` as a notice of ``expected`` kind."""
    return any(k == expected and _matches(t, phrasing) for k, t in detect(phrasing, kind == "credit"))


def negative_reports(sentence: str) -> list[tuple[str, str]]:
    """What the detector reports for a story's own sentence inside its main text."""
    main = [*BODY[:2], sentence, *BODY[2:]]
    return [(n.kind, n.text) for n in find_notices([*main, *FOOTER], [0] * (len(main) + len(FOOTER)), main)]


def matrix() -> dict[tuple[str, str], tuple[int, int, list[str]]]:
    """(found, phrasings, missed phrasings) per (kind, language) cell of :data:`PHRASINGS`."""
    out: dict[tuple[str, str], tuple[int, int, list[str]]] = {}
    for (kind, lang), rows in PHRASINGS.items():
        missed = [p for exp, p in rows if not found(kind, exp, p)]
        out[kind, lang] = (len(rows) - len(missed), len(rows), missed)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the phrasings a cell misses")
    args = ap.parse_args()
    cells = matrix()
    langs = [lang for lang in LANGS if any(lang == c[1] for c in cells)]
    print(f"{'kind':<15}" + "".join(f"{lang:>6}" for lang in langs))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind in KINDS:
        row = f"{kind:<15}"
        for lang in langs:
            got = cells.get((kind, lang))
            row += f"{'-':>6}" if got is None else f"{f'{got[0]}/{got[1]}':>6}"
            if got:
                totals[lang][0] += got[0]
                totals[lang][1] += got[1]
        print(row)
    found_all = sum(c[0] for c in cells.values())
    print(f"phrasings found: {found_all} of {sum(c[1] for c in cells.values())}; "
          f"cells complete: {sum(c[0] == c[1] for c in cells.values())} of {len(cells)}")
    wrong = [(k, s, r) for k, sents in NEGATIVES.items() for s in sents if (r := negative_reports(s))]
    print(f"story sentences with a kind's words reported as notices: {len(wrong)} of "
          f"{sum(len(s) for s in NEGATIVES.values())}")
    if args.verbose:
        for (kind, lang), (_, _, missed) in sorted(cells.items()):
            for p in missed:
                print(f"  MISS {kind}/{lang}: {p}  -> {detect(p, kind == 'credit')}")
        for k, s, r in wrong:
            print(f"  WRONG {k}: {s} -> {r}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
