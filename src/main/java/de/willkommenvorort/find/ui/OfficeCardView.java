package de.willkommenvorort.find.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.QrCodeImage;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.i18n.Language;

/**
 * {@code /card/{id}}: "show this at the office". The offer's name, address, hours or next dates,
 * what to bring, phone and provider in the newcomer's language and in German side by side, a sentence asking the
 * person at the desk for help, and a QR code of the offer's link for them to open it. Large, dark
 * type on white for a screen held up in daylight; printable (the header, links and buttons are
 * left out on paper) and as a PDF made on the server with fonts for every script
 * ({@link OfficeCardPdf}). A server page like the offer's own, so it paints on a slow phone before
 * any script has run.
 */
@Route(value = OfficeCardView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class OfficeCardView extends Div implements HasUrlParameter<Long>, HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "card";

    private final OfficeCards cards;
    private final Language language;
    private String pageTitle = "";
    private PageMeta meta = PageMeta.of("", ROUTE);

    OfficeCardView(OfficeCards cards) {
        this.cards = cards;
        this.language = Language.of(getLocale());
        addClassName("office-card-page");
    }

    static String link(long id) {
        return ROUTE + "/" + id;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        OfficeCard card = cards.of(id, language).orElseThrow(NotFoundException::new);
        removeAll();
        pageTitle = card.title();

        Anchor back = new Anchor(OfferView.link(id), new Span(getTranslation("card.back")));
        back.addClassNames("back-link", "card-screen-only");
        add(back);

        Div sides = new Div();
        sides.addClassName("card-sides");
        card.sides().forEach(side -> sides.add(side(side)));
        Image qr = new Image(QrCodeImage.svgDataUri(card.url()), getTranslation("card.qr"));
        qr.addClassName("card-qr");
        Paragraph link = new Paragraph(card.url());
        link.addClassName("card-link");
        link.getElement().setAttribute("dir", "ltr");
        Div code = new Div(qr, link);
        code.addClassName("card-code");

        NativeButton print = new NativeButton(getTranslation("card.print"));
        print.getElement().setAttribute("type", "button");
        print.getElement().setAttribute("data-print", true);
        print.addClassNames("page-action", "card-print", "card-screen-only");
        Anchor pdf = new Anchor(OfficeCardPdf.link(id, language), getTranslation("card.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("type", "application/pdf");
        pdf.addClassNames("card-pdf", "card-screen-only");

        Div office = new Div(sides, code);
        office.addClassName("office-card");
        add(office, print, pdf);
        meta = PageMeta.of(PageMeta.summary(card.summary()), link(id)).writtenIn(card.textLanguage());
    }

    private static Section side(OfficeCard.Side content) {
        Section side = new Section();
        side.addClassName("card-side");
        side.getElement().setAttribute("lang", content.language().code());
        side.getElement().setAttribute("dir", content.language().rightToLeft() ? "rtl" : "ltr");
        Paragraph ask = new Paragraph(content.ask());
        ask.addClassName("card-ask");
        H1 title = new H1(content.title());
        title.getElement().setAttribute("lang", content.titleLanguage());
        title.addClassName("card-title");
        side.add(ask, title);
        content.facts().forEach(fact -> side.add(fact(fact)));
        return side;
    }

    private static Div fact(OfficeCard.Fact content) {
        H2 heading = new H2(content.label());
        heading.addClassName("card-label");
        Component value;
        if (content.writtenIn().isPresent()) {
            value = new PlainText(String.join("\n", content.lines()), content.writtenIn().get());
        } else if (content.lines().size() == 1) {
            value = new Paragraph(content.lines().getFirst());
        } else {
            UnorderedList list = new UnorderedList();
            content.lines().forEach(line -> list.add(new ListItem(line)));
            value = list;
        }
        value.getElement().getClassList().add("card-value");
        value.getElement().getClassList().add("card-" + content.kind());
        if (content.leftToRight()) {
            value.getElement().setAttribute("dir", "ltr");
        }
        Div fact = new Div(heading, value);
        fact.addClassName("card-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("card.page-title", pageTitle) + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        return meta;
    }
}
