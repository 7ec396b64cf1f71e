"""Notice error classes found on the blind dev4 pages (bench/labels/notices-dev4.jsonl), each as a
small page of our own: a disclosure sharing one footer line with the site's copyright, a review
copy or free sample acknowledged by the reviewer, and a "© by Name" credit naming a free licence.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

import pytest
from notice_pages import after as _after
from notice_pages import at_page_end as _at_page_end
from notice_pages import between as _between

from archiver.extract.page_lines import CTX_ASIDE, CTX_BOX, CTX_CAPTION, CTX_FOOTER, CTX_SMALL


@pytest.mark.parametrize("site, disclosure", [
    ("Copyright © 2020 Harbor Media Corp. All Rights Reserved.",
     "Harbor Daily may receive compensation for some links to products and services on this website."),  # en
    ("© 2020 Hafen Verlag GmbH. Alle Rechte vorbehalten.",
     "Wir erhalten eine Provision für Käufe über Links auf dieser Seite."),  # de
    ("© 2020 Le Port SA. Tous droits réservés.",
     "Nous pouvons percevoir une commission sur les achats effectués via nos liens."),  # fr
    ("© 2020 El Puerto. Todos los derechos reservados.",
     "Podemos recibir una comisión por las compras realizadas a través de nuestros enlaces."),  # es
    ("© 2020 Гавань. Все права защищены.", "Статьи сайта содержат партнёрские ссылки."),  # ru
    ("© 2020 O Porto. Todos os direitos reservados.", "Este site contém links de afiliados."),  # pt
    ("© 2020 Il Porto. Tutti i diritti riservati.", "Questo sito contiene link di affiliazione."),  # it
])
def test_disclosure_sharing_a_line_with_the_site_copyright_is_reported_alone(site: str, disclosure: str) -> None:
    line = f"{site} {disclosure} Privacy Policy | Terms"
    assert _at_page_end(line, CTX_FOOTER) == [("sponsored", disclosure)]


def test_site_copyright_line_without_a_disclosure_is_not_a_notice() -> None:
    line = "Copyright © 2020 Harbor Media Corp. All Rights Reserved. Privacy Policy | Terms"
    assert _at_page_end(line, CTX_FOOTER) == []


@pytest.mark.parametrize("line", [
    "Thanks to the publisher for the review copy of this book.",      # en
    "Vielen Dank an den Verlag für das Rezensionsexemplar.",          # de
    "Merci aux éditions du Port pour ce service de presse.",          # fr
    "Gracias a la editorial por el ejemplar de cortesía.",            # es
    "Книга предоставлена издательством для обзора.",                  # ru
    "Obrigada à editora pelo exemplar de cortesia.",                  # pt
    "Grazie all'editore per la copia omaggio.",                       # it
])
def test_review_copy_from_the_publisher_is_a_sponsored_notice(line: str) -> None:
    assert _after(line, CTX_ASIDE) == [("sponsored", line)]


@pytest.mark.parametrize("line", [
    "I received a complimentary sample of this cream from the brand.",   # en
    "Die Creme wurde mir kostenlos zur Verfügung gestellt.",             # de
])
def test_free_sample_given_to_the_reviewer_is_a_sponsored_notice(line: str) -> None:
    assert _after(line, CTX_ASIDE) == [("sponsored", line)]


def test_offer_of_a_free_copy_is_not_a_review_copy_notice() -> None:
    assert _after("Get your free copy of the harbour guide today.", CTX_ASIDE) == []


@pytest.mark.parametrize("credit", [
    "© By Jane Doe (Own work) [GFDL or CC-BY-SA-3.0], via Wikimedia Commons",  # en
    "© by Hans Hafen (eigenes Werk), CC BY-SA 4.0",                          # de
    "© par Jean Port (œuvre personnelle), CC BY-SA 4.0",                      # fr
    "© por Juan Puerto (trabajo propio), CC BY-SA 4.0",                       # es
    "© Иван Гаванов (собственная работа), CC BY-SA 4.0",                      # ru
    "© por João Porto (trabalho próprio), CC BY-SA 4.0",                      # pt
    "© di Mario Porto (opera propria), CC BY-SA 4.0",                         # it
])
def test_copyright_sign_before_a_free_licence_is_a_picture_credit(credit: str) -> None:
    assert _between(credit, CTX_SMALL | CTX_BOX) == [("image_credit", credit)]


def test_copyright_by_a_company_reserving_its_rights_is_not_a_credit() -> None:
    assert _between("© by Hafen Verlag GmbH, alle Rechte vorbehalten, via Pixabay", CTX_CAPTION) == []
