package de.willkommenvorort.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.base.ui.MainLayout;

/** "Forgot your password?": mails a reset link valid for an hour. */
@Route(value = "account/reset", layout = MainLayout.class)
@AnonymousAllowed
class ResetRequestView extends EmailLinkView {

    ResetRequestView(AccountService accounts) {
        super("reset", accounts::requestReset);
    }
}
