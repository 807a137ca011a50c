package de.willkommenvorort.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.PendingSignIn;
import de.willkommenvorort.base.ui.MainLayout;

/** The second step of a staff sign-in: the code the authenticator app shows now. */
@Route(value = PendingSignIn.CODE_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class SecondFactorCodeView extends SecondFactorPage {

    SecondFactorCodeView() {
        super("login.code");
    }

    @Override
    void show(PendingSignIn pending, WrappedSession session) {
        add(codeForm(PendingSignIn.CODE_ROUTE));
    }
}
