package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.PendingSignIn;
import de.willkommenvorort.account.Totp;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.QrCodeImage;

/**
 * A staff member without a second factor sets one up before the first sign-in completes: a QR
 * code for the authenticator app, the secret as text for typing it in, and a code to prove it
 * works. The secret is kept only in the session until that code is right.
 */
@Route(value = PendingSignIn.SET_UP_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class SecondFactorSetUpView extends SecondFactorPage {

    SecondFactorSetUpView() {
        super("login.setup");
    }

    @Override
    void show(PendingSignIn pending, WrappedSession session) {
        String secret = session.getAttribute(PendingSignIn.NEW_SECRET) instanceof String s ? s : Totp.newSecret();
        session.setAttribute(PendingSignIn.NEW_SECRET, secret);
        Image qr = new Image(QrCodeImage.svgDataUri(Totp.uri(secret, pending.email())),
                getTranslation("login.setup.qr"));
        qr.addClassName("setup-qr");
        Div manual = new Div(new Paragraph(getTranslation("login.setup.manual")), secretText(secret));
        manual.addClassName("setup-manual");
        add(qr, manual, codeForm(PendingSignIn.SET_UP_ROUTE));
    }

    /** The secret in groups of four, as people copy it into an app by hand; read left to right. */
    private static Paragraph secretText(String secret) {
        Paragraph text = new Paragraph(secret.replaceAll("(.{4})(?!$)", "$1 "));
        text.addClassName("setup-secret");
        text.getElement().setAttribute("dir", "ltr");
        text.getElement().setAttribute("translate", "no");
        return text;
    }
}
